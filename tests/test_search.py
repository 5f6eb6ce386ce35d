"""Full-text search within one municipality."""

import pytest

from tests.factories import CHANGED, DRAFT, UNPUBLISHED, PressReleaseFactory, paragraph
from tests.helpers import soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns"), pytest.mark.sqlite]


@pytest.fixture(scope="module")
def releases(shared_towns):
    merzig, voelklingen = shared_towns["merzig"], shared_towns["voelklingen"]
    return {
        "lead": PressReleaseFactory(
            town=merzig, title="Neues Angebot", lead="Das Sprachcafé öffnet jeden Dienstag."
        ),
        "body": PressReleaseFactory(
            town=merzig,
            title="Bericht aus dem Beirat",
            body=paragraph("<p>Der Beirat sprach über Patenschaften.</p>"),
        ),
        "draft": PressReleaseFactory(
            town=merzig, title="Entwurf", lead="Das Sprachcafé schließt bald.", state=DRAFT
        ),
        "gone": PressReleaseFactory(
            town=merzig, title="Zurückgezogen", lead="Sprachcafé im Sommer.", state=UNPUBLISHED
        ),
        "changed": PressReleaseFactory(
            town=merzig,
            title="Ferienprogramm",
            lead="Ausflüge für Kinder.",
            state=CHANGED,
            change={"lead": "Geheimwort Zauberkiste."},
        ),
        "elsewhere": PressReleaseFactory(
            town=voelklingen,
            title="Völklinger Sprachcafé",
            lead="Auch in Völklingen gibt es ein Sprachcafé.",
        ),
    }


def search(client, town, q, **params):
    return visit(client, town, "/de/suche/", data={"q": q, **params})


def result_titles(response):
    main = soup(response).find("main")
    return [h2.get_text(strip=True) for h2 in main.select("li.wo-teaser h2")]


def test_search_finds_a_live_page_by_a_word_in_its_lead(client, merzig, releases):
    response = search(client, merzig, "Sprachcafé")
    assert result_titles(response) == ["Neues Angebot"]
    assert "1 Treffer für „Sprachcafé“" in soup(response).find(attrs={"role": "status"}).get_text()
    link = soup(response).find("main").select_one("li.wo-teaser h2 a")
    assert link["href"] == "/de/presse/neues-angebot/"


def test_search_finds_a_live_page_by_a_word_in_its_body(client, merzig, releases):
    assert result_titles(search(client, merzig, "Patenschaften")) == ["Bericht aus dem Beirat"]


def test_search_never_finds_drafts_or_withdrawn_pages(client, merzig, releases):
    titles = result_titles(search(client, merzig, "Sprachcafé"))
    assert "Entwurf" not in titles
    assert "Zurückgezogen" not in titles


def test_search_never_finds_words_that_exist_only_in_a_newer_draft(client, merzig, releases):
    response = search(client, merzig, "Zauberkiste")
    assert result_titles(response) == []
    assert "Keine Treffer für „Zauberkiste“" in soup(response).get_text()
    assert result_titles(search(client, merzig, "Ausflüge")) == ["Ferienprogramm"]


def test_search_stays_within_the_municipality(client, merzig, voelklingen, releases):
    assert "Völklinger Sprachcafé" not in result_titles(search(client, merzig, "Sprachcafé"))
    assert result_titles(search(client, voelklingen, "Sprachcafé")) == ["Völklinger Sprachcafé"]


def test_the_results_page_is_not_indexed_by_search_engines(client, merzig, releases):
    html = soup(search(client, merzig, "Sprachcafé"))
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert html.find("h1").get_text(strip=True) == "Suche"
    assert html.title.get_text().startswith("Suche nach „Sprachcafé“")


def test_an_empty_query_shows_the_form_without_results(client, merzig, releases):
    for q in ("", "   "):
        html = soup(search(client, merzig, q))
        assert html.find("input", attrs={"name": "q", "id": "search-page-q"}) is not None
        assert html.find("main").select("li.wo-teaser") == []
        assert html.find("main").find(attrs={"role": "status"}) is None
    assert soup(visit(client, merzig, "/de/suche/")).find("h1").get_text(strip=True) == "Suche"


def test_an_overlong_query_is_answered_not_crashed(client, merzig, releases):
    response = search(client, merzig, "Sprachcafé " * 2000)
    assert response.status_code == 200
    field = soup(response).find("input", id="search-page-q")
    assert len(field["value"]) <= 200


def test_a_query_with_markup_is_shown_as_text(client, merzig, releases):
    response = search(client, merzig, "<b>fett</b>")
    html = soup(response)
    assert html.find("main").find("b") is None
    assert "Keine Treffer für „<b>fett</b>“" in html.get_text()


@pytest.mark.parametrize(
    "q",
    ['"', "'", "Sprach*", "(Beirat", "AND", "-", "Beirat:", "NEAR(", "&|!", "\\", "Sprach\x00café"],
    ids=lambda q: repr(q),
)
def test_a_query_with_search_syntax_characters_is_answered_not_crashed(client, merzig, releases, q):
    response = search(client, merzig, q)
    if "\x00" in q:
        # A NUL byte is refused before the search sees it (core/malformed.py).
        assert response.status_code == 400
        assert "Steuerzeichen" in response.content.decode()
        return
    assert response.status_code == 200
    assert soup(response).find("h1").get_text(strip=True) == "Suche"
