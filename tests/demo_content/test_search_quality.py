"""Search quality on the demo: the query set of search/quality.py as a regression gate.

Loads the demo once for the module (slow, like tests/test_demo.py) and rolls it
back afterwards. The thresholds are the figures the search reached when the
query set was written; a change that lowers them must explain itself.
"""

import pytest
from django.utils import translation
from wagtail.models import Site

from search import engine
from search.quality import QUERIES, evaluate, german_path

pytestmark = [pytest.mark.slow, pytest.mark.django_db, pytest.mark.sqlite]

RECALL_AT_5 = 1.0
MRR = 0.99
# What the backends found without the German word forms (plain token matching).
PLAIN_RECALL_AT_5 = 0.95


@pytest.fixture(scope="module")
def demo(demo_db):
    """The demo (tests/demo_content/conftest.py)."""


def top(host, query, n=5):
    site = Site.objects.get(hostname=host)
    with translation.override("de"):
        outcome = engine.run(site, query, "de")
    return [german_path(hit.page, site) for hit in outcome.hits[:n]]


def test_the_query_set_is_large_enough():
    assert len(QUERIES) >= 40
    assert all(expected for _host, _query, expected in QUERIES)


def test_recall_and_mrr_stay_at_least_where_they_were(demo):
    result = evaluate()
    assert result["queries"] == len(QUERIES)
    assert set(result) == {"queries", "recall@5", "mrr", "misses"}
    assert result["recall@5"] >= RECALL_AT_5, result["misses"]
    assert result["mrr"] >= MRR, result["misses"]


def test_the_german_word_forms_are_what_makes_the_difference(demo):
    plain = evaluate(german_forms=False)
    assert plain["recall@5"] < PLAIN_RECALL_AT_5
    missed = {miss["query"] for miss in plain["misses"]}
    assert {"Migrantin", "Konzept"} <= missed


def test_sprachkurse_finds_the_concept_with_sprachkurs_current_edition_first(demo):
    assert top("localhost", "Sprachkurse")[0] == "/de/integrationskonzept/integrationskonzept-2020/"
    assert top("localhost", "Sprachkurs")[0] == "/de/integrationskonzept/integrationskonzept-2020/"


def test_migrantin_finds_the_pages_about_migrantinnen(demo):
    for query in ("Migrantin", "Migrantinnen"):
        found = top("wilhelmshaven.localhost", query)
        assert "/de/veranstaltungen/dialogabend-zusammenleben-in-vielfalt/" in found, query


def test_konzept_finds_the_integrationskonzept(demo):
    assert top("wilhelmshaven.localhost", "Konzept")[0] == (
        "/de/integrationskonzept/handlungskonzept-integration/"
    )
    found = top("localhost", "Konzept")
    assert "/de/integrationskonzept/integrationskonzept-2020/" in found
