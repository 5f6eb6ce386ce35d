"""A small world for the progress tests: one edition with measures and indicators,
reports and Selbstchecks in every state that matters (live, draft, changed)."""

import datetime
import json
import uuid

from concepts.progress.models import (
    IndicatorValue,
    MeasureStatusUpdate,
    ProgressOverviewPage,
    ProgressReportPage,
    SelbstcheckPage,
    SelbstcheckRating,
)
from tests.factories import CHANGED, DRAFT, ConceptEditionFactory, field_of_action, place

MEASURES = {"cafe": "Sprachcafé im Rathaus", "paten": "Sprachpaten", "wohnen": "Wohnberatung"}
INDICATORS = {"kurs": "Teilnehmende an Sprachkursen", "quote": "Anteil Beschäftigte"}


def _item(key, value):
    return {"type": "item", "id": key, "value": value}


def _measure(key, status="planned"):
    return _item(
        key,
        {
            "title": MEASURES[key],
            "description": "",
            "responsible": "Integrationsbüro",
            "partners": "",
            "timeframe": "",
            "status": status,
            "budget": "",
        },
    )


def _indicator(key, unit, target, direction="up"):
    return _item(
        key,
        {
            "name": INDICATORS[key],
            "baseline": "",
            "target": "",
            "source": "Eigene Erhebung",
            "unit": unit,
            "definition": "Beispielwerte",
            "direction": direction,
            "baseline_year": None,
            "baseline_value": None,
            "target_year": 2025,
            "target_value": target,
        },
    )


def _field(slug, measures, indicators):
    return {
        "type": "field",
        "id": str(uuid.uuid4()),
        "value": {
            "field_of_action": field_of_action(slug).pk,
            "introduction": "",
            "goals": [
                _item(
                    str(uuid.uuid4()),
                    {
                        "title": f"Ziel {slug}",
                        "description": "",
                        "measures": measures,
                        "indicators": indicators,
                    },
                )
            ],
        },
    }


def report(edition, title, as_of, updates=(), values=(), state=None, change=None):
    page = ProgressReportPage(title=title, as_of=as_of)
    page.status_updates = [MeasureStatusUpdate(measure=m, status=s, note=n) for m, s, n in updates]
    page.indicator_values = [
        IndicatorValue(indicator=i, year=y, value=v, note="") for i, y, v in values
    ]
    return place(edition, page, state or "live", change=change)


def selbstcheck(index, title, date, ratings, state="live", workshop=None):
    page = SelbstcheckPage(title=title, date=date, workshop=workshop)
    page.ratings = [
        SelbstcheckRating(field_of_action=field_of_action(slug), rating=r, note="")
        for slug, r in ratings
    ]
    return place(index, page, state)


def build(town):
    """The edition, two live reports, a draft one, a changed one; two live Selbstchecks
    and a draft; the overview page."""
    edition = ConceptEditionFactory(
        town=town,
        title="Konzept 2020",
        year=2020,
        structure=json.dumps(
            [
                _field(
                    "sprache",
                    [_measure("cafe", "running"), _measure("paten")],
                    [_indicator("kurs", "Personen", "200")],
                ),
                _field("wohnen", [_measure("wohnen")], [_indicator("quote", "%", "40.5")]),
            ]
        ),
    )
    report(
        edition,
        "Bericht 2021",
        datetime.date(2021, 12, 31),
        updates=[("cafe", "started", "Läuft gut"), ("wohnen", "postponed", "")],
        values=[("kurs", 2021, 120), ("quote", 2021, "31.5")],
    )
    report(
        edition,
        "Bericht 2022",
        datetime.date(2022, 12, 31),
        updates=[("cafe", "done", "Abgeschlossen")],
        values=[("kurs", 2022, 1450), ("quote", 2022, "33.25")],
    )
    report(
        edition,
        "Bericht Geheimentwurf",
        datetime.date(2023, 12, 31),
        updates=[("paten", "abandoned", "Geheimnotiz")],
        values=[("kurs", 2023, 777777)],
        state=DRAFT,
    )
    # Live, with a newer draft that changes a value and adds a note: only the
    # live rows count until someone publishes the draft.
    changed = report(
        edition, "Bericht 2020", datetime.date(2020, 12, 31), values=[("kurs", 2020, 100)]
    )
    draft = changed.get_latest_revision_as_object()
    draft.indicator_values = [
        IndicatorValue(indicator="kurs", year=2020, value=424242, note="Neuentwurfsnotiz")
    ]
    draft.save_revision()
    index = edition.get_parent()
    selbstcheck(
        index, "Selbstcheck 2021", datetime.date(2021, 5, 1), [("sprache", 2), ("wohnen", 3)]
    )
    selbstcheck(
        index, "Selbstcheck 2024", datetime.date(2024, 5, 1), [("sprache", 4), ("wohnen", 3)]
    )
    selbstcheck(
        index, "Selbstcheck Entwurf", datetime.date(2025, 5, 1), [("sprache", 1)], state=DRAFT
    )
    overview = place(index, ProgressOverviewPage(title="Wo stehen wir?", slug="wo-stehen-wir"))
    return {"edition": edition, "overview": overview, "changed": CHANGED}
