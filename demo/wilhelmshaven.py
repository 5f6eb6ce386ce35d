"""Wilhelmshaven (Niedersachsen): model municipality of "Weltoffene Kommune" since 2021.

Facts from the source: the "Handlungskonzept Integration" exists; the city
applied successfully as a model municipality; online kick-off on 29 June 2021
opened by Armin Schönfelder (Erster Stadtrat and Integrationsbeauftragter);
Rainer Päsler heads the Migrationsbüro and is the contact (phone and e-mail
are public in the article); equality officer Cordula Franke works in the
project to involve migrant women; a Selbstcheck workshop and a broad dialogue
event with migrants were planned for later in 2021; further parts: offers for
decision makers and exchange with other model municipalities.
"""

from home.municipality import Municipality
from news.models import EventContributor, EventPage

from .base import at as when
from .base import (
    edition,
    ensure_home_contacts,
    event,
    goal,
    html,
    image_block,
    indicator,
    item,
    measure,
    p,
    person,
    picture,
    press_office,
    press_release,
    quote,
    section,
    step,
    upcoming,
)

MUNICIPALITY = Municipality(
    name="Wilhelmshaven",
    official_name="Stadt Wilhelmshaven",
    hostname="wilhelmshaven.localhost",
    port=8000,
    state="NI",
    address="Rathaus\nRathausplatz 1\n26382 Wilhelmshaven",
    phone="04421 0123-0",
    email="integration@wilhelmshaven.example",
    advisory_board_name="Integrationsbeirat",
    introduction=(
        "<p>Wilhelmshaven will, dass das Zusammenleben in Vielfalt im Alltag gelingt, "
        "unabhängig von Herkunft, Weltanschauung und Religion. Grundlage ist das "
        "Handlungskonzept Integration. Seit 2021 ist die Jadestadt außerdem Modellkommune "
        "im Projekt „Weltoffene Kommune“.</p>"
    ),
)


def build_people(ctx):
    city = ctx.city
    ctx.people.update(
        schoenfelder=person(
            "Armin Schönfelder",
            "Erster Stadtrat und Integrationsbeauftragter der Stadt Wilhelmshaven",
            city,
        ),
        # Phone and e-mail as published in the source for this role.
        paesler=person(
            "Rainer Päsler",
            "Leiter des Migrationsbüros; Ansprechpartner für das Modellprojekt "
            "„Weltoffene Kommune“",
            city,
            phone="04421 7495611",
            email="rainer.paesler@wilhelmshaven.de",
        ),
        franke=person("Cordula Franke", "Gleichstellungsbeauftragte der Stadt Wilhelmshaven", city),
        presse=press_office(ctx),
    )
    ensure_home_contacts(ctx, [ctx.people["paesler"], ctx.people["presse"]])


def build_concept(ctx):
    ctx.concepts["current"] = edition(
        ctx,
        "handlungskonzept-integration",
        title="Handlungskonzept Integration",
        # The source only says the concept exists before 2021; the year is illustrative.
        year=2018,
        status="adopted",
        decision_body="Rat der Stadt Wilhelmshaven",
        lead_office="Migrationsbüro",
        summary=(
            "Mit dem Handlungskonzept Integration haben Politik und Verwaltung festgelegt, "
            "wie Wilhelmshaven neu zugewanderte Menschen auf ihrem Weg in die Stadtgesellschaft "
            "begleitet."
        ),
        listing_image=picture(
            ctx, "Wilhelmshaven – Handlungskonzept Integration", "hills", "wasser", 18
        ),
        pdf_title="Handlungskonzept Integration der Stadt Wilhelmshaven",
        mission=[
            "Wilhelmshaven ist offen für Menschen, die neu in die Stadt kommen. Wer hier lebt, "
            "soll die gleichen Möglichkeiten haben, sich einzubringen, unabhängig von "
            "Herkunft, Weltanschauung und Religion.",
            "Integration gelingt im Alltag: in der Schule, am Arbeitsplatz, im Verein und in "
            "der Nachbarschaft. Die Stadt vernetzt die Beteiligten und sorgt dafür, dass "
            "Angebote bekannt und erreichbar sind.",
        ],
        guiding_goals=[
            "Neu Zugewanderte finden schnell Orientierung und Beratung.",
            "Deutsch lernen ist für alle möglich, auch mit kleinen Kindern.",
            "Der Weg in Ausbildung und Arbeit wird kürzer.",
            "Zugewanderte reden bei den Fragen mit, die sie betreffen.",
        ],
        structure=[
            section(
                ctx,
                "sprache",
                "",
                [
                    goal(
                        "Sprachkurse für alle erreichbar machen",
                        "",
                        [
                            measure(
                                "Sprachkurse mit Kinderbetreuung",
                                "Migrationsbüro",
                                "Kursträger, Kindertagesstätten",
                                "ab 2019",
                                "running",
                            ),
                            measure(
                                "Sprachcafés in Stadtteiltreffs",
                                "Stadtteiltreffs",
                                "Ehrenamtliche, Migrationsbüro",
                                "fortlaufend",
                                "running",
                            ),
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "arbeit-ausbildung",
                "",
                [
                    goal(
                        "Den Weg in Ausbildung und Arbeit verkürzen",
                        "",
                        [
                            measure(
                                "Lotsinnen und Lotsen für die Anerkennung von Abschlüssen",
                                "Jobcenter",
                                "Agentur für Arbeit, Kammern, Migrationsbüro",
                                "2019–2022",
                                "done",
                            )
                        ],
                        [
                            indicator(
                                "Zugewanderte in sozialversicherungspflichtiger Beschäftigung",
                                "2018",
                                "steigend",
                                "Agentur für Arbeit",
                            )
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "familie",
                "",
                [
                    goal(
                        "Familien beim Ankommen begleiten",
                        "",
                        [
                            measure(
                                "Willkommensbesuche und Elterncafés",
                                "Migrationsbüro",
                                "Familienzentren, Wohlfahrtsverbände",
                                "ab 2019",
                                "running",
                            )
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "partizipation",
                "",
                [
                    goal(
                        "Zugewanderte beteiligen, besonders Frauen",
                        "",
                        [
                            measure(
                                "Dialogveranstaltungen mit Migrantinnen und Migranten",
                                "Migrationsbüro",
                                "Gleichstellungsbeauftragte, Migrantenorganisationen",
                                "ab 2021",
                                "running",
                            ),
                            measure(
                                "Selbstcheck „Weltoffene Kommune“",
                                "Migrationsbüro",
                                "PHINEO, Bertelsmann Stiftung",
                                "2021–2022",
                                "done",
                            ),
                        ],
                    )
                ],
            ),
        ],
    )


def build_events(ctx):
    people = ctx.people
    image = picture(ctx, "Wilhelmshaven – Online-Auftakt 2021", "network", "wasser", 21)
    ctx.events["kickoff"] = event(
        ctx,
        "online-auftakt-weltoffene-kommune",
        title="Online-Auftakt: Wilhelmshaven wird Modellkommune „Weltoffene Kommune“",
        format=EventPage.Format.KICKOFF,
        # The date is from the source; the times are illustrative.
        start=when(2021, 6, 29, 10, 0),
        end=when(2021, 6, 29, 12, 0),
        venue="Online-Veranstaltung",
        online=True,
        participants="Stadtverwaltung, Projektteam von PHINEO und Bertelsmann Stiftung",
        summary=(
            "Mit einer Online-Veranstaltung hat Wilhelmshaven seine Teilnahme am "
            "bundesweiten Modellprojekt „Weltoffene Kommune“ eröffnet."
        ),
        listing_image=image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.HOST, people["schoenfelder"]),
            (EventContributor.Role.SPEAKER, people["paesler"]),
            (EventContributor.Role.FACILITATION, people["franke"]),
            (EventContributor.Role.FACILITATION, people["phineo"]),
            (EventContributor.Role.FACILITATION, people["bertelsmann"]),
        ],
        agenda=[
            item("10:00", "Eröffnung", "Erster Stadtrat Armin Schönfelder"),
            item("10:15", "Das Modellprojekt und der Selbstcheck", "Rainer Päsler"),
            item("10:45", "Migrantische Frauen beteiligen", "Cordula Franke"),
            item("11:15", "Fragen und nächste Schritte"),
        ],
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Wilhelmshaven hat sich erfolgreich als Modellkommune im Projekt "
                        "„Weltoffene Kommune“ beworben. Der Erste Stadtrat und "
                        "Integrationsbeauftragte Armin Schönfelder eröffnete den Prozess in "
                        "einer Online-Veranstaltung."
                    ),
                    p(
                        "Das Projekt führen PHINEO und die Bertelsmann Stiftung durch, "
                        "unterstützt von der Bundesbeauftragten für Migration, Flüchtlinge "
                        "und Integration."
                    ),
                ),
            ),
            image_block(image, "Vernetzt arbeiten (Symbolgrafik)"),
            quote(
                "Mit dem Selbstcheck bekommen wir ein ehrliches Bild davon, wo Verwaltung und "
                "Stadtgesellschaft heute stehen. Und wir haben einen Anlass, unsere Politik "
                "für ein vielfältiges Miteinander gemeinsam weiterzuentwickeln.",
                "Rainer Päsler",
                "Leiter des Migrationsbüros",
            ),
        ],
        next_steps=[
            step(
                "Selbstcheck-Workshop",
                "Verwaltung und Beteiligte der Integrationsarbeit schätzen gemeinsam ein, wo "
                "die Stadt steht.",
                "Migrationsbüro",
                "2021",
            ),
            step(
                "Breit angelegte Dialogveranstaltung",
                "Migrantinnen und Migranten und alle, die in der Integrationsarbeit aktiv "
                "sind, kommen miteinander ins Gespräch.",
                "Migrationsbüro",
                "2021",
            ),
            step(
                "Migrantische Frauen gezielt einbeziehen",
                "",
                "Gleichstellungsbeauftragte",
                "von Anfang an",
            ),
            step(
                "Angebote für Entscheidungsträger und Austausch mit anderen Modellkommunen",
                "",
                "PHINEO und Bertelsmann Stiftung",
                "während der Projektlaufzeit",
            ),
        ],
        related_concept=ctx.concepts["current"],
        fields_of_action=["engagement-beteiligung", "zusammenhalt-begegnung", "partizipation"],
    )

    start, end = upcoming(weeks=5, weekday=1)
    talk_image = picture(ctx, "Wilhelmshaven – Dialogabend", "circles", "wasser", 27)
    ctx.events["dialog"] = event(
        ctx,
        "dialogabend-zusammenleben-in-vielfalt",
        title="Dialogabend: Zusammenleben in Vielfalt",
        format=EventPage.Format.DIALOGUE,
        start=start,
        end=end,
        venue="Rathaus",
        address="Rathausplatz 1, 26382 Wilhelmshaven",
        summary=(
            "Ein Abend zum Zuhören und Mitreden: Migrantinnen und Migranten, Vereine und "
            "Verwaltung sprechen darüber, was das Zusammenleben in der Stadt stärkt."
        ),
        listing_image=talk_image,
        contributors=[(EventContributor.Role.ORGANISER, ctx.city)],
        agenda=[
            item("18:00", "Ankommen und Begrüßung"),
            item("18:15", "Gespräche an Tischen, auf Wunsch mit Sprachmittlung"),
            item("19:30", "Was wir mitnehmen", "Migrationsbüro"),
        ],
        body=[
            (
                "paragraph",
                p(
                    "Der Dialogabend setzt fort, was mit dem Modellprojekt „Weltoffene "
                    "Kommune“ begonnen hat. Besonders willkommen sind Frauen mit "
                    "Einwanderungsgeschichte. Wer eine Sprachmittlung braucht, sagt bitte "
                    "bei der Anmeldung Bescheid."
                ),
            ),
            image_block(talk_image, "Miteinander ins Gespräch kommen (Symbolgrafik)"),
            ("contact", {"person": people["paesler"]}),
        ],
        related_concept=ctx.concepts["current"],
        fields_of_action=["zusammenhalt-begegnung", "partizipation"],
    )


def build_press(ctx):
    people = ctx.people
    image = picture(ctx, "Wilhelmshaven – Pressemitteilung Modellprojekt", "ribbons", "wasser", 129)
    press_release(
        ctx,
        "wilhelmshaven-ist-modellkommune-weltoffene-kommune",
        title="Wilhelmshaven ist Modellkommune im Projekt „Weltoffene Kommune“",
        date=when(2021, 6, 29, 14, 0),
        place="Wilhelmshaven",
        lead=(
            "Mit einer Online-Auftaktveranstaltung hat Wilhelmshaven seine Arbeit als "
            "Modellkommune begonnen. Ein Selbstcheck-Workshop und eine Dialogveranstaltung "
            "mit Migrantinnen und Migranten sollen noch in diesem Jahr folgen."
        ),
        summary="Online-Auftakt: Wilhelmshaven beteiligt sich am Modellprojekt.",
        listing_image=image,
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Mit dem Handlungskonzept Integration haben Politik und Verwaltung "
                        "bereits die Richtung vorgegeben. Nun geht die Stadt einen Schritt "
                        "weiter: Sie will wissen, wie das Zusammenleben in Vielfalt im Alltag "
                        "noch besser gelingen kann."
                    ),
                    p(
                        "Eröffnet hat den Prozess der Erste Stadtrat und "
                        "Integrationsbeauftragte Armin Schönfelder. Rainer Päsler, Leiter des "
                        "Migrationsbüros, erklärte, was der Selbstcheck für die "
                        "Integrationsarbeit bedeutet."
                    ),
                ),
            ),
            quote(
                "Zur Dialogveranstaltung sollen möglichst viele kommen, vor allem Menschen, "
                "die selbst eingewandert sind. Wir wollen von ihnen hören.",
                "Rainer Päsler",
                "Leiter des Migrationsbüros",
            ),
            image_block(image, "Viele Wege, ein gemeinsames Ziel (Symbolgrafik)"),
            ("heading", "Frauen gezielt einbeziehen"),
            (
                "paragraph",
                p(
                    "Damit auch Frauen mit Einwanderungsgeschichte mitreden, arbeitet die "
                    "Gleichstellungsbeauftragte Cordula Franke von Beginn an im Projekt mit."
                ),
            ),
            ("heading", "Mitmachen"),
            (
                "paragraph",
                p(
                    "Wer eine Einwanderungsgeschichte hat und sich einbringen möchte, "
                    "erreicht Rainer Päsler telefonisch unter 04421 7495611 oder per E-Mail "
                    "an rainer.paesler@wilhelmshaven.de."
                ),
            ),
            ("contact", {"person": people["paesler"]}),
        ],
        related_concept=ctx.concepts["current"],
        related_event=ctx.events["kickoff"],
        fields_of_action=["engagement-beteiligung", "partizipation"],
    )


PARTS = [
    ("Personen und Ansprechpersonen", build_people),
    ("Handlungskonzept Integration, PDF", build_concept),
    ("Veranstaltungen und Bilder", build_events),
    ("Pressemitteilung", build_press),
]
