"""The search engine: German word forms and compounds, ranking, display, facets,
all municipalities, promotions, the zero-hit report and autocomplete."""

import json

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import engine, german
from search.models import SearchLog
from tests.factories import CHANGED, DRAFT, ConceptEditionFactory, PressReleaseFactory, paragraph
from tests.helpers import soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns"), pytest.mark.sqlite]


@pytest.fixture(scope="module")
def pages(shared_towns):
    merzig, voelklingen = shared_towns["merzig"], shared_towns["voelklingen"]
    old = ConceptEditionFactory(
        town=merzig,
        title="Integrationskonzept 2010",
        year=2010,
        status="superseded",
        summary="Das erste Leitbild der Stadt.",
    )
    return {
        "kurs": PressReleaseFactory(
            town=merzig, title="Neuer Sprachkurs im Rathaus", lead="Anmeldung ab sofort möglich."
        ),
        "migrantinnen": PressReleaseFactory(
            town=merzig,
            title="Frauenfrühstück",
            lead="Migrantinnen laden zum Frühstück ein.",
            body=paragraph("<p>Alle sind willkommen.</p>"),
        ),
        "konzept": PressReleaseFactory(
            town=merzig, title="Ratsbeschluss", lead="Der Rat beschließt das Integrationskonzept."
        ),
        "in_body": PressReleaseFactory(
            town=merzig,
            title="Bericht vom Treffen",
            lead="Viele Gäste kamen.",
            body=paragraph("<p>Es ging auch um den Stadtteilgarten und die Nachbarn.</p>"),
        ),
        "in_title": PressReleaseFactory(
            town=merzig, title="Stadtteilgarten eröffnet", lead="Beete für alle."
        ),
        "old": old,
        "new": ConceptEditionFactory(
            town=merzig,
            title="Integrationskonzept 2024",
            year=2024,
            status="adopted",
            predecessor=old,
            summary="Das neue Leitbild der Stadt.",
        ),
        "voelklingen": PressReleaseFactory(
            town=voelklingen,
            title="Sprachkurse in Völklingen",
            lead="Auch hier gibt es Sprachkurse.",
        ),
    }


def titles(outcome):
    return [hit.page.title for hit in outcome.hits]


def run(town, query, **kwargs):
    return engine.run(town.site, query, "de", **kwargs)


# --- German morphology ---------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        ("Sprachkurs", "Sprachkurse", "Sprachkursen", "Sprachkurses"),
        ("Migrantin", "Migrantinnen", "Migranten", "Migrant"),
        ("Konzept", "Konzepte", "Konzepten", "Konzeptes"),
        ("Büro", "Buero", "buro"),
    ],
)
def test_word_forms_share_one_stem(forms):
    assert len({german.stem(german.fold(form)) for form in forms}) == 1


@given(st.text(alphabet="aeouäöüßéèáAÄÖÜẞÉİSs -.,1_\n", max_size=40))
def test_a_sentence_folded_holds_each_of_its_words_folded(text):
    """What the excerpt relies on to pass over a sentence without splitting
    it (search.results.excerpt); folding maps letter by letter."""
    folded = german.fold(text)
    assert all(german.fold(word) in folded for word in german.words(text))
    assert german.fold("Übergröße Straße") == "ubergrosse strasse"


def test_compound_parts_relate_to_the_whole_word():
    key = german.fold("Konzept")
    assert german.relation(key, german.stem(key), "integrationskonzept") == german.PART
    assert german.relation(key, german.stem(key), "konzepte") == german.FORM
    assert german.relation(key, german.stem(key), "konzept") == german.EXACT
    rat = german.fold("Rat")  # too short to be looked for inside other words
    assert german.relation(rat, german.stem(rat), "integrationsrat") == 0


def test_stopwords_are_dropped_unless_nothing_else_is_left():
    assert german.query_terms("Wo gibt es einen Sprachkurs?") == ["sprachkurs"]
    assert german.query_terms("wer wir sind") == ["wer", "wir", "sind"]


# --- Finding -------------------------------------------------------------------


def test_a_plural_finds_the_singular_and_back(merzig, pages):
    assert titles(run(merzig, "Sprachkurse"))[0] == "Neuer Sprachkurs im Rathaus"
    assert "Sprachkurse in Völklingen" in titles(
        engine.run(pages["voelklingen"].get_site(), "Sprachkurs", "de")
    )


def test_the_feminine_plural_finds_its_forms(merzig, pages):
    for query in ("Migrantinnen", "Migrantin", "migrantinnen"):
        assert titles(run(merzig, query)) == ["Frauenfrühstück"], query


def test_a_part_of_a_compound_finds_the_compound(merzig, pages):
    found = titles(run(merzig, "Konzept"))
    assert "Ratsbeschluss" in found
    assert "Integrationskonzept 2024" in found


def test_a_typed_umlaut_replacement_finds_the_umlaut(merzig, pages):
    assert "Frauenfrühstück" in titles(run(merzig, "Fruehstueck"))


def test_without_german_forms_the_plain_backend_misses_them(merzig, pages):
    assert "Frauenfrühstück" not in titles(run(merzig, "Migrantin", german_forms=False))


def test_several_words_must_all_match_when_some_page_has_them_all(merzig, pages):
    assert titles(run(merzig, "Sprachkurs Anmeldung")) == ["Neuer Sprachkurs im Rathaus"]


def test_a_title_match_ranks_above_a_body_match(merzig, pages):
    assert titles(run(merzig, "Stadtteilgarten"))[:2] == [
        "Stadtteilgarten eröffnet",
        "Bericht vom Treffen",
    ]


def test_the_current_concept_edition_ranks_above_the_superseded_one(merzig, pages):
    found = titles(run(merzig, "Leitbild"))
    assert found.index("Integrationskonzept 2024") < found.index("Integrationskonzept 2010")


def test_other_municipalities_only_when_asked(merzig, pages):
    assert "Sprachkurse in Völklingen" not in titles(run(merzig, "Sprachkurs"))
    everywhere = run(merzig, "Sprachkurs", all_sites=True)
    assert "Sprachkurse in Völklingen" in titles(everywhere)
    municipality = {hit.page.title: hit.municipality for hit in everywhere.hits}
    assert municipality["Sprachkurse in Völklingen"] == "Völklingen"
    assert municipality["Neuer Sprachkurs im Rathaus"] == "Merzig"


def test_facets_count_and_filter(merzig, pages):
    outcome = run(merzig, "Konzept")
    kinds = dict(outcome.facets["typ"])
    assert kinds["Pressemitteilung"] >= 1
    filtered = run(merzig, "Konzept", filters={"typ": "Pressemitteilung"})
    assert {hit.kind for hit in filtered.hits} == {"Pressemitteilung"}
    assert dict(outcome.facets["jahr"])["2024"] >= 2
    assert dict(outcome.facets["sprache"]) == {"de": len(outcome.hits)}


# --- The page ------------------------------------------------------------------


def search_page(client, town, q, **params):
    return soup(visit(client, town, "/de/suche/", data={"q": q, **params}))


def test_a_result_shows_type_date_and_a_marked_excerpt(client, merzig, pages):
    html = search_page(client, merzig, "Migrantinnen")
    result = html.find("main").select_one("li.wo-teaser")
    meta = result.select_one(".wo-teaser__meta").get_text(" ", strip=True)
    assert "Pressemitteilung" in meta and "14. Mai 2024" in meta
    assert result.select_one(".wo-teaser__summary mark").get_text() == "Migrantinnen"
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_the_municipality_shows_when_searching_all(client, merzig, pages):
    html = search_page(client, merzig, "Sprachkurs", alle_kommunen="1")
    metas = [m.get_text(" ", strip=True) for m in html.select("li.wo-teaser .wo-teaser__meta")]
    assert any("Völklingen" in meta for meta in metas)
    assert html.find("input", id="search-page-sites").has_attr("checked")


def test_a_facet_link_narrows_the_results(client, merzig, pages):
    html = search_page(client, merzig, "Konzept")
    link = html.select_one('[data-facet="typ"] a')
    assert link["href"].startswith("?") and "typ=" in link["href"]


def test_no_results_offer_a_spelling_suggestion(client, merzig, pages):
    html = search_page(client, merzig, "Stadteilgarten")
    suggestion = html.select_one(".wo-search-suggestion a")
    assert suggestion.get_text() == "stadtteilgarten"


def test_an_editors_promotion_comes_first(client, merzig, pages):
    SearchPromotion.objects.create(
        query=Query.get("Garten"), page=pages["in_body"], sort_order=0, description="Bericht"
    )
    found = titles(run(merzig, "Garten"))
    assert found[0] == "Bericht vom Treffen"
    assert found.count("Bericht vom Treffen") == 1
    # a promotion for a page of another municipality never shows here
    SearchPromotion.objects.create(query=Query.get("Garten"), page=pages["voelklingen"])
    assert "Sprachkurse in Völklingen" not in titles(run(merzig, "Garten"))


# --- The zero-hit report -------------------------------------------------------


def test_searches_are_logged_with_their_hits_per_municipality(client, merzig, pages):
    search_page(client, merzig, "Zauberwort")
    search_page(client, merzig, "Zauberwort")
    search_page(client, merzig, "Sprachkurs")
    log = {e.query: e for e in SearchLog.objects.filter(site=merzig.site)}
    assert log["zauberwort"].hits == 0 and log["zauberwort"].searches == 2
    assert log["sprachkurs"].hits == 1


def test_every_search_counts_once_in_the_log_and_in_wagtails_statistics(
    client, merzig, voelklingen, pages
):
    """The editors' promotions report (Wagtail's query statistics) and the
    municipality's log count the same searches, the day's first included."""
    for _ in range(3):
        search_page(client, merzig, "Sprachkurs")
    search_page(client, voelklingen, "sprachkurs")
    log = SearchLog.objects.get(site=merzig.site, query="sprachkurs")
    assert (log.searches, log.hits) == (3, 1)
    assert SearchLog.objects.get(site=voelklingen.site, query="sprachkurs").searches == 1
    assert Query.get("Sprachkurs").hits == 4  # Wagtail's statistics are not per site


def test_the_report_lists_zero_hit_queries_of_ones_own_municipality(
    client, merzig, voelklingen, pages, role_user, admin_user
):
    SearchLog.record(merzig.site, "Zauberwort", "de", 0)
    SearchLog.record(voelklingen.site, "Geheimnis", "de", 0)
    SearchLog.record(merzig.site, "Sprachkurs", "de", 3)
    client.force_login(role_user(merzig, "redaktion"))
    text = soup(client.get(reverse("search_zero_hits"))).get_text()
    assert "zauberwort" in text
    assert "geheimnis" not in text and "sprachkurs" not in text
    client.force_login(admin_user)
    assert "geheimnis" in soup(client.get(reverse("search_zero_hits"))).get_text()


# --- Autocomplete --------------------------------------------------------------


def test_autocomplete_answers_with_titles_as_json(client, merzig, pages):
    response = visit(client, merzig, "/de/suche/vorschlaege/", data={"q": "Sprachk"})
    results = json.loads(response.content)["results"]
    assert results[0]["title"] == "Neuer Sprachkurs im Rathaus"
    assert results[0]["url"].endswith("/de/presse/neuer-sprachkurs-im-rathaus/")
    short = visit(client, merzig, "/de/suche/vorschlaege/", data={"q": "Sp"})
    assert json.loads(short.content) == {"results": []}


def test_the_search_page_loads_the_autocomplete_script_from_a_file(client, merzig, pages):
    html = search_page(client, merzig, "Sprachkurs")
    scripts = [s for s in html.find_all("script") if not s.get("type")]
    assert all(s.get("src") for s in scripts)
    assert any(s["src"].endswith("js/suche.js") for s in scripts)
    assert html.find("main").find("form", attrs={"role": "search"})["data-autocomplete"] == (
        "/de/suche/vorschlaege/"
    )


def test_autocomplete_never_offers_drafts_or_words_of_newer_drafts(client, merzig, pages):
    PressReleaseFactory(
        town=merzig, title="Geheimer Sprachkursplan", lead="Noch nicht fertig.", state=DRAFT
    )
    PressReleaseFactory(
        town=merzig,
        title="Kursplan Herbst",
        lead="Termine im Herbst.",
        state=CHANGED,
        change={"lead": "Zauberkurs im Herbst."},
    )
    for q in ("Geheim", "Sprachkursplan", "Zauberkurs"):
        response = visit(client, merzig, "/de/suche/vorschlaege/", data={"q": q})
        assert json.loads(response.content) == {"results": []}, q
