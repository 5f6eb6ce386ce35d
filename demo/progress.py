"""Progress over time in the demo: Völklingen's yearly implementation reports on its
2020 concept with four indicators, and the Selbstchecks of Kaiserslautern (first and
repeat) and Merzig. Every number here is invented and marked as Beispielwert."""

from datetime import date

from .base import p, page

ILLUSTRATIVE = (
    "Alle Zahlen und Angaben zum Stand sind Beispielwerte der Demo, keine Daten der Stadt."
)

# Völklingen, 2020 edition: (start of the measure's title, status, public note) per year.
UPDATES = {
    2021: [
        ("Gemeinsame Kursübersicht", "started", "Die Übersicht ist im Aufbau."),
        ("Kurse mit Kinderbetreuung", "started", "Erster Standort in der Innenstadt."),
        ("Pool von Sprachmittlerinnen", "started", ""),
        ("Mehrsprachige Elternabende", "started", "Zwei Abende im Herbst."),
        ("Lernpatenschaften", "started", ""),
        ("Wohnraumberatung", "postponed", "Die Stelle wird erst 2022 besetzt."),
        ("Fortbildung zur interkulturellen", "started", "Erste Gruppe im Bürgerbüro."),
    ],
    2022: [
        ("Gemeinsame Kursübersicht", "done", "Die Übersicht erscheint zweimal im Jahr."),
        ("Elternbegleiterinnen", "started", ""),
        ("Ausbildungsmesse", "started", "Erste Messe mit zwölf Betrieben."),
        ("Wohnraumberatung", "started", "Sprechstunde einmal in der Woche."),
        ("Nachbarschaftstreffs", "started", "Erster Treff in Wehrden."),
    ],
    2023: [
        ("Kurse mit Kinderbetreuung", "done", "Beide Standorte arbeiten."),
        ("Ausbildungsmesse", "done", "Findet jetzt jedes Frühjahr statt."),
        ("Beratung zur Anerkennung", "started", ""),
        ("Erklärungen zu häufigen Formularen", "started", ""),
        ("Nachbarschaftstreffs", "postponed", "Der zweite Raum fehlt noch."),
    ],
    2024: [
        ("Pool von Sprachmittlerinnen", "done", "32 Sprachmittlerinnen und Sprachmittler."),
        ("Mehrsprachige Elternabende", "done", "Fester Termin in jedem Schuljahr."),
        ("Erklärungen zu häufigen Formularen", "done", ""),
        (
            "Lernpatenschaften",
            "abandoned",
            "Zu wenige Ehrenamtliche; die Schulen bieten stattdessen Hausaufgabenhilfe an.",
        ),
    ],
    2025: [
        ("Fortbildung zur interkulturellen", "done", "Alle Teams mit Publikumsverkehr."),
        ("Wohnraumberatung", "done", "Übergeben an den Wohnungsbau-Verein."),
        ("Nachbarschaftstreffs", "started", "Zweiter Treff im Stadtteilzentrum."),
        ("Beratung zur Anerkennung", "done", ""),
    ],
}

# (start of the indicator's name, {year: value}), all Beispielwerte.
VALUES = [
    ("Durchschnittliche Wartezeit", {2021: 13, 2022: 11, 2023: 10, 2024: 9, 2025: 8}),
    ("Familien bei mehrsprachigen", {2021: 64, 2022: 82, 2023: 97, 2024: 118, 2025: 131}),
    ("Neue Ausbildungsverträge", {2021: 19, 2022: 17, 2023: 22, 2024: 25, 2025: 27}),
    ("Beschäftigte mit abgeschlossener", {2021: 24, 2022: 51, 2023: 73, 2024: 96, 2025: 110}),
]


def _ids(edition, kind, starts):
    """Block ids of an edition's measures or indicators, by the start of their name."""
    found = {}
    for block in edition.structure:
        for goal in block.value["goals"]:
            for child in goal[kind].bound_blocks:
                name = child.value.get("title") or child.value.get("name")
                for start in starts:
                    if name.startswith(start):
                        found[start] = child.id
    return found


def overview(ctx):
    from concepts.progress.models import ProgressOverviewPage

    return page(
        ctx.sections["concepts"],
        ProgressOverviewPage,
        "wo-stehen-wir",
        title="Wo stehen wir?",
        summary=f"Was aus dem Integrationskonzept von {ctx.municipality.name} geworden ist.",
        introduction=p(
            "Der Stand der Maßnahmen, die Kennzahlen über die Jahre und der Selbstcheck "
            "„Weltoffene Kommune“ auf einer Seite, mit allen Zahlen zum Herunterladen.",
            ILLUSTRATIVE,
        ),
    )


def build_voelklingen(ctx):
    from concepts.progress.models import IndicatorValue, MeasureStatusUpdate, ProgressReportPage

    edition = ctx.concepts.get("current") or (
        ctx.sections["concepts"].get_children().get(slug="integrationskonzept-2020").specific
    )
    measures = _ids(edition, "measures", {m for ups in UPDATES.values() for m, _s, _n in ups})
    indicators = _ids(edition, "indicators", [name for name, _v in VALUES])
    for year, updates in UPDATES.items():
        as_of = date(year, 12, 31)
        page(
            edition,
            ProgressReportPage,
            f"umsetzungsbericht-{year}",
            title=f"Umsetzungsbericht, Stand 31.12.{year}",
            as_of=as_of,
            summary=f"Der Stand der Maßnahmen und Kennzahlen Ende {year}.",
            introduction=p(
                f"Der jährliche Bericht des Integrationsbüros zum Integrationskonzept 2020, "
                f"Stand 31. Dezember {year}.",
                ILLUSTRATIVE,
            ),
            status_updates=[
                MeasureStatusUpdate(measure=measures[m], status=s, note=n)
                for m, s, n in updates
                if m in measures
            ],
            indicator_values=[
                IndicatorValue(indicator=indicators[name], year=year, value=values[year])
                for name, values in VALUES
                if name in indicators and year in values
            ],
        )
    overview(ctx)


def selbstcheck(ctx, slug, title, day, ratings, workshop=None):
    from concepts.progress.models import SelbstcheckPage, SelbstcheckRating

    return page(
        ctx.sections["concepts"],
        SelbstcheckPage,
        slug,
        title=title,
        date=day,
        workshop=workshop,
        summary="Die Selbsteinschätzung der Kommune in den sieben Handlungsfeldern.",
        introduction=p(
            "Verwaltung, Rat und Zivilgesellschaft haben gemeinsam eingeschätzt, wo die "
            "Kommune in jedem Handlungsfeld steht: von 1 (wir stehen am Anfang) bis 5 "
            "(gut aufgestellt). Es ist eine Selbsteinschätzung, kein Vergleich mit anderen "
            "Kommunen.",
            "Die Einschätzungen sind Beispielwerte der Demo.",
        ),
        ratings=[SelbstcheckRating(field_of_action=ctx.fields[s], rating=r) for s, r in ratings],
    )


SEVEN = [
    "management-steuerung",
    "interkulturelle-oeffnung-antirassismus",
    "fairer-zugang-teilhabe",
    "arbeit-wirtschaft",
    "engagement-beteiligung",
    "zusammenhalt-begegnung",
    "kommunikation-konfliktmanagement",
]


def build_kaiserslautern(ctx):
    workshop = ctx.events.get("workshop")
    selbstcheck(
        ctx,
        "selbstcheck-2021",
        "Selbstcheck „Weltoffene Kommune“ 2021",
        workshop.start.date() if workshop else date(2021, 9, 14),
        zip(SEVEN, [2, 2, 3, 3, 2, 3, 1], strict=True),
        workshop=workshop,
    )
    selbstcheck(
        ctx,
        "selbstcheck-2024",
        "Selbstcheck „Weltoffene Kommune“ 2024 (Wiederholung)",
        date(2024, 9, 17),
        zip(SEVEN, [3, 3, 3, 4, 3, 4, 3], strict=True),
    )
    overview(ctx)


def build_merzig(ctx):
    workshop = ctx.events.get("selbstcheck")
    selbstcheck(
        ctx,
        "selbstcheck-2021",
        "Selbstcheck „Weltoffene Kommune“ 2021",
        workshop.start.date() if workshop else date(2021, 10, 14),
        zip(SEVEN, [3, 2, 2, 3, 4, 3, 2], strict=True),
        workshop=workshop,
    )
    overview(ctx)
