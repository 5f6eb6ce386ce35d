"""The postings (search.postings, PostgreSQL only): each word of the search
index with its ranks, kept in step with the index by a trigger, read by a
search instead of ranking every page; outdated weights or a phrase fall
back to ranking as Wagtail does, with the same result."""

import pytest
from django.db import connection

from search import engine, postings
from tests.factories import PressReleaseFactory, paragraph

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("the postings live in PostgreSQL")


def rows(page):
    """{lexeme: (title rank, body rank)} of a page's postings, and the ranks
    ts_rank gives the same words on its index entry now."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT p.lexeme, p.title_rank, p.body_rank, "
            "ts_rank(w.weights, e.title, quote_literal(p.lexeme)::tsquery), "
            "ts_rank(w.weights, e.body, quote_literal(p.lexeme)::tsquery) "
            "FROM search_posting p JOIN wagtailsearch_indexentry e ON e.id = p.entry_id "
            "CROSS JOIN search_posting_weights w WHERE p.page_id = %s",
            [page.pk],
        )
        found = cursor.fetchall()
    for lexeme_, title, body, title_now, body_now in found:
        assert (title, body) == (title_now, body_now), lexeme_
    return {each[0]: each[1:3] for each in found}


def titles(town, query):
    return [hit.page.title for hit in engine.run(town.site, query, "de").hits]


def test_the_postings_follow_each_change_of_the_index(merzig):
    page = PressReleaseFactory(
        town=merzig, title="Zauberwortfest", body=paragraph("<p>Mit Brunnenmusik.</p>")
    )
    found = rows(page)
    assert found["zauberwortfest"][0] > 0  # in the title
    title_rank, body_rank = found["brunnenmusik"]  # in the body only
    assert title_rank == 0 and body_rank > 0

    page.title = "Laternenwortfest"
    page.save_revision().publish()
    found = rows(page)
    assert found["laternenwortfest"][0] > 0
    assert found["zauberwortfest"][0] == 0  # left in the lead the factory wrote, not the title
    assert titles(merzig, "Laternenwortfest") == ["Laternenwortfest"]

    pk = page.pk
    page.delete()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_posting WHERE page_id = %s", [pk])
        assert cursor.fetchone()[0] == 0


def test_a_search_reads_the_postings_and_ranks_without_them_when_they_are_outdated(merzig):
    PressReleaseFactory(town=merzig, title="Kürbissuppenabend")
    assert titles(merzig, "Kürbissuppenabend") == ["Kürbissuppenabend"]
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_posting")
    assert titles(merzig, "Kürbissuppenabend") == []  # the search read the postings

    # other weights (another boost on a search field): the postings no
    # longer hold Wagtail's ranks, and the search ranks every page again
    with connection.cursor() as cursor:
        cursor.execute("UPDATE search_posting_weights SET weights = '{0.1,0.2,0.4,1}'")
    assert titles(merzig, "Kürbissuppenabend") == ["Kürbissuppenabend"]

    assert postings.sync_weights() is True  # what migrate does: weights written, rows rebuilt
    assert postings.sync_weights() is False  # nothing changed since
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM search_posting WHERE lexeme <> 'kürbissuppenabend'")
    assert titles(merzig, "Kürbissuppenabend") == ["Kürbissuppenabend"]


def test_emptying_the_index_empties_the_postings(merzig):
    PressReleaseFactory(town=merzig, title="Drachenbootrennen")
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no checks pending at TRUNCATE
        cursor.execute("TRUNCATE wagtailsearch_indexentry")
        cursor.execute("SELECT count(*) FROM search_posting")
        assert cursor.fetchone()[0] == 0
