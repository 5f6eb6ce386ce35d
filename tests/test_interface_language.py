"""Interface text that translates well: no German leftovers ("Uhr", „…“, "Ziel")
on translated pages, context-distinguished strings, times per locale, and
complete message catalogues."""

import json
import re
from pathlib import Path

import polib
import pytest

from demo.localize import translate_page
from tests.factories import (
    ConceptEditionFactory,
    EventFactory,
    PressReleaseFactory,
    field_of_action,
    structure,
)
from tests.helpers import berlin, path_of, soup, visit

LANGUAGES = ["en", "tr", "ar", "uk", "ru", "fa"]
SLUG = re.compile(r"^[a-z0-9-]+$")
UHR = re.compile(r"\bUhr\b")
ZIEL = re.compile(r"\bZiel\b")


def fake(text, language):
    """A recognisable stand-in translation; slugs stay as they are."""
    return text if SLUG.match(text) else f"{language.upper()}: {text}"


def concept_structure():
    """One field of action with a goal, a measure and an indicator with a target."""
    data = json.loads(
        structure(
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
                                "partners": "",
                                "timeframe": "2024–2026",
                                "status": "running",
                                "budget": "",
                            }
                        ],
                    )
                ],
            )
        )
    )
    data[0]["value"]["goals"][0]["value"]["indicators"] = [
        {
            "type": "item",
            "id": "7f1c2b2e-0000-4000-8000-000000000001",
            "value": {
                "name": "Kinder mit Sprachförderbedarf",
                "baseline": "31 %",
                "target": "20 %",
                "source": "Schuleingangsuntersuchung",
            },
        }
    ]
    return json.dumps(data)


pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture(scope="module")
def translated(shared_towns):
    """Völklingen with a press release, a one-day event and a concept edition,
    all translated (with stand-in texts) into every translation language; built
    once for the module."""
    voelklingen = shared_towns["voelklingen"]
    release = PressReleaseFactory(town=voelklingen, title="Sprachcafé eröffnet", slug="sprachcafe")
    event = EventFactory(
        town=voelklingen,
        title="Auftakt Integrationskonzept",
        start=berlin(2031, 5, 14, 18, 0),
        end=berlin(2031, 5, 14, 20, 30),
        slug="auftakt",
        venue="Altes Rathaus",
    )
    edition = ConceptEditionFactory(
        town=voelklingen,
        title="Integrationskonzept 2024",
        year=2024,
        slug="konzept-2024",
        structure=concept_structure(),
    )
    pages = {"release": release, "event": event, "edition": edition}
    parents = [voelklingen.home, voelklingen.news, voelklingen.events, voelklingen.concepts]
    translated = {}
    for code in LANGUAGES:
        for page in parents:
            translate_page(page, code, fake)
        translated[code] = {key: translate_page(page, code, fake) for key, page in pages.items()}
    return {"pages": pages, "translated": translated}


@pytest.fixture
def town(voelklingen, translated):
    voelklingen.extra.update(translated)
    return voelklingen


def page_paths(town, code):
    pages = town.extra["translated"][code]
    return {
        "release": path_of(pages["release"]),
        "event": path_of(pages["event"]),
        "events": path_of(pages["event"].get_parent()),
        "edition": path_of(pages["edition"]),
    }


def main_text(client, town, path):
    page = soup(visit(client, town, path))
    return " ".join(page.find("main").get_text(" ").split()), page


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_german_leftovers_on_translated_pages(client, town, code):
    for name, path in page_paths(town, code).items():
        assert path.startswith(f"/{code}/"), path
        text, page = main_text(client, town, path)
        assert page.html["lang"] == code
        assert not UHR.search(text), (name, text)
        assert "„" not in text, (name, text)
        if name == "edition":
            structure_text = " ".join(page.select_one(".wo-structure").get_text(" ").split())
            assert not ZIEL.search(structure_text), structure_text


def test_german_pages_keep_uhr_and_quotes(client, town):
    german = town.extra["pages"]
    text, _page = main_text(client, town, path_of(german["event"]))
    assert "18:00 – 20:30 Uhr" in text
    text, _page = main_text(client, town, path_of(german["release"]))
    assert "10:00 Uhr" in text
    _text, page = main_text(client, town, path_of(german["edition"]))
    assert page.select_one(".wo-goal h4").get_text(strip=True).startswith("Ziel: ")
    assert "„Alle Kinder sprechen bei der Einschulung Deutsch“" in page.caption.get_text()
    assert [dt.get_text(strip=True) for dt in page.select(".wo-indicator dt")] == [
        "Ausgangswert",
        "Ziel",
        "Quelle",
    ]


def test_goal_and_target_differ_in_english(client, town):
    _text, page = main_text(client, town, page_paths(town, "en")["edition"])
    heading = page.select_one(".wo-goal h4").get_text(strip=True)
    assert heading == "Goal: EN: Alle Kinder sprechen bei der Einschulung Deutsch"
    labels = [dt.get_text(strip=True) for dt in page.select(".wo-indicator dt")]
    assert labels == ["Baseline", "Target", "Source"]
    caption = page.caption.get_text(strip=True)
    assert caption == "Measures for the goal “EN: Alle Kinder sprechen bei der Einschulung Deutsch”"
    status = page.select_one(".wo-meta").get_text(" ")
    assert "Status" in status


def when(client, town, code):
    """The "When" line of the event page in one language."""
    path = path_of(town.extra["pages"]["event"])
    if code != "de":
        path = page_paths(town, code)["event"]
    return soup(visit(client, town, path)).select_one(".wo-meta dd").get_text()


def test_times_follow_the_locale(client, town):
    assert when(client, town, "de").startswith("Mittwoch, 14. Mai 2031, 18:00 – 20:30 Uhr")
    assert when(client, town, "en").startswith("May 14, 2031, 6 p.m. – 8:30 p.m.")
    assert when(client, town, "ru").startswith("14 мая 2031 г., 18:00 – 20:30")
    assert when(client, town, "tr").startswith("14 Mayıs 2031, saat 18:00 – 20:30")
    arabic = when(client, town, "ar")
    assert "مايو" in arabic and "الساعة" in arabic


def test_legal_page_date_is_localised(client, town):
    from datetime import date

    imprint = town.imprint
    imprint.last_reviewed = date(2024, 3, 1)
    imprint.save_revision().publish()
    text, _page = main_text(client, town, path_of(imprint))
    assert "Stand: 1. März 2024" in text
    translate_page(imprint, "en", fake)
    english = imprint.get_translation(imprint.locale.__class__.objects.get(language_code="en"))
    text, _page = main_text(client, town, path_of(english))
    assert "Last updated: March 1, 2024" in text


# --- Catalogues ---------------------------------------------------------------

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")


def catalogue(code):
    path = Path(__file__).resolve().parent.parent / "locale" / code / "LC_MESSAGES" / "django.po"
    return polib.pofile(str(path))


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_is_complete(code):
    po = catalogue(code)
    assert not po.fuzzy_entries()
    empty = [(e.msgctxt, e.msgid) for e in po if not e.obsolete and not e.translated()]
    assert empty == []
    for entry in po.translated_entries():
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            assert set(PLACEHOLDER.findall(text)) <= set(
                PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or ""))
            ), (entry.msgid, text)
