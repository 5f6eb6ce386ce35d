"""Full-text search within the current municipality."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Site

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def specific_in_order(pages):
    """The specific pages for a page of results, in one query per page type."""
    ids = [p.pk for p in pages]
    by_id = {p.pk: p for p in Page.objects.filter(pk__in=ids).specific()}
    return [by_id[i] for i in ids if i in by_id]


def search(request):
    site = Site.find_for_request(request)
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query and site:
        pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True)
        results = Paginator(pages.search(query), RESULTS_PER_PAGE).get_page(
            request.GET.get("seite")
        )
        results.object_list = specific_in_order(results.object_list)
        Query.get(query).add_hit()
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "results": results}
    )
