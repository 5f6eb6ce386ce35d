"""One page per field of action and municipality: goals, measures, releases, events."""

import pytest

from tests.factories import (
    DRAFT,
    UNPUBLISHED,
    ConceptEditionFactory,
    EventFactory,
    PressReleaseFactory,
    field_of_action,
    structure,
)
from tests.helpers import berlin, path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

MEASURE = {
    "title": "Sprachcafé im Stadtteilzentrum",
    "description": "",
    "responsible": "Integrationsbüro",
    "partners": "",
    "timeframe": "",
    "status": "running",
    "budget": "",
}


@pytest.fixture(scope="module")
def content(shared_towns):
    merzig, voelklingen = shared_towns["merzig"], shared_towns["voelklingen"]
    sprache, wohnen = field_of_action("sprache"), field_of_action("wohnen")
    old = ConceptEditionFactory(
        town=merzig,
        title="Konzept 2010",
        year=2010,
        structure=structure((sprache, [("Altes Ziel", [])])),
    )
    ConceptEditionFactory(
        town=merzig,
        title="Konzept 2020",
        year=2020,
        predecessor=old,
        structure=structure(
            (sprache, [("Deutsch für alle", [MEASURE])]),
            (wohnen, [("Gute Nachbarschaft", [])]),
        ),
    )
    PressReleaseFactory(
        town=merzig, title="Sprachcafé eröffnet", date=berlin(2024, 3, 1), fields=[sprache]
    )
    PressReleaseFactory(town=merzig, title="Wohnprojekt", date=berlin(2024, 4, 1), fields=[wohnen])
    PressReleaseFactory(
        town=merzig,
        title="Geheime Sprachmeldung",
        date=berlin(2024, 5, 1),
        fields=[sprache],
        state=DRAFT,
    )
    PressReleaseFactory(
        town=merzig,
        title="Zurückgezogene Sprachmeldung",
        date=berlin(2024, 6, 1),
        fields=[sprache],
        state=UNPUBLISHED,
    )
    PressReleaseFactory(
        town=voelklingen, title="Völklinger Sprachkurs", date=berlin(2024, 3, 2), fields=[sprache]
    )
    EventFactory(
        town=merzig,
        title="Sprachpaten-Treffen",
        start=berlin(2024, 2, 1, 18),
        end=berlin(2024, 2, 1, 20),
        fields_of_action=[sprache],
    )
    EventFactory(
        town=merzig,
        title="Geplanter Sprachabend",
        start=berlin(2099, 2, 1, 18),
        end=berlin(2099, 2, 1, 20),
        fields_of_action=[sprache],
        state=DRAFT,
    )


@pytest.fixture
def field_pages(content, merzig):
    return merzig


def section(html, heading_id):
    return html.find("section", attrs={"aria-labelledby": heading_id})


def test_a_field_page_shows_the_goals_and_measures_of_the_current_concept(client, field_pages):
    html = soup(visit(client, field_pages, "/de/handlungsfeld/sprache/"))
    assert html.find("h1").get_text(strip=True) == "Sprache"
    concept = section(html, "heading-concept")
    assert concept.a.get_text(strip=True) == "Konzept 2020"
    assert [h.get_text(strip=True) for h in concept.find_all("h3")] == ["Deutsch für alle"]
    assert "Altes Ziel" not in concept.get_text()
    measure = concept.find("li").get_text(" ", strip=True)
    assert "Sprachcafé im Stadtteilzentrum" in measure
    assert "laufend" in measure and "Integrationsbüro" in measure


def test_a_field_page_lists_only_live_releases_and_events_of_this_municipality(client, field_pages):
    response = visit(client, field_pages, "/de/handlungsfeld/sprache/")
    html = soup(response)
    releases = section(html, "heading-releases")
    assert [h.get_text(strip=True) for h in releases.find_all("h3")] == ["Sprachcafé eröffnet"]
    events = section(html, "heading-events")
    assert [h.get_text(strip=True) for h in events.find_all("h3")] == ["Sprachpaten-Treffen"]
    content = response.content.decode()
    for hidden in (
        "Geheime Sprachmeldung",
        "Zurückgezogene Sprachmeldung",
        "Völklinger Sprachkurs",
        "Geplanter Sprachabend",
        "Wohnprojekt",
    ):
        assert hidden not in content


def test_a_field_without_goals_in_the_concept_says_so(client, field_pages):
    html = soup(visit(client, field_pages, "/de/handlungsfeld/sport/"))
    assert "hat zu diesem Handlungsfeld keine eigenen Ziele" in html.get_text()
    assert "Keine Pressemitteilungen zu diesem Handlungsfeld." in html.get_text()


def test_an_unknown_field_is_not_found(client, field_pages):
    assert visit(client, field_pages, "/de/handlungsfeld/gibt-es-nicht/").status_code == 404


def test_the_concept_sections_link_to_their_field_pages(client, field_pages):
    edition = field_pages.concepts.get_children().get(title="Konzept 2020")
    html = soup(visit(client, field_pages, path_of(edition)))
    links = [a["href"] for a in html.find("div", class_="wo-structure").find_all("a")]
    assert links == ["/de/handlungsfeld/sprache/", "/de/handlungsfeld/wohnen/"]


def test_the_kept_listing_follows_publishing_and_unpublishing(client, field_pages):
    """The listing is rendered once for all readers ({% kept %}) and comes from
    the fragment cache after that; publishing or withdrawing a release in the
    municipality renders it afresh."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def titles():
        html = soup(visit(client, field_pages, "/de/handlungsfeld/sprache/"))
        return [h.get_text(strip=True) for h in section(html, "heading-releases").find_all("h3")]

    assert titles() == ["Sprachcafé eröffnet"]
    with CaptureQueriesContext(connection) as kept:
        assert titles() == ["Sprachcafé eröffnet"]
    assert not any("news_pressreleasepage" in q["sql"] for q in kept.captured_queries)
    new = PressReleaseFactory(
        town=field_pages,
        title="Neue Sprachkurse",
        date=berlin(2030, 1, 1, 9),
        fields=[field_of_action("sprache")],
    )
    assert titles() == ["Neue Sprachkurse", "Sprachcafé eröffnet"]
    new.unpublish()
    assert titles() == ["Sprachcafé eröffnet"]
