"""Völklingen (Saarland): the concept of 2009, its Fortschreibung 2020 and the 2017 kick-off.

Facts from the source: revision of the 2009 concept kicked off with a workshop
in the Neues Rathaus in 2017; mandate by the Hauptausschuss and the Ausschuss
für Kinder, Jugend und Soziales at the end of August 2017; iSPO (Saarbrücken)
commissioned, its managing director Erik Schäffer moderated; opened by Lord
Mayor Klaus Lorig; integration officer Gülsah Bora; steering and working
group; stock-take expected December 2017, first draft May 2018, new concept
mid-2018, discussion rounds with citizens. Per the city's pages the Stadtrat
adopted the revised concept in September 2020.
"""

from datetime import date

from home.models import Organisation
from home.municipality import Municipality
from news.models import EventContributor, EventPage

from . import progress
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
    organisation,
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
from .consultation import build_consultations
from .workflows import build_workflow_states

# Demo phone numbers start the subscriber number with 0, which no German
# line can have, so they never reach a real person.
MUNICIPALITY = Municipality(
    name="Völklingen",
    official_name="Mittelstadt Völklingen",
    hostname="localhost",
    port=8000,
    state="SL",
    is_default=True,
    address="Neues Rathaus\nHindenburgplatz\n66333 Völklingen",
    phone="06898 0123-0",
    email="integration@voelklingen.example",
    advisory_board_name="Integrationsbeirat",
    introduction=(
        "<p>In Völklingen leben Menschen aus vielen Ländern zusammen. Hier zeigt die Stadt, "
        "wie sie Integration plant und umsetzt: mit ihrem Integrationskonzept, dessen "
        "Fortschreibung, mit Workshops und Gesprächsrunden. Fragen und Anregungen nimmt "
        "das Integrationsbüro gern entgegen.</p>"
    ),
)

NUMBER_WORDS = {
    5: "Fünf", 6: "Sechs", 7: "Sieben", 8: "Acht", 9: "Neun", 10: "Zehn", 11: "Elf", 12: "Zwölf"
}  # fmt: skip


def build_people(ctx):
    city = ctx.city
    ctx.people.update(
        lorig=person("Klaus Lorig", "Oberbürgermeister der Mittelstadt Völklingen", city),
        bora=person(
            "Gülsah Bora",
            "Integrationsbeauftragte der Mittelstadt Völklingen",
            city,
            phone=MUNICIPALITY.phone,
            email="integration@voelklingen.example",
        ),
        presse=press_office(ctx),
        beirat=organisation(
            "Integrationsbeirat Völklingen", Organisation.Kind.ADVISORY_BOARD, city="Völklingen"
        ),
    )
    ensure_home_contacts(ctx, [ctx.people["bora"], ctx.people["presse"]])


# The 2020 edition in Leichte Sprache: short sentences, one statement each,
# hard words explained (written for the demo).
EASY_LANGUAGE_2020 = (
    "<h3>Was ist das Integrations-Konzept?</h3>"
    "<p>Das Integrations-Konzept ist ein Plan.</p>"
    "<p>Der Plan ist von der Stadt Völklingen.</p>"
    "<p>Integration heißt: Alle Menschen gehören dazu.</p>"
    "<p>Auch Menschen aus anderen Ländern.</p>"
    "<p>Der Plan sagt: So wollen wir gut zusammen leben.</p>"
    "<h3>Wer hat den Plan gemacht?</h3>"
    "<p>Viele Menschen haben mit-gemacht.</p>"
    "<p>Zum Beispiel Menschen von der Stadt.</p>"
    "<p>Und Menschen aus Vereinen und Schulen.</p>"
    "<p>Und Menschen, die selbst nach Völklingen gekommen sind.</p>"
    "<p>Ein Institut hat geholfen.</p>"
    "<p>Ein Institut ist eine Gruppe von Fach-Leuten.</p>"
    "<p>Der Stadt-Rat hat den Plan im September 2020 beschlossen.</p>"
    "<p>Der Stadt-Rat sind Politiker aus Völklingen.</p>"
    "<p>Beschlossen heißt: Der Plan gilt jetzt.</p>"
    "<h3>Was steht im Plan?</h3>"
    "<ul><li>Alle sollen gut Deutsch lernen können.</li>"
    "<li>Kinder sollen gut lernen können. Egal, woher die Familie kommt.</li>"
    "<li>Alle sollen eine Arbeit finden können.</li>"
    "<li>Die Stadt-Verwaltung soll für alle gut da sein.</li>"
    "<li>Menschen sollen sich treffen und kennen-lernen.</li></ul>"
    "<h3>Wie geht es weiter?</h3>"
    "<p>Die Stadt prüft immer wieder: Was haben wir schon geschafft?</p>"
    "<p>Das schreibt die Stadt in einen Bericht.</p>"
    "<p>Sie können den Bericht lesen.</p>"
)


def build_concept(ctx):
    first = edition(
        ctx,
        "integrationskonzept-2009",
        title="Integrationskonzept 2009",
        year=2009,
        status="adopted",
        decision_body="Stadtrat",
        lead_office="Integrationsbüro der Stadt",
        summary=(
            "Das erste Integrationskonzept der Stadt aus dem Jahr 2009. Es legte Leitbild, "
            "Leitziele und fünf Handlungsfelder fest und war bis zur Fortschreibung 2020 die "
            "Grundlage der städtischen Integrationsarbeit."
        ),
        listing_image=picture(ctx, "Völklingen – Integrationskonzept 2009", "hills", "stein", 9),
        pdf_title="Integrationskonzept der Stadt Völklingen 2009",
        mission=[
            "Völklingen will eine Stadt sein, in der alle Einwohnerinnen und Einwohner die "
            "gleichen Chancen haben, ganz gleich, woher sie oder ihre Familien stammen.",
            "Integration gelingt nur, wenn beide Seiten aufeinander zugehen: die Menschen, "
            "die neu ankommen, und die, die schon lange hier leben. Die Stadt begleitet "
            "diesen Weg, bündelt Angebote und schafft Gelegenheiten zur Begegnung.",
        ],
        guiding_goals=[
            "Kinder und Jugendliche bekommen die Förderung, die sie für einen guten "
            "Schulabschluss brauchen.",
            "Zugewanderte Erwachsene finden schnell einen Sprachkurs und eine Beratung.",
            "Die Angebote von Stadt, Wohlfahrtsverbänden und Vereinen greifen ineinander.",
            "In den Stadtteilen gibt es Orte und Anlässe, an denen sich Nachbarn begegnen.",
        ],
        structure=[
            section(
                ctx,
                "sprache",
                p("Deutsch zu können öffnet den Weg in Schule, Beruf und Nachbarschaft."),
                [
                    goal(
                        "Sprachkurse für Erwachsene leichter zugänglich machen",
                        "Wer einen Kurs sucht, soll schnell ein passendes Angebot finden.",
                        [
                            measure(
                                "Übersicht aller Sprachkurse in mehreren Sprachen",
                                "Integrationsbüro",
                                "Volkshochschule, Wohlfahrtsverbände",
                                "2009–2010",
                                "done",
                            ),
                            measure(
                                "Kinderbetreuung während der Kurszeiten",
                                "Kursträger",
                                "Kindertagesstätten",
                                "2010–2012",
                                "done",
                            ),
                        ],
                        [
                            indicator(
                                "Teilnehmende an Integrationskursen",
                                "Stand 2008",
                                "steigend",
                                "Bundesamt für Migration und Flüchtlinge",
                            )
                        ],
                    ),
                    goal(
                        "Sprachförderung in Kindertagesstätten ausbauen",
                        "",
                        [
                            measure(
                                "Zusätzliche Sprachförderkräfte in Kitas mit hohem Bedarf",
                                "Kita-Träger",
                                "Integrationsbüro",
                                "2009–2014",
                                "done",
                            )
                        ],
                    ),
                ],
            ),
            section(
                ctx,
                "bildung",
                p("Eltern sind die wichtigsten Begleiter auf dem Bildungsweg ihrer Kinder."),
                [
                    goal(
                        "Eltern an der Schullaufbahn ihrer Kinder beteiligen",
                        "",
                        [
                            measure(
                                "Elterncafés an Grundschulen",
                                "Grundschulen",
                                "Integrationsbüro, Migrantenorganisationen",
                                "ab 2010",
                                "done",
                            ),
                            measure(
                                "Informationsabende zum Schulsystem in mehreren Sprachen",
                                "Integrationsbüro",
                                "Schulen, Integrationsbeirat",
                                "jährlich",
                                "running",
                            ),
                        ],
                        [
                            indicator(
                                "Schulabgängerinnen und Schulabgänger ohne Abschluss",
                                "Schuljahr 2008/09",
                                "sinkend",
                                "Statistisches Amt Saarland",
                            )
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
                        "Mehr junge Menschen mit Migrationsgeschichte in Ausbildung bringen",
                        "",
                        [
                            measure(
                                "Ausbildungsbörse mit Betrieben aus der Stadt",
                                "Wirtschaftsförderung",
                                "Agentur für Arbeit, Kammern",
                                "jährlich ab 2010",
                                "done",
                            ),
                            measure(
                                "Patenschaften für Auszubildende",
                                "Wohlfahrtsverbände",
                                "Betriebe, Ehrenamtliche",
                                "2010–2013",
                                "paused",
                            ),
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "sozialraum-quartier",
                "",
                [
                    goal(
                        "Begegnung in den Stadtteilen fördern",
                        "",
                        [
                            measure(
                                "Stadtteilfeste mit Vereinen und Migrantenorganisationen",
                                "Quartiersmanagement",
                                "Vereine, Kirchen- und Moscheegemeinden",
                                "jährlich",
                                "running",
                            )
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "kultur",
                "",
                [
                    goal(
                        "Die kulturelle Vielfalt der Stadt sichtbar machen",
                        "",
                        [
                            measure(
                                "Programm zur Interkulturellen Woche",
                                "Integrationsbüro",
                                "Integrationsbeirat, Kirchen, Vereine",
                                "jährlich im September",
                                "running",
                            )
                        ],
                    )
                ],
            ),
        ],
    )
    second = edition(
        ctx,
        "integrationskonzept-2020",
        title="Integrationskonzept – Fortschreibung 2020",
        year=2020,
        status="adopted",
        predecessor=first,
        decision_body="Stadtrat",
        # The city's pages say September 2020; the day is illustrative.
        decision_date=date(2020, 9, 24),
        lead_office="Integrationsbeauftragte der Stadt",
        commissioned_institute=ctx.people["ispo"],
        summary=(
            "Die Fortschreibung des Konzepts von 2009: ab 2017 erarbeitet mit dem Institut "
            "iSPO, einer Steuerungs- und einer Arbeitsgruppe, einer Bestandsaufnahme und "
            "Gesprächsrunden mit der Bürgerschaft. Der Stadtrat hat sie im September 2020 "
            "beschlossen."
        ),
        listing_image=picture(ctx, "Völklingen – Integrationskonzept 2020", "ribbons", "saar", 20),
        pdf_title="Integrationskonzept der Stadt Völklingen – Fortschreibung 2020",
        easy_language_summary=EASY_LANGUAGE_2020,
        mission=[
            "Völklingen ist eine Stadt für alle, die hier leben. Herkunft, Sprache oder "
            "Religion sollen nicht darüber entscheiden, welche Chancen jemand hat.",
            "Integration ist eine Aufgabe aller: der Verwaltung und der Politik, der Vereine, "
            "Schulen und Betriebe, jeder Nachbarschaft. Das Konzept sagt, wer wofür "
            "Verantwortung trägt, und macht Fortschritte überprüfbar.",
            "In die Fortschreibung ist das Wissen derer eingeflossen, die täglich mit "
            "Zugewanderten arbeiten, und derer, die selbst zugewandert sind.",
        ],
        guiding_goals=[
            "Sprache von Anfang an: Deutsch lernen und Mehrsprachigkeit wertschätzen.",
            "Gleiche Bildungschancen von der Kita bis zum Berufsabschluss.",
            "Zugang zu Arbeit und Ausbildung für alle, die hier leben.",
            "Gutes Wohnen und lebendige Nachbarschaften in allen Stadtteilen.",
            "Eine Verwaltung, die alle Bürgerinnen und Bürger versteht und erreicht.",
            "Mitreden und mitentscheiden: die Beteiligung Zugewanderter stärken.",
        ],
        structure=[
            section(
                ctx,
                "sprache",
                p(
                    "Seit 2015 sind viele Menschen neu nach Völklingen gekommen. Die "
                    "Bestandsaufnahme zeigte ein breites Kursangebot, aber lange Wartezeiten "
                    "und zu wenige Kurse mit Kinderbetreuung."
                ),
                [
                    goal(
                        "Wartezeiten auf einen Sprachkurs verkürzen",
                        "Wer Deutsch lernen will, soll ohne lange Pause beginnen können.",
                        [
                            measure(
                                "Gemeinsame Kursübersicht und Vermittlung im Integrationsbüro",
                                "Integrationsbüro",
                                "Kursträger, Jobcenter, Migrationsberatung",
                                "2021–2022",
                                "done",
                            ),
                            measure(
                                "Kurse mit Kinderbetreuung an zwei Standorten",
                                "Kursträger",
                                "Kindertagesstätten, Integrationsbüro",
                                "ab 2021",
                                "running",
                                budget="Landes- und Bundesmittel",
                            ),
                        ],
                        [
                            indicator(
                                "Durchschnittliche Wartezeit bis zum Kursbeginn",
                                "Abfrage 2019",
                                "unter acht Wochen",
                                "Abfrage bei den Kursträgern",
                                direction="down",
                                baseline_year=2019,
                                baseline_value=14,
                                target_year=2025,
                                target_value=8,
                            )
                        ],
                    ),
                    goal(
                        "Mehrsprachigkeit als Stärke nutzen",
                        "",
                        [
                            measure(
                                "Pool von Sprachmittlerinnen und Sprachmittlern für Beratungen",
                                "Integrationsbüro",
                                "Integrationsbeirat, Migrantenorganisationen",
                                "2021–2023",
                                "running",
                            )
                        ],
                    ),
                ],
            ),
            section(
                ctx,
                "bildung",
                "",
                [
                    goal(
                        "Eltern als Partner der Schulen gewinnen",
                        "",
                        [
                            measure(
                                "Elternbegleiterinnen und Elternbegleiter an Grundschulen",
                                "Grundschulen",
                                "Integrationsbüro, Wohlfahrtsverbände",
                                "2021–2024",
                                "running",
                            ),
                            measure(
                                "Mehrsprachige Elternabende zum Wechsel auf die "
                                "weiterführende Schule",
                                "Integrationsbüro",
                                "Grund- und Gemeinschaftsschulen",
                                "jährlich",
                                "running",
                            ),
                        ],
                        [
                            indicator(
                                "Familien bei mehrsprachigen Elternabenden",
                                "Erhebung 2021",
                                "jährlich steigend",
                                "Teilnahmelisten",
                                direction="up",
                                target_year=2025,
                                target_value=150,
                            )
                        ],
                    ),
                    goal(
                        "Junge Geflüchtete zum Schulabschluss begleiten",
                        "",
                        [
                            measure(
                                "Lernpatenschaften mit Ehrenamtlichen",
                                "Wohlfahrtsverbände",
                                "Schulen, Ehrenamtliche",
                                "ab 2021",
                                "running",
                            )
                        ],
                    ),
                ],
            ),
            section(
                ctx,
                "arbeit-ausbildung",
                "",
                [
                    goal(
                        "Übergänge in Ausbildung und Beruf verbessern",
                        "",
                        [
                            measure(
                                "Ausbildungsmesse mit Sprechstunden in mehreren Sprachen",
                                "Wirtschaftsförderung",
                                "Agentur für Arbeit, Jobcenter, Kammern",
                                "jährlich ab 2022",
                                "planned",
                            ),
                            measure(
                                "Beratung zur Anerkennung ausländischer Abschlüsse vor Ort",
                                "Jobcenter",
                                "IQ-Netzwerk Saarland, Integrationsbüro",
                                "ab 2021",
                                "running",
                            ),
                        ],
                        [
                            indicator(
                                "Neue Ausbildungsverträge junger Menschen mit ausländischer "
                                "Staatsangehörigkeit",
                                "2019",
                                "steigend",
                                "Agentur für Arbeit",
                                direction="up",
                                baseline_year=2019,
                                baseline_value=18,
                                target_year=2025,
                                target_value=30,
                            )
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "wohnen",
                "",
                [
                    goal(
                        "Fairer Zugang zu Wohnraum und gute Nachbarschaften",
                        "",
                        [
                            measure(
                                "Wohnraumberatung für neu Zugewanderte",
                                "Sozialamt",
                                "Wohnungsgesellschaften, Migrationsberatung",
                                "2021–2023",
                                "running",
                            ),
                            measure(
                                "Nachbarschaftstreffs in zwei Stadtteilen",
                                "Quartiersmanagement",
                                "Vereine, Kirchen- und Moscheegemeinden",
                                "ab 2022",
                                "planned",
                            ),
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "interkulturelle-oeffnung-verwaltung",
                "",
                [
                    goal(
                        "Eine Verwaltung, die alle anspricht",
                        "",
                        [
                            measure(
                                "Fortbildung zur interkulturellen Kompetenz für Beschäftigte "
                                "mit Publikumsverkehr",
                                "Personalamt",
                                "Integrationsbüro",
                                "2021–2024",
                                "running",
                            ),
                            measure(
                                "Erklärungen zu häufigen Formularen in Leichter Sprache und "
                                "mehreren Sprachen",
                                "Bürgeramt",
                                "Integrationsbüro",
                                "2022–2025",
                                "planned",
                            ),
                        ],
                        [
                            indicator(
                                "Beschäftigte mit abgeschlossener Fortbildung",
                                "keine (2020)",
                                "alle Beschäftigten mit Publikumsverkehr",
                                "Personalamt",
                                direction="up",
                                baseline_year=2020,
                                baseline_value=0,
                                target_year=2025,
                                target_value=120,
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
                        "Den Integrationsbeirat stärken und alle beteiligen",
                        "",
                        [
                            measure(
                                "Anhörung des Integrationsbeirats vor Beschlüssen zu "
                                "Integrationsthemen",
                                "Ratsbüro",
                                "Integrationsbeirat, Fraktionen",
                                "fortlaufend",
                                "running",
                            ),
                            measure(
                                "Jährliche Gesprächsrunde zum Stand des Konzepts",
                                "Integrationsbüro",
                                "Integrationsbeirat, Wohlfahrtsverbände, Vereine",
                                "jährlich ab 2021",
                                "running",
                            ),
                        ],
                        [
                            indicator(
                                "Wahlbeteiligung bei der Wahl des Integrationsbeirats",
                                "letzte Wahl",
                                "steigend",
                                "Wahlamt",
                            )
                        ],
                    )
                ],
            ),
        ],
    )
    ctx.concepts.update(first=first, current=second)


def build_events(ctx):
    people = ctx.people
    kickoff_image = picture(ctx, "Völklingen – Auftaktworkshop 2017", "network", "saar", 17)
    ctx.events["kickoff"] = event(
        ctx,
        "auftaktworkshop-fortschreibung-2017",
        title="Auftaktworkshop zur Fortschreibung des Integrationskonzepts",
        format=EventPage.Format.KICKOFF,
        # The source gives autumn 2017 (after the August mandate, before the
        # December stock-take) but no day; day and times are illustrative.
        start=when(2017, 10, 11, 15, 0),
        end=when(2017, 10, 11, 18, 0),
        venue="Neues Rathaus",
        address="Hindenburgplatz, 66333 Völklingen",
        participants=(
            "Stadtverwaltung, Wohlfahrtsverbände, Schulen, Vereine, Migrantenorganisationen "
            "und der Integrationsbeirat"
        ),
        summary=(
            "Mit einem Workshop im Neuen Rathaus begann 2017 die Überarbeitung des "
            "Integrationskonzepts von 2009, begleitet vom Saarbrücker Institut iSPO."
        ),
        listing_image=kickoff_image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.HOST, people["lorig"]),
            (EventContributor.Role.SPEAKER, people["bora"]),
            (EventContributor.Role.MODERATION, people["schaeffer"]),
            (EventContributor.Role.FACILITATION, people["ispo"]),
        ],
        agenda=[
            item("15:00", "Begrüßung und Eröffnung", "Oberbürgermeister Klaus Lorig"),
            item(
                "15:20",
                "Warum das Konzept von 2009 fortgeschrieben wird",
                "Integrationsbeauftragte Gülsah Bora",
            ),
            item("15:45", "Ablauf, Zeitplan und Beteiligung", "Erik Schäffer, iSPO"),
            item("16:30", "Austausch: Was hat sich seit 2009 verändert?"),
            item("17:30", "Steuerungs- und Arbeitsgruppe: wer macht mit?"),
        ],
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Ende August 2017 haben der Hauptausschuss und der Ausschuss für "
                        "Kinder, Jugend und Soziales beschlossen, das Integrationskonzept "
                        "aus dem Jahr 2009 zu überarbeiten. Der Auftaktworkshop klärte die "
                        "grundlegenden Fragen und die Organisation des Vorhabens."
                    ),
                    p(
                        "Oberbürgermeister Klaus Lorig eröffnete den Workshop. Er warb um "
                        "offene und auch kritische Beiträge, vor allem von denen, die außerhalb "
                        "des Rathauses direkt mit Zugewanderten arbeiten."
                    ),
                ),
            ),
            image_block(kickoff_image, "Viele Beteiligte, ein gemeinsamer Plan (Symbolgrafik)"),
            (
                "paragraph",
                p(
                    "Erik Schäffer, Geschäftsführer des Instituts iSPO, moderierte und stellte "
                    "den Zeitplan vor. Die Teilnehmenden entschieden, eine Steuerungsgruppe und "
                    "eine Arbeitsgruppe einzurichten."
                ),
            ),
        ],
        next_steps=[
            step(
                "Steuerungsgruppe bilden",
                "Sie lenkt den Prozess und bereitet Entscheidungen für die Ausschüsse vor.",
                "Stadtverwaltung",
                "Herbst 2017",
            ),
            step(
                "Arbeitsgruppe einrichten",
                "Fachleute aus Verwaltung und Stadtgesellschaft erarbeiten die Inhalte.",
                "Integrationsbüro mit iSPO",
                "Herbst 2017",
            ),
            step("Erste Bestandsaufnahme vorlegen", "", "iSPO", "Dezember 2017"),
            step("Ersten Entwurf vorlegen", "", "iSPO", "Mai 2018"),
            step(
                "Gesprächsrunden mit Bürgerinnen und Bürgern",
                "Der Entwurf wird öffentlich besprochen, bevor er in die Gremien geht.",
                "Integrationsbüro",
                "2018",
            ),
            step("Neues Konzept vorlegen", "", "Stadtverwaltung", "Mitte 2018"),
        ],
        related_concept=ctx.concepts["current"],
        fields_of_action=["partizipation", "interkulturelle-oeffnung-verwaltung"],
    )

    start, end = upcoming(weeks=4, weekday=2)
    # Full years since the council's decision (September 2020).
    count = start.year - 2020 - ((start.month, start.day) < (9, 24))
    years = NUMBER_WORDS.get(count, str(count))
    talk_image = picture(
        ctx, "Völklingen – Gesprächsrunde Integrationskonzept", "circles", "saar", 25
    )
    ctx.events["talk"] = event(
        ctx,
        "gespraechsrunde-integrationskonzept",
        title=f"Gesprächsrunde: {years} Jahre Integrationskonzept",
        format=EventPage.Format.DIALOGUE,
        start=start,
        end=end,
        venue="Neues Rathaus",
        address="Hindenburgplatz, 66333 Völklingen",
        summary=(
            "Was ist aus den Maßnahmen der Fortschreibung geworden? Das Integrationsbüro "
            "berichtet und lädt zum Gespräch ein. Alle Interessierten sind willkommen."
        ),
        listing_image=talk_image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.FACILITATION, people["beirat"]),
        ],
        agenda=[
            item("18:00", "Begrüßung"),
            item("18:10", "Wo stehen wir? Bericht zum Stand der Maßnahmen", "Integrationsbüro"),
            item("18:40", "Gespräch an Thementischen: Sprache, Bildung, Arbeit, Wohnen"),
            item("19:40", "Was nehmen wir mit? Zusammenfassung", "Integrationsbeirat"),
        ],
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Im September 2020 hat der Stadtrat die Fortschreibung des "
                        "Integrationskonzepts beschlossen. Einmal im Jahr legt die Stadt "
                        "offen, welche Maßnahmen laufen, welche abgeschlossen sind und wo es "
                        "hakt."
                    ),
                    p(
                        "Eine Anmeldung ist nicht nötig. Der Saal ist stufenlos erreichbar. "
                        "Wer eine Sprachmittlung braucht, meldet sich bitte bis eine Woche "
                        "vorher beim Integrationsbüro."
                    ),
                ),
            ),
            image_block(talk_image, "Begegnung und Austausch (Symbolgrafik)"),
            ("contact", {"person": people["bora"]}),
        ],
        related_concept=ctx.concepts["current"],
        fields_of_action=["partizipation"],
    )


def build_press(ctx):
    people = ctx.people
    image = picture(ctx, "Völklingen – Pressemitteilung Auftakt 2017", "tiles", "saar", 117)
    press_release(
        ctx,
        "neues-integrationskonzept-auftakt-im-neuen-rathaus",
        title="Neues Integrationskonzept: Auftakt im Neuen Rathaus",
        date=when(2017, 10, 12, 10, 0),
        place="Völklingen",
        lead=(
            "Die Stadt schreibt ihr Integrationskonzept aus dem Jahr 2009 fort. Zum Auftakt "
            "kamen Fachleute aus Verwaltung und Stadtgesellschaft im Neuen Rathaus zusammen. "
            "Das Saarbrücker Institut iSPO begleitet die Arbeit; ein erster Entwurf soll im "
            "Mai 2018 vorliegen."
        ),
        summary="Workshop im Neuen Rathaus: Völklingen überarbeitet sein Integrationskonzept.",
        listing_image=image,
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Den Auftrag gaben Ende August der Hauptausschuss und der Ausschuss "
                        "für Kinder, Jugend und Soziales. Mit der fachlichen Begleitung und "
                        "dem Schreiben des neuen Konzepts hat die Stadt das Institut für "
                        "Sozialforschung, Praxisberatung und Organisationsentwicklung (iSPO) "
                        "aus Saarbrücken beauftragt."
                    ),
                    p(
                        "Oberbürgermeister Klaus Lorig erinnerte daran, dass seit 2009 vieles "
                        "gelungen sei. Die Lage habe sich aber deutlich verändert, besonders "
                        "in den vergangenen drei Jahren. Deshalb gehöre das Konzept auf den "
                        "Prüfstand."
                    ),
                ),
            ),
            quote(
                "Wer jeden Tag mit Zugewanderten arbeitet, weiß am besten, was ein neues "
                "Konzept leisten muss. Genau diese Erfahrung brauchen wir, auch wenn sie "
                "unbequem ist.",
                "Klaus Lorig",
                "Oberbürgermeister",
            ),
            ("heading", "Viele Beteiligte, ein gemeinsames Konzept"),
            (
                "paragraph",
                p(
                    "Integrationsbeauftragte Gülsah Bora kündigte an, alle wichtigen Gruppen "
                    "aus Verwaltung und Zivilgesellschaft einzubeziehen. Je mehr Menschen "
                    "mitarbeiten, desto stärker werde das Konzept später getragen."
                ),
            ),
            image_block(image, "Aus vielen Bausteinen entsteht ein Konzept (Symbolgrafik)"),
            ("heading", "Der Zeitplan"),
            (
                "paragraph",
                p(
                    "Im Workshop fiel die Entscheidung für eine Steuerungsgruppe und eine "
                    "Arbeitsgruppe. Moderiert hat Erik Schäffer, Geschäftsführer von iSPO. "
                    "Nach seiner Planung liegt im Dezember eine erste Bestandsaufnahme vor, im "
                    "Mai 2018 ein erster Entwurf. Zur Mitte des Jahres 2018 soll das neue "
                    "Konzept fertig sein. Vorher wird der Entwurf in Gesprächsrunden mit "
                    "Bürgerinnen und Bürgern besprochen."
                ),
            ),
            ("contact", {"person": people["bora"]}),
        ],
        related_concept=ctx.concepts["current"],
        related_event=ctx.events["kickoff"],
        fields_of_action=["partizipation", "interkulturelle-oeffnung-verwaltung"],
    )


PARTS = [
    ("Personen und Ansprechpersonen", build_people),
    ("Integrationskonzept 2009 und Fortschreibung 2020, PDFs", build_concept),
    ("Veranstaltungen und Bilder", build_events),
    ("Umsetzungsberichte 2021–2025, Kennzahlen, Wo stehen wir?", progress.build_voelklingen),
    ("Pressemitteilung", build_press),
    ("Redaktionsablauf: Freigaben, Sperrfrist, Entwurf beim Beirat", build_workflow_states),
    ("Beteiligung des Beirats am Entwurf, Abwägung 2020", build_consultations),
]
