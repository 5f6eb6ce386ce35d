"""Marl (NRW): the conference "Blickpunkt soziale Lagen" / "Der Marler Weg" and the Marler Kodex.

Facts from the source: conference of the city with the AG Wohlfahrt on
Wednesday 22 March 2023 in the Ernst-Reuter-Haus, about 60 actors; opened by
Mayor Werner Arndt, with MdB Brian Nickholz and Sozialdezernentin Claudia
Schwidrik-Grebe present; impulses by the team of Nuray Kaharan (head of the
state programme "Kommunales Integrationsmanagement") and by Deniz Tekmen
(Integrationsbeauftragter); tables on sport, education, social space, housing
and work; "Blickpunkt soziale Lagen", "Marler Kodex" (integration concept,
2020; values Vielfalt, Diversität, Begegnung, Respekt, Toleranz) and
"Kommunales Integrationsmanagement" (KIM, 2020) to be merged under a steering
group as "Marler Weg"; five new posts, two of them in the Ausländerbehörde.
"""

from home.models import Organisation
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
    item,
    measure,
    organisation,
    p,
    person,
    picture,
    press_office,
    press_release,
    quote,
    result,
    section,
    step,
    ul,
    upcoming,
)

MUNICIPALITY = Municipality(
    name="Marl",
    official_name="Stadt Marl",
    hostname="marl.localhost",
    port=8000,
    state="NW",
    address="Rathaus\nCreiler Platz 1\n45768 Marl",
    phone="02365 0123-0",
    email="integration@marl.example",
    advisory_board_name="Integrationsrat",
    introduction=(
        "<p>In Marl arbeiten Stadt, Wohlfahrtsverbände und viele Ehrenamtliche gemeinsam "
        "daran, dass Einwanderung gelingt. Unter dem Namen „Marler Weg“ führt die Stadt "
        "ihre Formate zusammen: den „Marler Kodex“, das Kommunale Integrationsmanagement "
        "und die Tagungsreihe „Blickpunkt soziale Lagen“.</p>"
    ),
)

TABLES = ["sport", "bildung", "sozialraum-quartier", "wohnen", "arbeit-ausbildung"]


def build_people(ctx):
    city = ctx.city
    ctx.people.update(
        arndt=person("Werner Arndt", "Bürgermeister der Stadt Marl", city),
        schwidrik=person("Claudia Schwidrik-Grebe", "Sozialdezernentin der Stadt Marl", city),
        kaharan=person(
            "Nuray Kaharan",
            "Ressortleitung Kommunales Integrationsmanagement, Stadt Marl",
            city,
        ),
        tekmen=person(
            "Deniz Tekmen",
            "Integrationsbeauftragter der Stadt Marl",
            city,
            phone=MUNICIPALITY.phone,
            email="integration@marl.example",
        ),
        ag_wohlfahrt=organisation("AG Wohlfahrt Marl", Organisation.Kind.ASSOCIATION, city="Marl"),
        presse=press_office(ctx),
    )
    ensure_home_contacts(ctx, [ctx.people["tekmen"], ctx.people["presse"]])


def build_concept(ctx):
    ctx.concepts["current"] = edition(
        ctx,
        "marler-kodex",
        title="Marler Kodex",
        year=2020,
        status="adopted",
        decision_body="Rat der Stadt Marl",
        lead_office="Integrationsbeauftragter der Stadt",
        summary=(
            "Der „Marler Kodex“ ist das Integrationskonzept der Stadt Marl aus dem Jahr 2020. "
            "Er beschreibt eine gemeinsame Haltung und setzt auf messbare Teilhabe für alle, "
            "die Unterstützung brauchen, mit und ohne Einwanderungsgeschichte."
        ),
        listing_image=picture(ctx, "Marl – Marler Kodex", "tiles", "abend", 20),
        pdf_title="Marler Kodex – Integrationskonzept der Stadt Marl",
        mission=[
            "Der Marler Kodex beschreibt, wie wir in Marl miteinander umgehen wollen. Er "
            "stützt sich auf fünf Werte: Vielfalt, Diversität, Begegnung, Respekt und "
            "Toleranz.",
            "Der Kodex ist inklusiv gedacht. Er gilt für alle, die Unterstützung brauchen, "
            "ob mit oder ohne Einwanderungsgeschichte, und er will Teilhabe messbar machen.",
        ],
        guiding_goals=[
            "Vielfalt: Unterschiedliche Lebenswege gehören selbstverständlich zu Marl.",
            "Diversität: Angebote richten sich nach den Menschen, nicht umgekehrt.",
            "Begegnung: Es gibt Orte und Anlässe, an denen Menschen sich kennenlernen.",
            "Respekt: Haupt- und Ehrenamt arbeiten auf Augenhöhe zusammen.",
            "Toleranz: Konflikte werden offen und fair ausgetragen.",
        ],
        structure=[
            section(
                ctx,
                "sport",
                "",
                [
                    goal(
                        "Sportvereine für alle öffnen",
                        "",
                        [
                            measure(
                                "Schnuppertrainings für neu Zugewanderte",
                                "Stadtsportverband",
                                "Sportvereine, Integrationsbeauftragter",
                                "ab 2021",
                                "running",
                            )
                        ],
                    )
                ],
            ),
            section(
                ctx,
                "bildung",
                "",
                [
                    goal(
                        "Bildungswege von der Kita bis zur Schule begleiten",
                        "",
                        [
                            measure(
                                "Sprachförderung im Vorschulalter",
                                "Kita-Träger",
                                "Familienzentren, KIM-Team",
                                "ab 2021",
                                "running",
                            ),
                            measure(
                                "Angebote kultureller Bildung für Schulkinder",
                                "Schulen",
                                "Vereine, AG Wohlfahrt",
                                "2021–2024",
                                "running",
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
                        "Nachbarschaften in den Stadtteilen stärken",
                        "",
                        [
                            measure(
                                "Quartierstreffs mit offener Sprechstunde",
                                "Sozialdezernat",
                                "Wohlfahrtsverbände, Kirchengemeinden",
                                "ab 2022",
                                "running",
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
                        "Fairen Zugang zu Wohnraum sichern",
                        "",
                        [
                            measure(
                                "Beratung bei der Wohnungssuche",
                                "KIM-Team",
                                "Wohnungsunternehmen, Mietervereine",
                                "ab 2021",
                                "running",
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
                        "Den Weg in Arbeit erleichtern",
                        "",
                        [
                            measure(
                                "Einzelfallberatung im Kommunalen Integrationsmanagement",
                                "KIM-Team",
                                "Jobcenter, Ausländerbehörde",
                                "seit 2020",
                                "running",
                            )
                        ],
                    )
                ],
            ),
        ],
    )


def build_events(ctx):
    people = ctx.people
    image = picture(ctx, "Marl – Tagung Der Marler Weg", "circles", "abend", 23)
    ctx.events["tagung"] = event(
        ctx,
        "tagung-der-marler-weg",
        title="Tagung „Blickpunkt soziale Lagen“: Der Marler Weg – Einwanderung gemeinsam "
        "gestalten",
        format=EventPage.Format.CONFERENCE,
        # The date is from the source (Wednesday, 22 March 2023); times are illustrative.
        start=when(2023, 3, 22, 9, 30),
        end=when(2023, 3, 22, 14, 0),
        venue="Ernst-Reuter-Haus",
        address="Marl",
        participant_count=60,
        participants=(
            "Haupt- und ehrenamtlich Aktive aus Stadtverwaltung, Wohlfahrtsverbänden, "
            "Vereinen, Schulen und Initiativen"
        ),
        summary=(
            "Rund 60 Aktive haben im Ernst-Reuter-Haus über Einwanderung in Marl beraten, an "
            "fünf Thementischen von Sport bis Arbeit."
        ),
        listing_image=image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.ORGANISER, people["ag_wohlfahrt"]),
            (EventContributor.Role.HOST, people["arndt"]),
            (EventContributor.Role.SPEAKER, people["kaharan"]),
            (EventContributor.Role.SPEAKER, people["tekmen"]),
        ],
        agenda=[
            item("09:30", "Begrüßung", "Bürgermeister Werner Arndt"),
            item(
                "09:50",
                "Impuls: Das Kommunale Integrationsmanagement",
                "Team um Nuray Kaharan",
            ),
            item("10:20", "Impuls: Der Marler Kodex", "Deniz Tekmen"),
            item("10:50", "Thementische: Sport, Bildung, Sozialraum, Wohnen, Arbeit"),
            item("12:45", "Ergebnisse der Tische"),
            item("13:30", "Ausblick: der Marler Weg"),
        ],
        body=[
            (
                "paragraph",
                html(
                    p(
                        "Die Stadt Marl und die AG Wohlfahrt hatten zu der Tagung eingeladen. "
                        "Es ging darum, die Lage in Marl gemeinsam zu betrachten, Erfahrungen "
                        "auszutauschen, Lösungsansätze zu entwickeln und bestehende Formate "
                        "zusammenzuführen."
                    ),
                    p(
                        "Bürgermeister Werner Arndt eröffnete die Tagung. Auch der "
                        "Bundestagsabgeordnete Brian Nickholz (SPD) und Sozialdezernentin "
                        "Claudia Schwidrik-Grebe waren dabei."
                    ),
                ),
            ),
            quote(
                "Dass so viele Menschen heute hier sind, zeigt, wie groß der Einsatz für ein "
                "gutes Miteinander in Marl ist. Ohne die Haupt- und Ehrenamtlichen ginge es "
                "nicht.",
                "Werner Arndt",
                "Bürgermeister",
            ),
            image_block(image, "Viele Beteiligte an einem Tisch (Symbolgrafik)"),
            (
                "paragraph",
                p(
                    "Das Kommunale Integrationsmanagement (KIM) ist ein Förderprogramm des "
                    "Landes Nordrhein-Westfalen, das es seit 2020 gibt. Es setzt auf "
                    "Einzelfallberatung und Vernetzung. In Marl sind dafür fünf neue Stellen "
                    "entstanden, zwei davon in der Ausländerbehörde."
                ),
            ),
        ],
        results=[
            result(
                ctx,
                "sport",
                p(
                    "Vereine sind wichtige Orte der Begegnung. Gewünscht sind mehr "
                    "Schnupperangebote und Hilfe bei Vereinsbeiträgen."
                ),
            ),
            result(
                ctx,
                "bildung",
                p(
                    "Von der Kita bis zur Schule braucht es verlässliche Ansprechpersonen. Die "
                    "Angebote für Vorschulkinder und Schulkinder sollen besser verzahnt werden."
                ),
            ),
            result(
                ctx,
                "sozialraum-quartier",
                p(
                    "In den Stadtteilen arbeiten viele nebeneinander. Ein gemeinsamer "
                    "Überblick über Angebote je Quartier fehlt noch."
                ),
            ),
            result(
                ctx,
                "wohnen",
                p(
                    "Die Wohnungssuche ist für Zugewanderte oft schwer. Vorgeschlagen wurde "
                    "ein fester Austausch mit Wohnungsunternehmen."
                ),
            ),
            result(
                ctx,
                "arbeit-ausbildung",
                p(
                    "Einzelfallberatung hilft, braucht aber kurze Wege zu Jobcenter und "
                    "Ausländerbehörde. Die neuen Stellen sollen dafür genutzt werden."
                ),
            ),
        ],
        gaps=ul(
            "Austauschformate laufen bisher nebeneinander statt miteinander",
            "Ein gemeinsamer Überblick über Angebote in den Stadtteilen fehlt",
            "Zugang zu Wohnraum bleibt schwierig",
        ),
        next_steps=[
            step(
                "Formate zum „Marler Weg“ zusammenführen",
                "„Blickpunkt soziale Lagen“, der „Marler Kodex“ und das Kommunale "
                "Integrationsmanagement werden gemeinsam gesteuert.",
                "Stadt Marl",
                "2023",
            ),
            step(
                "Steuerungsgruppe einrichten",
                "Sie soll die Zusammenarbeit von Haupt- und Ehrenamt besser und effizienter "
                "machen.",
                "Sozialdezernat",
                "2023",
            ),
            step(
                "Ergebnisse der Thementische in einen Arbeitsplan übernehmen",
                "",
                "Integrationsbeauftragter mit KIM-Team",
                "2023",
            ),
        ],
        related_concept=ctx.concepts["current"],
        fields_of_action=TABLES,
    )

    start, end = upcoming(weeks=7, weekday=2)
    forum_image = picture(ctx, "Marl – Forum Wohnen und Nachbarschaft", "hills", "abend", 28)
    ctx.events["forum"] = event(
        ctx,
        "marler-weg-forum-wohnen-und-nachbarschaft",
        title="Marler Weg: Forum Wohnen und Nachbarschaft",
        format=EventPage.Format.WORKSHOP,
        start=start,
        end=end,
        venue="Ernst-Reuter-Haus",
        address="Marl",
        summary=(
            "Ein Thema der Tagung 2023 wird vertieft: Wie finden Zugewanderte eine Wohnung, "
            "und wie wachsen Nachbarschaften zusammen?"
        ),
        listing_image=forum_image,
        contributors=[
            (EventContributor.Role.ORGANISER, ctx.city),
            (EventContributor.Role.ORGANISER, people["ag_wohlfahrt"]),
        ],
        agenda=[
            item("18:00", "Begrüßung"),
            item("18:10", "Was seit der Tagung passiert ist", "Steuerungsgruppe Marler Weg"),
            item("18:40", "Arbeitsgruppen: Wohnungssuche und Nachbarschaft"),
            item("19:40", "Verabredungen"),
        ],
        body=[
            (
                "paragraph",
                p(
                    "Eingeladen sind Wohnungsunternehmen, Wohlfahrtsverbände, Vereine und "
                    "alle, die sich in ihrer Nachbarschaft engagieren. Der Saal ist "
                    "stufenlos erreichbar."
                ),
            ),
            image_block(forum_image, "Nachbarschaften wachsen zusammen (Symbolgrafik)"),
            ("contact", {"person": people["tekmen"]}),
        ],
        related_concept=ctx.concepts["current"],
        fields_of_action=["wohnen", "sozialraum-quartier"],
    )


def build_press(ctx):
    people = ctx.people
    image = picture(ctx, "Marl – Pressemitteilung Der Marler Weg", "network", "abend", 123)
    press_release(
        ctx,
        "der-marler-weg-60-aktive-beraten-ueber-einwanderung",
        title="Der Marler Weg: 60 Aktive beraten über Einwanderung",
        date=when(2023, 3, 23, 11, 0),
        place="Marl",
        lead=(
            "Auf Einladung der Stadt und der AG Wohlfahrt haben sich rund 60 Aktive im "
            "Ernst-Reuter-Haus getroffen. Unter dem Titel „Der Marler Weg – Einwanderung "
            "gemeinsam gestalten“ berieten sie an fünf Thementischen. Künftig sollen "
            "mehrere Formate unter einer Steuerungsgruppe zusammenlaufen."
        ),
        summary="Tagung „Blickpunkt soziale Lagen“: Stadt und AG Wohlfahrt bündeln ihre Arbeit.",
        listing_image=image,
        body=[
            (
                "paragraph",
                p(
                    "Bürgermeister Werner Arndt eröffnete die Tagung und dankte allen, die sich "
                    "beruflich oder ehrenamtlich für ein gutes Miteinander in der Stadt "
                    "einsetzen. Anschließend stellten das Team um Nuray Kaharan, "
                    "Ressortleitung des Kommunalen Integrationsmanagements, und der "
                    "Integrationsbeauftragte Deniz Tekmen die Konzepte der Stadt vor."
                ),
            ),
            ("heading", "Fünf Tische, fünf Themen"),
            (
                "paragraph",
                p(
                    "An Thementischen ging es um Sport, Bildung, Sozialraum, Wohnen und "
                    "Arbeit. Die Ergebnisse fließen in die weitere Arbeit ein."
                ),
            ),
            image_block(image, "Vernetzt für Marl (Symbolgrafik)"),
            ("heading", "Ein gemeinsamer Weg"),
            (
                "paragraph",
                p(
                    "Die Tagungsreihe „Blickpunkt soziale Lagen“, der „Marler Kodex“ und das "
                    "Kommunale Integrationsmanagement werden unter einer Steuerungsgruppe als "
                    "„Marler Weg“ zusammengeführt. Für das Landesprogramm sind in Marl fünf "
                    "neue Stellen entstanden, zwei davon in der Ausländerbehörde."
                ),
            ),
            quote(
                "Wer Integration in Marl voranbringen will, braucht beides: Menschen, die es "
                "beruflich tun, und Menschen, die sich freiwillig engagieren.",
                "Claudia Schwidrik-Grebe",
                "Sozialdezernentin",
            ),
            ("contact", {"person": people["tekmen"]}),
        ],
        related_concept=ctx.concepts["current"],
        related_event=ctx.events["tagung"],
        fields_of_action=TABLES,
    )


PARTS = [
    ("Personen und Ansprechpersonen", build_people),
    ("Marler Kodex, PDF", build_concept),
    ("Veranstaltungen und Bilder", build_events),
    ("Pressemitteilung", build_press),
]
