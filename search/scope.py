"""What a search may find: the municipality's pages in the reader's
languages, live and public, and what every search of them reads besides
their words (search.engine.run)."""

from typing import NamedTuple

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page, Site

from core.i18n import DEFAULT, TRANSLATION_LANGUAGES
from home.languages.offered import offered_languages
from home.models import MunicipalitySettings


def private_q():
    """The condition for pages under a view restriction, from one query.
    Wagtail's ``.public()`` asks the database again every time it is used;
    a search uses it three times."""
    from wagtail.models import PageViewRestriction

    q = Q()
    for restriction in PageViewRestriction.objects.select_related("page"):
        q |= Page.objects.descendant_of_q(restriction.page, inclusive=True)
    return q if q else Q(pk__in=[])


def scope_roots(site, language, all_languages=False, all_sites=False, private=None):
    """[(site, root page)] of every home page in scope: the live, public
    translations of each municipality's home page in a language it offers."""
    private = private_q() if private is None else private
    sites = list(Site.objects.select_related("root_page")) if all_sites else [site]
    sites = [each for each in sites if each is not None]
    settings_of = {}
    # The municipality's name shows only beside hits from several sites or
    # languages; a search of the reader's own site and language does not ask.
    if all_sites or all_languages or any(not hasattr(s, "_weltoffen_offered") for s in sites):
        settings_of = {
            row.site_id: row
            for row in MunicipalitySettings.objects.filter(site__in=sites).only(
                "site_id", "name", "languages"
            )
        }
    for each in sites:
        if not hasattr(each, "_weltoffen_offered"):
            chosen = getattr(settings_of.get(each.pk), "languages", None) or []
            each._weltoffen_offered = [
                DEFAULT,
                *[code for code in TRANSLATION_LANGUAGES if code in chosen],
            ]
        if each.pk in settings_of:
            each._weltoffen_name = settings_of[each.pk].name
    translations = {}
    keys = {each.root_page.translation_key for each in sites}
    for page in (
        Page.objects.filter(translation_key__in=keys)
        .live()
        .exclude(private)
        .select_related("locale")
    ):
        translations.setdefault(page.translation_key, {})[page.locale.language_code] = page
    roots = []
    for each in sites:
        found = translations.get(each.root_page.translation_key, {})
        offered = offered_languages(each)
        for code, _name in settings.LANGUAGES:
            if code in found and code in offered and (all_languages or code == language):
                roots.append((each, found[code]))
    return roots


class Scope(NamedTuple):
    """What a search of a site and language may find, and what ranks it
    besides the words: the same for every reader of the site and language,
    so search.views keeps it as a fragment, purged (like the kept results)
    when a page of the municipality is published, moved or restricted, or a
    promotion changes (search.apps)."""

    private: Q  # the pages under a view restriction
    roots: list  # [(site, root page)] in scope
    # The adopted editions a live, public adopted successor replaces. An
    # edition's successor is its own municipality's page (the page chooser
    # offers no other), so publishing it reaches this site's fragment.
    replaced: set
    promotions: dict  # normalised query -> [page id] (Wagtail's search promotions)


def scope(site, language, all_languages=False, all_sites=False):
    """The Scope of a search: a few queries, kept (search.views) for the next."""
    private = private_q()
    return Scope(
        private,
        scope_roots(site, language, all_languages, all_sites, private),
        replaced_editions(None, private),
        promotions(),
    )


def promotions():
    """{normalised query: [page id in the editors' order]} of every promotion."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    found = {}
    for query_string, page_id in (
        SearchPromotion.objects.filter(page__isnull=False)
        .order_by("sort_order", "pk")
        .values_list("query__query_string", "page_id")
    ):
        found.setdefault(query_string, []).append(page_id)
    return found


def pages_in_scope(roots, private=None):
    private = private_q() if private is None else private
    pages = Page.objects.none()
    for _site, root in roots:
        pages |= Page.objects.descendant_of(root, inclusive=True)
    return pages.live().exclude(private)


def replaced_editions(adopted, private=None):
    """The ids of the adopted editions (of ids `adopted`; None: of all) that
    a live, public adopted successor replaces: one query for all of them,
    not one per hit."""
    from concepts.models import ConceptEditionPage

    if adopted is not None and not adopted:
        return set()
    successors = (
        ConceptEditionPage.objects.live()
        .exclude(private_q() if private is None else private)
        .filter(status="adopted", predecessor__isnull=False)
    )
    if adopted is not None:
        successors = successors.filter(predecessor_id__in=adopted)
    return set(successors.values_list("predecessor_id", flat=True))
