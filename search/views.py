"""Full-text search within the current municipality."""

import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Locale, Page, Site

from home.i18n import live_translations, offered_for_request

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Control characters (NUL cannot be stored in PostgreSQL) and the characters the
# database full-text engines read as syntax are searched as spaces: people type
# words, not query syntax.
_NOT_SEARCHABLE = re.compile(r'[\x00-\x1f\x7f"*^()<>{}\[\]:]')


def normalise_query(raw):
    return " ".join(_NOT_SEARCHABLE.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


def specific_in_order(pages):
    """The specific pages for a page of results, in one query per page type."""
    ids = [p.pk for p in pages]
    by_id = {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[i] for i in ids if i in by_id]


def search(request):
    site = Site.find_for_request(request)
    typed = request.GET.get("q", "").replace("\x00", "").strip()[:MAX_QUERY_LENGTH]
    query = normalise_query(typed)
    results = None
    # The reader's language; ?alle_sprachen=1 widens to every language offered.
    all_languages = request.GET.get("alle_sprachen") == "1"
    if query and site:
        roots = live_translations(site.root_page, offered=offered_for_request(request))
        if not all_languages:
            active = Locale.get_active()
            roots = {code: root for code, root in roots.items() if root.locale_id == active.pk}
        pages = Page.objects.none()
        for root in roots.values():
            pages |= Page.objects.descendant_of(root, inclusive=True)
        pages = pages.live().public()
        results = Paginator(pages.search(query), RESULTS_PER_PAGE).get_page(
            request.GET.get("seite")
        )
        results.object_list = specific_in_order(results.object_list)
        Query.get(query).add_hit()
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": typed, "results": results, "all_languages": all_languages},
    )
