"""Kaiserslautern (Rheinland-Pfalz): first workshop of "Weltoffene Kommune".

Facts from the source: one of 21 model cities; after delays caused by the
pandemic the first workshop took place on a Tuesday in the Alte Eintracht,
led by Claudia Walther (Bertelsmann Stiftung); about 30 experts from the
city's integration work assessed seven fields of action; much works well,
gaps: meeting places, reaching target groups and dialogue with them,
structural and everyday racism; a task force of administration,
Migrationsbeirat, Jugendparlament and NGOs; exchange with the other model
municipalities; a further workshop in autumn if the pandemic allows. The
source gives no date: the date and the ratings below are illustrative.
"""

from home.models import Organisation
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
    organisation,
    p,
    person,
    picture,
    press_office,
    press_release,
    quote,
    result,
    step,
    ul,
    upcoming,
)

MUNICIPALITY = Municipality(
    name="Kaiserslautern",
    official_name="Stadt Kaiserslautern",
    hostname="kaiserslautern.localhost",
    port=8000,
    state="RP",
    address="Rathaus\nWilly-Brandt-Platz 1\n67657 Kaiserslautern",
    phone="0631 0123-0",
    email="integration@kaiserslautern.example",
    advisory_board_name="Migrationsbeirat",
    introduction=(
        "<p>Kaiserslautern ist eine von 21 Modellstädten im Projekt „Weltoffene Kommune“. "
        "Gemeinsam mit Fachleuten aus der Stadtgesellschaft prüft die Stadt, wo ihre "
        "Integrationsarbeit steht und was sie noch besser machen kann.</p>"
    ),
)

# The seven fields of the Selbstcheck, in the order of its workshops.
SELBSTCHECK = progress.SEVEN


def build_people(ctx):
    kind = Organisation.Kind
    ctx.people.update(
        buero=person(
            "Integrationsbüro",
            "Ansprechstelle für das Projekt „Weltoffene Kommune“, Stadt Kaiserslautern",
            ctx.city,
            phone=MUNICIPALITY.phone,
            email="integration@kaiserslautern.example",
        ),
        presse=press_office(ctx),
        beirat=organisation(
            "Migrationsbeirat Kaiserslautern", kind.ADVISORY_BOARD, city="Kaiserslautern"
        ),
        jugendparlament=organisation(
            "Jugendparlament Kaiserslautern", kind.OTHER, city="Kaiserslautern"
        ),
    )
    ensure_home_contacts(ctx, [ctx.people["buero"], ctx.people["presse"]])


def build_events(ctx):
    people = ctx.people
    image = picture(
        ctx, "Kaiserslautern – Erster Workshop Weltoffene Kommune", "tiles", "stein", 22
    )
    ctx.events["workshop"] = event(
        ctx,
        "erster-workshop-weltoffene-kommune",
        title="Erster Workshop „Weltoffene Kommune“ in der Alten Eintracht",
        format=EventPage.Format.SELBSTCHECK,
        # The source says "on Tuesday", after pandemic delays, before autumn:
        # this date and the times are illustrative.
        start=when(2020, 9, 1, 14, 0),
        end=when(2020, 9, 1, 18, 0),
        venue="Alte Eintracht",
        address="Kaiserslautern",
        participant_count=30,
        participants=(
            "Fachleute aus der städtischen Integrationsarbeit: Verwaltung, Migrationsbeirat, "
            "Träger und Initiativen"
        ),
        summary=(
            "Rund 30 Fachleute haben eingeschätzt, wo Kaiserslautern in sieben "
            "Handlungsfeldern steht. Vieles läuft gut; bei Begegnungsorten, Dialog und "
            "Rassismus gibt es Handlungsbedarf."
        ),
        listing_image=image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.MODERATION, people["walther"]),
            (EventContributor.Role.FACILITATION, people["bertelsmann"]),
            (EventContributor.Role.FACILITATION, people["phineo"]),
        ],
        agenda=[
            item("14:00", "Begrüßung und Einführung", "Claudia Walther"),
            item("14:30", "Arbeit in kleinen Gruppen zu den sieben Handlungsfeldern"),
            item("16:30", "Ergebnisse im Plenum"),
            item("17:30", "Gründung der Taskforce und Ausblick"),
        ],
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Kaiserslautern hat sich erfolgreich für das Projekt „Weltoffene "
                        "Kommune“ beworben und gehört damit zu 21 Modellstädten in "
                        "Deutschland. Sie lassen ihre Integrationsarbeit gemeinsam mit "
                        "externen Fachleuten prüfen, um sie weiter zu verbessern."
                    ),
                    p(
                        "Nach Verzögerungen durch die Pandemie fand der erste Workshop in der "
                        "Alten Eintracht statt, geleitet von Claudia Walther von der "
                        "Bertelsmann Stiftung. Gearbeitet wurde in kleinen Gruppen, zum Teil "
                        "im Freien."
                    ),
                ),
            ),
            image_block(image, "Sieben Handlungsfelder im Blick (Symbolgrafik)"),
            quote(
                "Wir sehen viele Städte im ganzen Land. Kaiserslautern ist auf dem Weg zur "
                "Weltoffenheit schon weit gekommen. Wenn der Schwung aus diesem Workshop "
                "anhält, wird man die Verbesserungen bald spüren.",
                "Claudia Walther",
                "Projektmanagerin, Bertelsmann Stiftung",
            ),
            (
                "paragraph",
                p(
                    "Hinweis: Die Einschätzungen von 1 bis 5 je Handlungsfeld sind "
                    "Beispielwerte dieser Demo. Sie geben nicht das Ergebnis des Workshops "
                    "wieder."
                ),
            ),
        ],
        results=[
            result(
                ctx,
                "management-steuerung",
                p(
                    "Zuständigkeiten sind geklärt. Die Ergebnisse des Selbstchecks sollen mit "
                    "den bestehenden Gremien verknüpft werden."
                ),
                3,
            ),
            result(
                ctx,
                "interkulturelle-oeffnung-antirassismus",
                p(
                    "Bei strukturellem Rassismus und Rassismus im Alltag gibt es deutliche "
                    "Defizite. Das Thema braucht einen festen Platz in der Arbeit."
                ),
                2,
            ),
            result(
                ctx,
                "fairer-zugang-teilhabe",
                p(
                    "Es gibt gute Angebote, aber viele Zielgruppen werden schwer erreicht. "
                    "Informationen müssen dorthin, wo die Menschen sind."
                ),
                3,
            ),
            result(
                ctx,
                "arbeit-wirtschaft",
                p("Die Zusammenarbeit mit Jobcenter und Betrieben läuft in weiten Teilen gut."),
                4,
            ),
            result(
                ctx,
                "engagement-beteiligung",
                p(
                    "Migrationsbeirat, Jugendparlament und viele Träger sind aktiv. Ihre "
                    "Arbeit soll stärker gebündelt werden."
                ),
                4,
            ),
            result(
                ctx,
                "zusammenhalt-begegnung",
                p("Es fehlen Räume, in denen sich Menschen zwanglos begegnen können."),
                2,
            ),
            result(
                ctx,
                "kommunikation-konfliktmanagement",
                p(
                    "Der Dialog mit den Zielgruppen ist noch zu schwach. Gewünscht sind "
                    "regelmäßige Gesprächsformate."
                ),
                2,
            ),
        ],
        gaps=ul(
            "Es fehlt an Begegnungsräumen.",
            "Zielgruppen werden schwer erreicht, der Dialog mit ihnen ist ausbaufähig.",
            "Bei strukturellem und alltäglichem Rassismus gibt es Defizite.",
        ),
        next_steps=[
            step(
                "Taskforce „Weltoffene Kommune“",
                "Vertreterinnen und Vertreter aus Verwaltung, Migrationsbeirat, "
                "Jugendparlament und Trägern der Integrationsarbeit verknüpfen die "
                "Ergebnisse mit den bestehenden Strukturen der Stadt.",
                "Taskforce",
                "ab sofort",
            ),
            step(
                "Austausch mit den anderen Modellkommunen",
                "",
                "Taskforce",
                "während der Projektlaufzeit",
            ),
            step(
                "Zweiter Workshop",
                "Findet statt, sofern die Pandemie es zulässt.",
                "Stadt Kaiserslautern mit Bertelsmann Stiftung",
                "Herbst 2020",
            ),
        ],
        fields_of_action=SELBSTCHECK,
    )

    start, end = upcoming(weeks=3, weekday=1)
    follow_image = picture(ctx, "Kaiserslautern – Taskforce Folgeworkshop", "network", "stein", 29)
    ctx.events["taskforce"] = event(
        ctx,
        "taskforce-folgeworkshop-begegnung-und-dialog",
        title="Taskforce „Weltoffene Kommune“: Folgeworkshop Begegnung und Dialog",
        format=EventPage.Format.WORKSHOP,
        start=start,
        end=end,
        venue="Rathaus",
        address="Willy-Brandt-Platz 1, 67657 Kaiserslautern",
        summary=(
            "Die Taskforce arbeitet an den Lücken aus dem Selbstcheck weiter: mehr Orte der "
            "Begegnung und besserer Dialog mit den Zielgruppen."
        ),
        listing_image=follow_image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.FACILITATION, people["beirat"]),
            (EventContributor.Role.FACILITATION, people["jugendparlament"]),
        ],
        agenda=[
            item("18:00", "Begrüßung und Stand der Taskforce"),
            item("18:20", "Werkstatt: Wo können Begegnungsorte entstehen?"),
            item("19:10", "Werkstatt: Wie erreichen wir mehr Menschen?"),
            item("19:45", "Verabredungen"),
        ],
        body=[
            (
                "paragraph",
                p(
                    "Eingeladen sind die Mitglieder der Taskforce und alle Träger der "
                    "Integrationsarbeit. Gäste sind willkommen; bitte beim Integrationsbüro "
                    "anmelden."
                ),
            ),
            image_block(follow_image, "Verbindungen knüpfen (Symbolgrafik)"),
            ("contact", {"person": people["buero"]}),
        ],
        fields_of_action=["zusammenhalt-begegnung", "kommunikation-konfliktmanagement"],
    )


def build_press(ctx):
    image = picture(ctx, "Kaiserslautern – Pressemitteilung Workshop", "ribbons", "stein", 124)
    press_release(
        ctx,
        "weltoffene-kommune-erster-workshop",
        title="Weltoffene Kommune: Kaiserslautern nimmt seine Integrationsarbeit unter die Lupe",
        date=when(2020, 9, 3, 10, 0),
        place="Kaiserslautern",
        lead=(
            "Rund 30 Fachleute aus der Integrationsarbeit haben in der Alten Eintracht "
            "eingeschätzt, wo die Stadt in sieben Handlungsfeldern steht. Eine neue "
            "Taskforce kümmert sich nun um die Lücken, die der Workshop gezeigt hat."
        ),
        summary="Erster Workshop im Projekt „Weltoffene Kommune“: viel Gutes, klare Aufgaben.",
        listing_image=image,
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Seit einigen Wochen ist Kaiserslautern eine von 21 Modellstädten im "
                        "Projekt „Weltoffene Kommune“. Das Projekt gehört zum Nationalen "
                        "Aktionsplan Integration der Bundesregierung. PHINEO und die "
                        "Bertelsmann Stiftung setzen es um, gefördert von der "
                        "Integrationsbeauftragten der Bundesregierung. Für die Stadt ist die "
                        "Teilnahme kostenlos."
                    ),
                    p(
                        "Den ersten Workshop leitete Claudia Walther von der Bertelsmann "
                        "Stiftung. Die sieben Handlungsfelder gibt die Stiftung für alle "
                        "Modellkommunen gleich vor."
                    ),
                ),
            ),
            quote(
                "Wir sehen viele Städte im ganzen Land. Kaiserslautern ist auf dem Weg zur "
                "Weltoffenheit schon weit gekommen.",
                "Claudia Walther",
                "Projektmanagerin, Bertelsmann Stiftung",
            ),
            image_block(image, "Unterschiedliche Wege, eine Richtung (Symbolgrafik)"),
            ("heading", "Wo es noch hakt"),
            (
                "paragraph",
                p(
                    "Vieles läuft in Kaiserslautern gut, manches sogar sehr gut. Es fehlt "
                    "aber an Begegnungsräumen, die Zielgruppen werden schwer erreicht, und "
                    "beim strukturellen und alltäglichen Rassismus sehen die Fachleute "
                    "Defizite."
                ),
            ),
            ("heading", "Die Taskforce"),
            (
                "paragraph",
                p(
                    "In der Taskforce arbeiten Verwaltung, Migrationsbeirat, Jugendparlament "
                    "und Träger der Integrationsarbeit zusammen. Sie verknüpft die Ergebnisse "
                    "mit den bestehenden Strukturen und tauscht sich mit den anderen "
                    "Modellkommunen aus. Wenn die Pandemie es erlaubt, folgt im Herbst ein "
                    "zweiter Workshop."
                ),
            ),
            ("contact", {"person": ctx.people["buero"]}),
        ],
        related_event=ctx.events["workshop"],
        fields_of_action=SELBSTCHECK,
    )


PARTS = [
    ("Personen und Ansprechpersonen", build_people),
    ("Veranstaltungen und Bilder", build_events),
    ("Selbstcheck und Wiederholung, Wo stehen wir?", progress.build_kaiserslautern),
    ("Pressemitteilung", build_press),
]
