"""Integration concepts: editions over the years, superseded ones point to the current one."""

import pytest

from concepts.models import ConceptEditionPage
from tests.factories import (
    CHANGED,
    DRAFT,
    UNPUBLISHED,
    ConceptEditionFactory,
    field_of_action,
    structure,
)
from tests.helpers import path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture(scope="module")
def editions(shared_towns):
    voelklingen = shared_towns["voelklingen"]
    first = ConceptEditionFactory(
        town=voelklingen,
        title="Integrationskonzept 2009",
        year=2009,
        summary="Das erste Konzept der Stadt.",
        structure=structure(
            (
                field_of_action("sprache"),
                [
                    (
                        "Alle Kinder sprechen bei der Einschulung Deutsch",
                        [
                            {
                                "title": "Sprachförderung in Kitas",
                                "description": "",
                                "responsible": "Jugendamt",
                                "partners": "Kita-Träger",
                                "timeframe": "2009–2012",
                                "status": "done",
                                "budget": "",
                            },
                            {
                                "title": "Elterncafé",
                                "description": "",
                                "responsible": "",
                                "partners": "",
                                "timeframe": "",
                                "status": "running",
                                "budget": "",
                            },
                        ],
                    )
                ],
            ),
            (field_of_action("wohnen"), [("Durchmischte Quartiere", [])]),
        ),
    )
    second = ConceptEditionFactory(
        town=voelklingen,
        title="Fortschreibung 2020",
        year=2020,
        predecessor=first,
        summary="Die Fortschreibung.",
    )
    return first, second


def edition_line(html):
    nav = html.find("nav", attrs={"aria-labelledby": "heading-line"})
    return nav.find_all("li") if nav else []


def test_the_edition_line_shows_both_editions_oldest_first(client, voelklingen, editions):
    first, second = editions
    for page in editions:
        items = edition_line(soup(visit(client, voelklingen, path_of(page))))
        assert [li.a.get_text(strip=True) for li in items] == [
            "Integrationskonzept 2009",
            "Fortschreibung 2020",
        ]
        assert [li.a["href"] for li in items] == [path_of(first), path_of(second)]


def test_the_edition_line_marks_the_edition_being_read(client, voelklingen, editions):
    first, second = editions
    items = edition_line(soup(visit(client, voelklingen, path_of(first))))
    assert [li.a.get("aria-current") for li in items] == ["page", None]
    items = edition_line(soup(visit(client, voelklingen, path_of(second))))
    assert [li.a.get("aria-current") for li in items] == [None, "page"]


def test_a_superseded_edition_links_to_its_successor(client, voelklingen, editions):
    first, second = editions
    html = soup(visit(client, voelklingen, path_of(first)))
    note = html.find(attrs={"role": "note"})
    assert "Diese Ausgabe ist abgelöst. Gültig ist die Fortschreibung von 2020" in note.get_text()
    assert note.a["href"] == path_of(second)
    assert note.a.get_text(strip=True) == "Fortschreibung 2020"
    status = html.find("dl", class_="wo-meta").find(class_="wo-status")
    assert status.get_text(strip=True) == "abgelöst"


def test_the_current_edition_is_not_marked_superseded(client, voelklingen, editions):
    html = soup(visit(client, voelklingen, path_of(editions[1])))
    assert html.find(attrs={"role": "note"}) is None
    assert "abgelöst" not in html.find("dl", class_="wo-meta").get_text()
    assert html.find("dl", class_="wo-meta").find(class_="wo-status").get_text() == "beschlossen"


@pytest.mark.parametrize("state", [DRAFT, UNPUBLISHED])
def test_a_successor_that_is_not_live_appears_nowhere_on_the_older_edition(
    client, voelklingen, editions, state
):
    _, second = editions
    third = ConceptEditionFactory(
        town=voelklingen,
        title="Fortschreibung 2025 geheim",
        year=2025,
        predecessor=second,
        state=state,
    )
    response = visit(client, voelklingen, path_of(second))
    html = soup(response)
    assert "Fortschreibung 2025 geheim" not in html.get_text()
    assert path_of(third) not in response.content.decode()
    assert html.find(attrs={"role": "note"}) is None
    assert len(edition_line(html)) == 2


def test_a_successor_that_is_only_a_draft_concept_does_not_supersede(client, voelklingen, editions):
    _, second = editions
    ConceptEditionFactory(
        town=voelklingen, title="Entwurf 2025", year=2025, status="draft", predecessor=second
    )
    html = soup(visit(client, voelklingen, path_of(second)))
    assert html.find(attrs={"role": "note"}) is None
    # It is public, so it is listed in the line, with its own status.
    items = edition_line(html)
    assert items[-1].a.get_text(strip=True) == "Entwurf 2025"
    assert "Entwurf" in items[-1].find(class_="wo-teaser__meta").get_text()


def test_adopting_a_successor_only_in_an_unpublished_draft_does_not_supersede(
    client, voelklingen, editions
):
    _, second = editions
    ConceptEditionFactory(
        town=voelklingen,
        title="Fortschreibung 2025",
        year=2025,
        status="draft",
        predecessor=second,
        state=CHANGED,
        change={"status": "adopted", "title": "Beschluss noch geheim"},
    )
    response = visit(client, voelklingen, path_of(second))
    html = soup(response)
    assert html.find(attrs={"role": "note"}) is None
    assert "Beschluss noch geheim" not in html.get_text()


def test_the_structure_shows_fields_goals_and_measures(client, voelklingen, editions):
    html = soup(visit(client, voelklingen, path_of(editions[0])))
    structure_ = html.find("div", class_="wo-structure")
    assert [h3.get_text(strip=True) for h3 in structure_.find_all("h3")] == ["Sprache", "Wohnen"]
    goals = [h4.get_text(" ", strip=True) for h4 in structure_.find_all("h4")]
    assert goals == [
        "Ziel: Alle Kinder sprechen bei der Einschulung Deutsch",
        "Ziel: Durchmischte Quartiere",
    ]
    table = structure_.find("table")
    assert "Alle Kinder sprechen bei der Einschulung Deutsch" in table.caption.get_text()
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in table.tbody.find_all("tr")
    ]
    assert rows == [
        ["Sprachförderung in Kitas", "Jugendamt", "Kita-Träger", "2009–2012", "umgesetzt"],
        ["Elterncafé", "–", "–", "–", "laufend"],
    ]


def test_the_concept_index_lists_live_editions_only_newest_first(client, voelklingen, editions):
    ConceptEditionFactory(town=voelklingen, title="Entwurf im Verborgenen", year=2024, state=DRAFT)
    ConceptEditionFactory(
        town=voelklingen, title="Zurückgezogene Ausgabe", year=2023, state=UNPUBLISHED
    )
    ConceptEditionFactory(
        town=voelklingen,
        title="Fortschreibung 2020 neu",
        year=2021,
        state=CHANGED,
        change={"title": "Unveröffentlichter Titel"},
    )
    response = visit(client, voelklingen, "/de/integrationskonzept/")
    html = soup(response)
    teasers = html.find("main").find_all("li", class_="wo-teaser")
    titles = [li.h2.get_text(strip=True) for li in teasers]
    assert titles == ["Fortschreibung 2020 neu", "Fortschreibung 2020", "Integrationskonzept 2009"]
    statuses = [li.find(class_="wo-status").get_text(strip=True) for li in teasers]
    assert statuses[1:] == ["beschlossen", "abgelöst"]
    for hidden in ("Entwurf im Verborgenen", "Zurückgezogene Ausgabe", "Unveröffentlichter Titel"):
        assert hidden not in response.content.decode()


def test_another_municipality_s_editions_are_not_listed(client, voelklingen, merzig, editions):
    ConceptEditionFactory(town=merzig, title="Merziger Konzept", year=2018)
    html = soup(visit(client, voelklingen, "/de/integrationskonzept/"))
    assert "Merziger Konzept" not in html.get_text()
    html = soup(visit(client, merzig, "/de/integrationskonzept/"))
    assert [h2.get_text(strip=True) for h2 in html.find("main").find_all("h2")] == [
        "Merziger Konzept"
    ]


def test_the_home_page_points_to_the_current_adopted_edition(client, voelklingen, editions):
    ConceptEditionFactory(
        town=voelklingen, title="Entwurf 2025", year=2025, status="draft", predecessor=editions[1]
    )
    html = soup(visit(client, voelklingen, "/"))
    section = html.find("section", attrs={"aria-labelledby": "heading-concept"})
    assert section.a.get_text(strip=True) == "Fortschreibung 2020"
    assert section.a["href"] == path_of(editions[1])


def test_the_model_knows_which_edition_supersedes_which(editions):
    first, second = (ConceptEditionPage.objects.get(pk=p.pk) for p in editions)
    assert first.superseded_by == second
    assert first.display_status == ConceptEditionPage.Status.SUPERSEDED
    assert second.superseded_by is None
    assert [e.pk for e in second.edition_line] == [first.pk, second.pk]
