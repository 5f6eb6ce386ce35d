"""The search's word list: kept up to date by the background task when pages
are published, unpublished, deleted or restricted; never holding a draft's
words; a query term expanded by one indexed query, not a vocabulary scan."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from search import engine, german, tasks, word_list
from search.models import PageWords, Word
from tests.factories import CHANGED, DRAFT, PressReleaseFactory, paragraph

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def listed(*words):
    return set(Word.objects.filter(word__in=words, pages__gt=0).values_list("word", flat=True))


def test_publishing_adds_the_words_and_unpublishing_takes_them_back(merzig):
    page = PressReleaseFactory(
        town=merzig, title="Quellwasserfest im Park", body=paragraph("<p>Mit Brunnenmusik.</p>")
    )
    assert listed("quellwasserfest", "brunnenmusik") == {"quellwasserfest", "brunnenmusik"}
    assert "quellwasserfest" in PageWords.objects.get(page_id=page.pk).words
    assert engine.run(merzig.site, "Quellwasser", "de").hits  # a compound part finds it
    page.unpublish()
    assert listed("quellwasserfest", "brunnenmusik") == set()
    assert not PageWords.objects.filter(page_id=page.pk).exists()


def test_a_word_stays_while_another_page_has_it_and_goes_with_the_last(merzig):
    first = PressReleaseFactory(town=merzig, title="Laternenumzug eins")
    second = PressReleaseFactory(town=merzig, title="Laternenumzug zwei")
    assert Word.objects.get(word="laternenumzug").pages == 2
    first.delete()
    assert Word.objects.get(word="laternenumzug").pages == 1
    second.unpublish()
    assert listed("laternenumzug") == set()


def test_drafts_and_newer_draft_versions_never_enter_the_word_list(merzig):
    PressReleaseFactory(town=merzig, title="Geheimwortentwurf", state=DRAFT)
    live = PressReleaseFactory(
        town=merzig, title="Sommerfest", state=CHANGED, change={"title": "Sommerfestentwurf"}
    )
    assert listed("geheimwortentwurf", "sommerfestentwurf") == set()
    assert listed("sommerfest") == {"sommerfest"}
    call_command("rebuild_word_list", verbosity=0)  # the full rebuild agrees
    assert listed("geheimwortentwurf", "sommerfestentwurf") == set()
    assert Word.objects.get(word="sommerfest").pages == 1
    assert PageWords.objects.filter(page_id=live.pk).exists()


def test_a_view_restriction_takes_the_words_out_and_lifting_it_brings_them_back(merzig):
    page = PressReleaseFactory(town=merzig, title="Vereinsinterna")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert listed("vereinsinterna") == set()
    restriction.delete()
    assert listed("vereinsinterna") == {"vereinsinterna"}


def test_publishing_queues_the_task_for_the_page(merzig, monkeypatch):
    queued = []
    monkeypatch.setattr(tasks, "_queue", queued.append)
    page = PressReleaseFactory(town=merzig, title="Nur eine Meldung")
    assert [page.pk] in queued


def test_a_term_expands_with_one_query_that_the_indexes_answer(merzig):
    PressReleaseFactory(
        town=merzig, title="Sprachkurse und Abendsprachkurs", lead="Ein Sprachkursangebot."
    )
    with CaptureQueriesContext(connection) as ctx:
        found = word_list.expand(["sprachkurs", "kurs"])
    assert len(ctx.captured_queries) == 1
    assert set(found["sprachkurs"]) >= {"sprachkurs", "sprachkurse", "abendsprachkurs"}
    assert found["sprachkurs"]["sprachkurse"] == german.FORM
    assert found["sprachkurs"]["abendsprachkurs"] == german.PART
    # the database's plan reads indexes, never the whole table
    sql = ctx.captured_queries[0]["sql"]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql)
            plan = " ".join(row[0] for row in cursor.fetchall())
            assert "Seq Scan" not in plan, plan
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            plan = " ".join(str(row[-1]) for row in cursor.fetchall())
            assert "SCAN search_word" not in plan.replace("USING INDEX", ""), plan


def test_a_search_reads_the_word_list_and_the_candidates_rows_once_each(merzig):
    PressReleaseFactory(town=merzig, title="Nachbarschaftsgarten")
    PressReleaseFactory(town=merzig, title="Nachbarschaftsfest")
    engine.run(merzig.site, "Nachbarschaft", "de")  # templates, caches
    with CaptureQueriesContext(connection) as ctx:
        hits = engine.run(merzig.site, "Nachbarschaft", "de").hits
    assert sorted(h.page.title for h in hits) == ["Nachbarschaftsfest", "Nachbarschaftsgarten"]
    sql = [q["sql"] for q in ctx.captured_queries]
    assert sum('FROM "search_word"' in q for q in sql) == 1
    assert sum('"search_pagewords"' in q for q in sql) == 1  # with the candidates on PostgreSQL


@pytest.mark.parametrize("postings", [True, False], ids=["postings", "outdated postings"])
def test_on_postgresql_the_candidates_are_wagtails_in_wagtails_order(merzig, postings):
    """search.candidates replaces Wagtail's query on PostgreSQL: the same
    pages in the same order, for one word, word forms, AND, OR and a phrase,
    from the postings (search.postings) and from ranking every page when
    their weights are not Wagtail's."""
    if connection.vendor != "postgresql":
        pytest.skip("Wagtail's PostgreSQL backend only")
    from search import candidates

    if not postings:
        with connection.cursor() as cursor:
            cursor.execute("UPDATE search_posting_weights SET weights = '{0.1,0.2,0.4,1}'")

    for title in (
        "Sprachkurs am Abend",
        "Sprachkurse im Sprachkurs",
        "Wohnung",
        "Sprachkurs Wohnung",
        "Eltern-Café am Markt",
        "Straßenfest 2009",
        "Çiğdem lädt zum Sprachkurs",
        "Мовний курс in Kiew",
        "دورة اللغة in Rabat",
    ):
        PressReleaseFactory(town=merzig, title=title)
    PressReleaseFactory(town=merzig, title="Sprachkurs im Entwurf", state=DRAFT)
    pages = engine.pages_in_scope(engine.scope_roots(merzig.site, "de"))
    for groups, operator in (
        ([["sprachkurs", "sprachkurse"]], "and"),
        ([["sprachkurs"], ["wohnung"]], "and"),
        ([["sprachkurs"], ["wohnung"]], "or"),
        ([["was"], ["sprachkurs"]], "and"),  # an English stop word: left out, as by Wagtail
        ([["eltern-café"]], "and"),  # three lexemes: not from the postings
        ([["straßenfest"], ["2009"]], "and"),
        ([["çiğdem", "мовний", "اللغة"]], "and"),  # the readers' other scripts
    ):
        query = engine.backend_query(groups, operator)
        expected = [page.pk for page in pages.search(query, order_by_relevance=True)[:300]]
        found = candidates.find(pages, query, 300)
        assert expected and [page.pk for page in found] == expected
        assert "Sprachkurs im Entwurf" not in {page.title for page in found}
