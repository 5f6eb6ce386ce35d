"""Merzig (Saarland): the Selbstcheck workshop "Weltoffene Kommune".

Facts from the source: a workshop of four and a half hours with city staff and
council members together with Mayor Marcus Hoffeld; part of the Selbstcheck
"Weltoffene Kommune" (Bertelsmann Stiftung and PHINEO, funded by the federal
integration commissioner); moderated and accompanied by Nadine Haßlöwer
(Institut für Soziale Innovation, Düsseldorf), Claudia Walther (Bertelsmann
Stiftung) and Nils Bortloff (Fitt gGmbH Saarbrücken, who has accompanied the
intercultural opening of the administration in the IQ programme for some
years); it builds on the municipal integration concept. The source gives no
date: the dates below are illustrative.
"""

from home.municipality import Municipality
from news.models import EventContributor, EventPage

from . import progress
from .base import at as when
from .base import (
    ensure_home_contacts,
    event,
    html,
    image_block,
    item,
    p,
    person,
    picture,
    press_office,
    press_release,
    result,
    step,
    ul,
    upcoming,
)

MUNICIPALITY = Municipality(
    name="Merzig",
    official_name="Kreisstadt Merzig",
    hostname="merzig.localhost",
    port=8000,
    state="SL",
    address="Rathaus\nBrauerstraße 5\n66663 Merzig",
    phone="06861 0123-0",
    email="integration@merzig.example",
    advisory_board_name="Integrationsbeirat",
    introduction=(
        "<p>Merzig will eine Stadt sein, in der alle gut ankommen und dauerhaft mitmachen "
        "können, ganz gleich, woher sie oder ihre Eltern stammen. Hier berichtet die "
        "Kreisstadt über ihre Integrationsarbeit, den Selbstcheck „Weltoffene Kommune“ und "
        "die interkulturelle Öffnung der Verwaltung.</p>"
    ),
)

# The seven fields of the Selbstcheck, in the order of its workshops.
SELBSTCHECK = progress.SEVEN


def build_people(ctx):
    ctx.people.update(
        hoffeld=person("Marcus Hoffeld", "Bürgermeister der Kreisstadt Merzig", ctx.city),
        buero=person(
            "Integrationsbüro",
            "Ansprechstelle für Integration, Kreisstadt Merzig",
            ctx.city,
            phone=MUNICIPALITY.phone,
            email="integration@merzig.example",
        ),
        presse=press_office(ctx),
    )
    ensure_home_contacts(ctx, [ctx.people["buero"], ctx.people["presse"]])


def build_events(ctx):
    people = ctx.people
    image = picture(ctx, "Merzig – Selbstcheck-Workshop", "tiles", "wald", 21)
    ctx.events["selbstcheck"] = event(
        ctx,
        "selbstcheck-weltoffene-kommune",
        title="Selbstcheck „Weltoffene Kommune“: Workshop von Verwaltung und Rat",
        format=EventPage.Format.SELBSTCHECK,
        # Illustrative date; the four and a half hours are from the source.
        start=when(2021, 10, 14, 13, 30),
        end=when(2021, 10, 14, 18, 0),
        venue="Rathaus",
        address="Brauerstraße 5, 66663 Merzig",
        participants="Beschäftigte der Stadtverwaltung, Mitglieder des Stadtrats, Bürgermeister",
        summary=(
            "Viereinhalb Stunden lang haben Verwaltung und Rat gemeinsam mit dem Bürgermeister "
            "geprüft, wo Merzig auf dem Weg zur weltoffenen Kommune steht und was als "
            "Nächstes kommt."
        ),
        listing_image=image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.HOST, people["hoffeld"]),
            (EventContributor.Role.MODERATION, people["hassloewer"]),
            (EventContributor.Role.MODERATION, people["walther"]),
            (EventContributor.Role.FACILITATION, people["bortloff"]),
            (EventContributor.Role.FACILITATION, people["bertelsmann"]),
            (EventContributor.Role.FACILITATION, people["phineo"]),
        ],
        agenda=[
            item("13:30", "Begrüßung", "Bürgermeister Marcus Hoffeld"),
            item("13:45", "Der Selbstcheck: Ablauf und Handlungsfelder", "Claudia Walther"),
            item("14:15", "Wo stehen wir? Auswertung je Handlungsfeld", "Nadine Haßlöwer"),
            item("15:45", "Pause"),
            item("16:00", "Wie geht es weiter? Ideen sammeln und ordnen"),
            item(
                "17:15",
                "Erfahrungen aus der interkulturellen Öffnung der Verwaltung",
                "Nils Bortloff",
            ),
            item("17:45", "Zusammenfassung und Ausblick"),
        ],
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Die Kreisstadt beteiligt sich am Selbstcheck „Weltoffene Kommune“ der "
                        "Bertelsmann Stiftung und von PHINEO, gefördert von der "
                        "Integrationsbeauftragten des Bundes. Kommunen prüfen darin selbst, "
                        "wo ihre Arbeit schon trägt und wo sie besser werden kann."
                    ),
                    p(
                        "Die Teilnehmenden waren sich einig: Das kommunale "
                        "Integrationskonzept gibt der Arbeit seit Jahren eine Richtung, und "
                        "viele Partnerinnen und Partner aus der Stadtgesellschaft setzen "
                        "Projekte um. Zugleich bleibt einiges zu tun."
                    ),
                ),
            ),
            image_block(image, "Viele Handlungsfelder, ein Bild der Stadt (Symbolgrafik)"),
            (
                "paragraph",
                p(
                    "Hinweis: Die Einschätzungen von 1 bis 5 je Handlungsfeld sind "
                    "Beispielwerte dieser Demo, keine Ergebnisse der Kreisstadt."
                ),
            ),
        ],
        results=[
            result(
                ctx,
                "management-steuerung",
                p(
                    "Das Integrationskonzept legt Leitlinien fest. Künftig sollen Ziele mit "
                    "Kennzahlen hinterlegt und dem Rat regelmäßig berichtet werden."
                ),
                3,
            ),
            result(
                ctx,
                "interkulturelle-oeffnung-antirassismus",
                p(
                    "Die interkulturelle Öffnung der Verwaltung wird seit einigen Jahren im "
                    "Rahmen des IQ-Programms begleitet. Fortbildungen sollen alle Ämter "
                    "erreichen, nicht nur die mit viel Publikumsverkehr."
                ),
                3,
            ),
            result(
                ctx,
                "fairer-zugang-teilhabe",
                p(
                    "Es gibt viele Beratungsangebote, aber nicht alle kennen sie. Ein "
                    "gemeinsamer Wegweiser in mehreren Sprachen wäre ein erster Schritt."
                ),
                3,
            ),
            result(
                ctx,
                "arbeit-wirtschaft",
                p(
                    "Kontakte zu Betrieben bestehen, aber eher im Einzelfall. Gewünscht ist "
                    "ein fester Austausch mit Wirtschaft, Jobcenter und Kammern."
                ),
                2,
            ),
            result(
                ctx,
                "engagement-beteiligung",
                p(
                    "Viele Vereine, Initiativen und Ehrenamtliche tragen Projekte. Sie "
                    "wünschen sich eine feste Ansprechstelle in der Verwaltung."
                ),
                4,
            ),
            result(
                ctx,
                "zusammenhalt-begegnung",
                p(
                    "Feste und Begegnungsangebote werben für Merzig als Stadt der Vielfalt. "
                    "In einzelnen Stadtteilen fehlen offene Treffpunkte."
                ),
                4,
            ),
            result(
                ctx,
                "kommunikation-konfliktmanagement",
                p(
                    "Was gelingt, wird noch zu selten gezeigt. Für Konflikte im Zusammenleben "
                    "gibt es bisher kein abgestimmtes Vorgehen."
                ),
                2,
            ),
        ],
        gaps=ul(
            "Ziele des Integrationskonzepts messbar machen und regelmäßig berichten",
            "Beratungsangebote bekannter machen, auch in anderen Sprachen",
            "Feste Zusammenarbeit mit Betrieben und Kammern aufbauen",
            "Ein Verfahren für Konflikte im Zusammenleben vereinbaren",
        ),
        next_steps=[
            step(
                "Ideen aus dem Workshop auswerten",
                "Die Verwaltung ordnet die Vorschläge und macht daraus umsetzbare Maßnahmen.",
                "Stadtverwaltung",
                "in den folgenden Monaten",
            ),
            step(
                "Interkulturelle Öffnung der Verwaltung fortsetzen",
                "",
                "Stadtverwaltung mit Fitt gGmbH",
                "fortlaufend",
            ),
            step("Rat über die Ergebnisse informieren", "", "Bürgermeister", "nächste Sitzung"),
        ],
        fields_of_action=SELBSTCHECK,
    )

    start, end = upcoming(weeks=6, weekday=3)
    talk_image = picture(ctx, "Merzig – Werkstattgespräch", "ribbons", "wald", 26)
    ctx.events["werkstatt"] = event(
        ctx,
        "werkstattgespraech-weltoffene-stadt",
        title="Werkstattgespräch: Was ist aus den Ideen des Selbstchecks geworden?",
        format=EventPage.Format.WORKSHOP,
        start=start,
        end=end,
        venue="Rathaus",
        address="Brauerstraße 5, 66663 Merzig",
        summary=(
            "Die Verwaltung berichtet, welche Vorschläge aus dem Selbstcheck umgesetzt sind, "
            "und sammelt mit Vereinen und Initiativen neue Ideen."
        ),
        listing_image=talk_image,
        contributors=[(EventContributor.Role.ORGANISER, ctx.city)],
        agenda=[
            item("18:00", "Begrüßung"),
            item("18:15", "Bericht: Was aus dem Selbstcheck geworden ist", "Integrationsbüro"),
            item("18:45", "Gespräch in kleinen Gruppen"),
            item("19:45", "Verabredungen für das nächste Jahr"),
        ],
        body=[
            (
                "paragraph",
                p(
                    "Eingeladen sind Vereine, Initiativen, Ehrenamtliche und alle, die in "
                    "Merzig an einem guten Miteinander arbeiten. Eine Anmeldung beim "
                    "Integrationsbüro hilft bei der Planung."
                ),
            ),
            image_block(talk_image, "Gemeinsam weiterarbeiten (Symbolgrafik)"),
            ("contact", {"person": people["buero"]}),
        ],
        fields_of_action=["engagement-beteiligung", "zusammenhalt-begegnung"],
    )


def build_press(ctx):
    image = picture(ctx, "Merzig – Pressemitteilung Selbstcheck", "circles", "wald", 121)
    press_release(
        ctx,
        "merzig-prueft-integrationsarbeit-im-selbstcheck",
        title="Merzig prüft seine Integrationsarbeit im Selbstcheck",
        date=when(2021, 10, 20, 10, 0),
        place="Merzig",
        lead=(
            "Verwaltung und Stadtrat haben mit Bürgermeister Marcus Hoffeld in einem "
            "viereinhalbstündigen Workshop geprüft, wo die Kreisstadt auf dem Weg zur "
            "weltoffenen Kommune steht. Das Ergebnis: Vieles läuft gut, einiges bleibt zu tun."
        ),
        summary="Workshop im Projekt „Weltoffene Kommune“: Verwaltung und Rat ziehen Bilanz.",
        listing_image=image,
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Die Kreisstadt Merzig nimmt am Selbstcheck „Weltoffene Kommune“ teil, "
                        "einem Projekt der Bertelsmann Stiftung und von PHINEO. Gefördert wird "
                        "es von der Integrationsbeauftragten der Bundesregierung."
                    ),
                    p(
                        "Im Workshop ging es um zwei Fragen: Wo stehen wir heute? Und wie "
                        "geht es weiter? Grundlage ist das kommunale Integrationskonzept, das "
                        "der Arbeit seit Jahren Leitlinien gibt."
                    ),
                ),
            ),
            image_block(image, "Verschiedene Sichtweisen, ein gemeinsames Ziel (Symbolgrafik)"),
            ("heading", "Fachliche Begleitung"),
            (
                "paragraph",
                p(
                    "Moderiert und begleitet wurde der Workshop von Nadine Haßlöwer vom "
                    "Institut für Soziale Innovation in Düsseldorf, Claudia Walther von der "
                    "Bertelsmann Stiftung und Nils Bortloff von der Fitt gGmbH in Saarbrücken. "
                    "Er unterstützt die Stadtverwaltung schon seit einigen Jahren bei ihrer "
                    "interkulturellen Öffnung im bundesweiten IQ-Programm."
                ),
            ),
            ("heading", "Wie es weitergeht"),
            (
                "paragraph",
                p(
                    "Die Teilnehmenden haben zahlreiche Ideen gesammelt. Die Stadtverwaltung "
                    "wertet sie nun aus und setzt sie Schritt für Schritt um."
                ),
            ),
            ("contact", {"person": ctx.people["buero"]}),
        ],
        related_event=ctx.events["selbstcheck"],
        fields_of_action=SELBSTCHECK,
    )


PARTS = [
    ("Personen und Ansprechpersonen", build_people),
    ("Veranstaltungen und Bilder", build_events),
    ("Selbstcheck und Wo stehen wir?", progress.build_merzig),
    ("Pressemitteilung", build_press),
]
