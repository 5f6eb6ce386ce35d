"""Searches are counted in batches (search/counting.py): every search lands
in the municipality's log and Wagtail's statistics, a few seconds later,
without a reader waiting for the write. The timer and the write at exit run
in a real server: tests/test_two_servers.py."""

import threading

import pytest
from django.test import override_settings
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query

from search import counting
from search.models import SearchLog
from tests.helpers import soup, visit

pytestmark = [pytest.mark.sqlite]


def searches(town, query):
    logged = SearchLog.objects.filter(site=town.site, query=query).first()
    return logged and (logged.searches, logged.hits)


@pytest.mark.django_db
@override_settings(SEARCH_LOG_SECONDS=600)
def test_searches_of_the_window_reach_the_report_when_an_editor_opens_it(client, merzig, role_user):
    for _ in range(3):
        assert visit(client, merzig, "/de/suche/", data={"q": "Zauberwort"}).status_code == 200
    assert searches(merzig, "zauberwort") is None  # still counted in memory
    client.force_login(role_user(merzig, "redaktion"))
    report = soup(client.get(reverse("search_zero_hits"))).get_text()
    assert "zauberwort" in report
    assert searches(merzig, "zauberwort") == (3, 0)
    assert Query.get("Zauberwort").hits == 3


@pytest.mark.django_db
@override_settings(SEARCH_LOG_SECONDS=600)
def test_counts_from_many_threads_are_not_lost(merzig, voelklingen):
    def reader(town, query, hits):
        for _ in range(50):
            counting.add(town.site, query, "de", hits)

    threads = [
        threading.Thread(target=reader, args=(town, query, hits))
        for town in (merzig, voelklingen)
        for query, hits in (("Sprachkurs", 2), ("SPRACHKURS ", 2), ("Kita", 0))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counting.flush() == 300
    assert searches(merzig, "sprachkurs") == (100, 2)
    assert searches(voelklingen, "kita") == (50, 0)
    assert Query.get("sprachkurs").hits == 200  # Wagtail's statistics span all sites


@pytest.mark.django_db
@override_settings(SEARCH_LOG_SECONDS=600)
def test_a_count_the_database_refuses_is_retried_then_dropped_without_the_others(merzig):
    counting.add(merzig.site, "Sprachkurs", "de", 1)
    counting.add(merzig.site, "Unmöglich", "de", -1)  # the log refuses negative hits
    assert counting.flush() == 1
    assert searches(merzig, "sprachkurs") == (1, 1)
    for _ in range(counting.TRIES):
        counting.flush()
    assert searches(merzig, "unmöglich") is None
    counting.add(merzig.site, "Sprachkurs", "de", 1)
    assert counting.flush() == 1  # nothing of the refused count is left to retry
