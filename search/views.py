"""Full-text search of the current municipality (or all), in the reader's language (or all)."""

import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.coreutils import get_supported_content_language_variant

from concepts.models import FieldOfAction
from core.fragments import fragment, site_for

from . import counting, engine, german
from .results import FACETS

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
AUTOCOMPLETE_MIN_LENGTH = 3
AUTOCOMPLETE_SIZE = 6
# Control characters (NUL cannot be stored in PostgreSQL) and the characters the
# database full-text engines read as syntax are searched as spaces: people type
# words, not query syntax.
_NOT_SEARCHABLE = re.compile(r'[\x00-\x1f\x7f"*^()<>{}\[\]:]')


def normalise_query(raw):
    return " ".join(_NOT_SEARCHABLE.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


def specific_in_order(pages):
    return engine.specific_in_order(pages)


def content_language():
    """The reader's content language: Wagtail's Locale.get_active() without
    asking the database for the Locale."""
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def related_fields_of_action(outcome, language):
    """Fields of action whose name or description shares a word form with the query."""
    keys = {german.stem(german.fold(t)) for t in outcome.terms}
    found = []
    fields = FieldOfAction.objects.filter(locale__language_code=language)
    for field in fields.order_by("sort_order", "name"):
        words = german.words(f"{field.name} {field.description}")
        for word in words:
            key = german.fold(word)
            if any(german.relation(k, k, key) for k in keys):
                found.append(field)
                break
    return found[:5]


def ranked(request, site, query, language, all_languages, all_sites, filters):
    """`engine.run()`'s outcome, kept for the next reader who asks the same
    of the same municipality (a fragment, core/fragments.py: purged with the
    municipality's pages, so a page published, unpublished, moved or
    restricted is in or out of the next search at once). The outcome is the
    same for every reader: it only ever holds live, public pages. A search
    of all municipalities is not kept (one municipality's purge could not
    reach it). SEARCH_RESULTS_CACHE=false asks the engine every time."""

    def build():
        kept_scope = None
        if not all_sites:  # one municipality's purge reaches only its own
            kept_scope = fragment(
                request,
                site.pk,
                "search-scope:2",  # (private, roots, replaced editions)
                (language, all_languages),
                lambda: engine.scope(site, language, all_languages),
            )
        return engine.run(
            site,
            query,
            language,
            all_languages=all_languages,
            all_sites=all_sites,
            filters=filters,
            kept_scope=kept_scope,
        )

    if all_sites or not getattr(settings, "SEARCH_RESULTS_CACHE", True):
        return build()
    parts = (language, query, all_languages, *sorted(filters.items()))
    # ":2": hits made of candidates (search/hits.py); outcomes kept by the
    # code before do not unpickle into them and are never read
    return fragment(request, site.pk, "search:2", parts, build)


def search(request):
    site = site_for(request)  # Wagtail's site for the host, kept as a fragment
    typed = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    query = normalise_query(typed)
    all_languages = request.GET.get("alle_sprachen") == "1"
    all_sites = request.GET.get("alle_kommunen") == "1"
    filters = {name: request.GET.get(name, "")[:100] for name in FACETS}
    language = content_language()
    results = outcome = None
    related = []
    if query and site:
        outcome = ranked(request, site, query, language, all_languages, all_sites, filters)
        results = Paginator(outcome.hits, RESULTS_PER_PAGE).get_page(request.GET.get("seite"))
        engine.prepare_display(results.object_list)
        if not outcome.hits:
            related = related_fields_of_action(outcome, language)
        if not request.GET.get("seite") and not any(filters.values()):
            counting.add(site, query, language, len(outcome.hits))
    params = request.GET.copy()
    params.pop("seite", None)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": typed,
            "results": results,
            "outcome": outcome,
            "related_fields": related,
            "all_languages": all_languages,
            "all_sites": all_sites,
            "filters": filters,
            "facet_groups": facet_groups(outcome, filters, params) if outcome else [],
        },
    )


# The headings of the facets (their names are the query parameters).
FACET_LABELS = {
    "typ": _("Inhaltstyp"),
    "handlungsfeld": _("Handlungsfeld"),
    "jahr": _("Jahr"),
    "sprache": _("Sprache"),
}


def facet_groups(outcome, filters, params):
    """[(name, heading, [(label, language, count, query string, selected)])]
    for the template: a language's label is its own name for itself, in that
    language (`language`; "" for the other facets' values). Written out here,
    the template renders a search's forty-odd values in half the time."""
    pairs = list(params.lists())
    groups = []
    for name in FACETS:
        values = outcome.facets.get(name) or []
        if not values:
            continue
        entries = []
        for value, count in values:
            selected = filters.get(name) == value
            chosen = _query_string(pairs, name, None if selected else value)
            label, language = value, ""
            if name == "sprache":
                label, language = _language_name(value), value
            entries.append((label, language, count, chosen, selected))
        groups.append((name, FACET_LABELS[name], entries))
    return groups


def _language_name(code):
    """A language's own name for itself („Türkçe“), or its code where Django knows none."""
    try:
        return translation.get_language_info(code)["name_local"]
    except KeyError:
        return code


def _query_string(pairs, name, value):
    """The query string of `pairs` (QueryDict.lists()) with `name` set to
    `value`, or left out for None, as QueryDict.urlencode() writes it
    (copying the QueryDict for each of a search's facet values cost a
    millisecond)."""
    out, placed = [], False
    for key, values in pairs:
        if key != name:
            out.extend((key, each) for each in values)
        elif value is not None:
            out.append((key, value))
        placed = placed or key == name
    if not placed and value is not None:
        out.append((name, value))
    return urlencode(out)


@require_GET
def autocomplete(request):
    """Up to six titles of pages the query would find, as JSON for the search field."""
    site = site_for(request)  # Wagtail's site for the host, kept as a fragment
    query = normalise_query(request.GET.get("q", ""))
    if len(query) < AUTOCOMPLETE_MIN_LENGTH or site is None:
        return JsonResponse({"results": []})
    outcome = engine.run(site, query, content_language())
    return JsonResponse(
        {
            "results": [
                {"title": hit.page.title, "url": hit.page.get_url(request), "type": hit.kind}
                for hit in outcome.hits[:AUTOCOMPLETE_SIZE]
            ]
        }
    )
