"""The ranked results of a search are kept for the next reader who asks the
same of the same municipality (search/views.py `ranked`), and never outlive
a change: a page published, unpublished or restricted is in or out of the
very next search."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from tests.factories import PressReleaseFactory, fresh
from tests.helpers import soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns"), pytest.mark.sqlite]

QUERY = "/de/suche/?q=Laternenfest"


def titles(client, town, path=QUERY):
    page = soup(visit(client, town, path))
    return {a.get_text(strip=True) for a in page.select("main h3 a, main h2 a")}


def queries(client, town, path=QUERY):
    with CaptureQueriesContext(connection) as ctx:
        visit(client, town, path)
    return len(ctx.captured_queries)


def test_the_same_search_again_asks_the_engine_no_more(client, merzig):
    PressReleaseFactory(town=merzig, title="Laternenfest im Quartier")
    first = queries(client, merzig)
    again = queries(client, merzig)
    assert again < first
    assert "Laternenfest im Quartier" in titles(client, merzig)


def test_publishing_and_unpublishing_reach_the_next_search(client, merzig):
    PressReleaseFactory(town=merzig, title="Laternenfest im Quartier")
    assert titles(client, merzig) == {"Laternenfest im Quartier"}
    later = PressReleaseFactory(town=fresh(merzig), title="Laternenfest am Rathaus")
    assert titles(client, merzig) == {"Laternenfest im Quartier", "Laternenfest am Rathaus"}
    later.unpublish()
    assert titles(client, merzig) == {"Laternenfest im Quartier"}


@pytest.mark.parametrize("kept_results", [True, False])
def test_a_restriction_reaches_the_next_search(client, merzig, settings, kept_results):
    """With the results kept, and with them asked afresh every time while the
    scope of the search (the restricted pages, the municipality's home pages)
    is still kept: a restriction reaches the next search at once."""
    settings.SEARCH_RESULTS_CACHE = kept_results
    page = PressReleaseFactory(town=merzig, title="Laternenfest im Quartier")
    assert titles(client, merzig) == {"Laternenfest im Quartier"}
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert titles(client, merzig) == set()


def test_another_municipality_never_gets_the_kept_results(client, merzig, voelklingen):
    PressReleaseFactory(town=merzig, title="Laternenfest im Quartier")
    PressReleaseFactory(town=voelklingen, title="Laternenfest in Völklingen")
    assert titles(client, merzig) == {"Laternenfest im Quartier"}
    assert titles(client, voelklingen) == {"Laternenfest in Völklingen"}
    assert titles(client, merzig) == {"Laternenfest im Quartier"}


def test_a_promotion_reaches_the_next_search(client, merzig, settings):
    """The editors' promotions are kept with the scope; a new one, and its
    removal, show in the very next search."""
    settings.SEARCH_RESULTS_CACHE = False
    PressReleaseFactory(town=merzig, title="Laternenfest im Quartier")
    promoted = PressReleaseFactory(town=fresh(merzig), title="Programm der Kulturwoche")
    assert titles(client, merzig) == {"Laternenfest im Quartier"}
    promotion = SearchPromotion.objects.create(
        query=Query.get("Laternenfest"), page=promoted, sort_order=0
    )
    assert titles(client, merzig) == {"Laternenfest im Quartier", "Programm der Kulturwoche"}
    promotion.delete()
    assert titles(client, merzig) == {"Laternenfest im Quartier"}
