"""Völklingen's consultations (consultation/): one running, one closed.

* The draft „Integrationskonzept – Fortschreibung (Entwurf)“ (slug
  fortschreibung-entwurf, not live, waiting for the Integrationsbeirat in the
  concept workflow) is under consultation by the Integrationsbeirat: the
  period started five days before the first load and runs for another
  sixteen days. The board handed in a Stellungnahme; members commented in
  German, Turkish, Arabic and Ukrainian; the office has answered some of the
  comments, hidden one with a reason and highlighted one; a reader reported one.
* The Fortschreibung 2020 (integrationskonzept-2020) had a public
  consultation before the council adopted it; its report (Abwägungstabelle)
  is published with the adopted edition.

Everything here is invented for the demo: the sources name no comments, no
consultation period and no decisions. The period of 2020 is illustrative.
Board members log in at /de/beteiligung/anmelden/ as voelklingen-beirat-1 to
-3 (password DEMO_PASSWORD, demo only); the Beirat group's demo user
voelklingen-beirat may comment too.

Created once: when the draft already has a consultation nothing is changed.
"""

import copy
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone

from .base import html, p, ul
from .workflows import DEMO_PASSWORD, demo_username

BERLIN = ZoneInfo("Europe/Berlin")

BOARD_MEMBERS = [
    # (number, first name, last name, name shown at comments)
    (1, "Ayşe", "Demir", "Ayşe Demir"),
    (2, "Mehmet", "Yılmaz", "Mehmet Yılmaz"),
    (3, "Olena", "Koval", "Olena Koval"),
]


def board_username(ctx, number):
    return f"{demo_username(ctx.municipality.name, 'beirat')}-{number}"


def ensure_participants(ctx):
    """The demo's board members (no admin access) and one public participant."""
    from consultation.models import Participant

    User = get_user_model()
    people = {}
    for number, first, last, shown in BOARD_MEMBERS:
        username = board_username(ctx, number)
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username,
                email=f"beirat-{number}@voelklingen.example",
                password=DEMO_PASSWORD,
                first_name=first,
                last_name=last,
            )
        participant, _ = Participant.objects.get_or_create(
            user=user,
            site=ctx.site,
            defaults={"kind": Participant.Kind.BOARD, "display_name": shown},
        )
        people[number] = participant
    username = f"{demo_username(ctx.municipality.name, 'oeffentlich')}-1"
    user = User.objects.filter(username=username).first()
    if user is None:
        user = User.objects.create_user(
            username, email="buergerin@voelklingen.example", password=DEMO_PASSWORD
        )
    people["public"], _ = Participant.objects.get_or_create(
        user=user,
        site=ctx.site,
        defaults={
            "kind": Participant.Kind.PUBLIC,
            "anonymous": True,
            "email_confirmed_at": timezone.now(),
        },
    )
    return people


def _draft_revision(draft, adopted, office):
    """The draft gets the structure of the 2020 edition (same block ids, so the
    sections stay comparable) with the changes the office proposes."""
    page = draft.get_latest_revision_as_object()
    if not page.structure:
        page.guiding_goals = html(
            ul(
                "Alle Kinder und Jugendlichen erreichen einen Schulabschluss.",
                "Wer neu ankommt, findet in den ersten drei Monaten einen Sprachkurs.",
                "Die Verwaltung spricht die Sprachen der Menschen, die sie berät.",
            )
        )
        page.structure = _proposed_changes(copy.deepcopy(list(adopted.structure.raw_data)))
        page.mission_statement = html(
            p(
                "Entwurf: Völklingen ist eine Stadt, in der alle mitreden können. "
                "(Erfundener Beispielinhalt der Weltoffen-Demo.)"
            ),
            p(
                "Die Fortschreibung setzt auf das, was seit 2020 gewachsen ist: Sprachcafés, "
                "Elternarbeit und die Beratung im Neuen Rathaus."
            ),
        )
        return page.save_revision(user=office, log_action=True)
    return page.latest_revision


def _proposed_changes(structure):
    """What the demo draft changes against 2020, for "Was ändert der Entwurf?":
    a measure extended, a new one, one moved to another goal (illustrative)."""
    sprache, bildung = structure[0]["value"], structure[1]["value"]
    first = sprache["goals"][0]["value"]["measures"][0]["value"]
    first.update(
        timeframe="2021–2027", status="running", partners=first["partners"] + ", Volkshochschule"
    )
    sprache["goals"][0]["value"]["measures"].append(
        {
            "type": "item",
            "id": "5e1d0c3a-8f2b-4c61-9d3e-7a0b1c2d3e4f",
            "value": {
                "title": "Abend- und Wochenendkurse für Berufstätige",
                "description": "Beispielinhalt der Demo: Kurse nach Feierabend und samstags.",
                "responsible": "Volkshochschule",
                "partners": "Integrationsbüro, Jobcenter",
                "timeframe": "ab 2027",
                "status": "planned",
                "budget": "",
            },
        }
    )
    goals = bildung["goals"]
    if len(goals) > 1 and goals[0]["value"]["measures"]:
        goals[1]["value"]["measures"].append(goals[0]["value"]["measures"].pop())
    return structure


def _when(start, days, hour):
    return (start + timedelta(days=days)).replace(hour=hour, minute=15, second=0, microsecond=0)


def build_consultations(ctx):
    from concepts.models import ConceptEditionPage
    from consultation.models import Comment, CommentReport, Consultation
    from consultation.sections import GUIDING_GOALS, MISSION, flatten, section_tree

    concepts = ctx.sections["concepts"]
    draft = ConceptEditionPage.objects.child_of(concepts).filter(slug="fortschreibung-entwurf")
    adopted = ConceptEditionPage.objects.child_of(concepts).filter(slug="integrationskonzept-2020")
    draft, adopted = draft.first(), adopted.first()
    if draft is None or adopted is None or Consultation.objects.filter(page=draft).exists():
        return
    User = get_user_model()
    office = User.objects.get(username=demo_username(ctx.municipality.name, "integrationsbuero"))
    people = ensure_participants(ctx)

    # --- The running consultation on the draft ------------------------------------
    revision = _draft_revision(draft, adopted, office)
    start = timezone.localtime().replace(hour=8, minute=0, second=0, microsecond=0)
    start -= timedelta(days=5)
    running = Consultation.objects.create(
        page=draft,
        revision=revision,
        site=ctx.site,
        title="Beratung des Integrationsbeirats: Fortschreibung des Integrationskonzepts",
        starts_at=start,
        ends_at=start + timedelta(days=21, hours=10),
        audience=Consultation.Audience.BOARD,
        introduction=(
            "Der Entwurf der Fortschreibung liegt dem Integrationsbeirat zur Beratung vor. "
            "Bitte kommentieren Sie Abschnitt für Abschnitt: Leitbild, Leitziele, "
            "Handlungsfelder, Ziele und Maßnahmen. Der Beirat kann außerdem eine förmliche "
            "Stellungnahme zum ganzen Entwurf abgeben. (Demo-Inhalt.)"
        ),
        contact="Integrationsbüro der Mittelstadt Völklingen\nintegration@voelklingen.example",
        created_by=office,
    )
    sections = list(flatten(section_tree(revision.as_object())))
    by_kind = {}
    for section in sections:
        by_kind.setdefault(section.kind, []).append(section)
    labels = {s.key: s.label for s in sections}
    field, goal, measure = by_kind["field"][0], by_kind["goal"][0], by_kind["measure"][0]
    second_field = by_kind["field"][1]
    board_name = ctx.municipality.advisory_board_name

    def add(consultation, key, member, category, text, language, day, **extra):
        participant = people[member]
        return Comment.objects.create(
            consultation=consultation,
            section_key=key,
            section_label=labels.get(key, "Gesamter Entwurf"),
            author=participant.user,
            participant=participant,
            as_board=participant.kind == "board",
            author_name=str(participant.public_name),
            category=category,
            text=text,
            language=language,
            created_at=_when(consultation.starts_at, day, 9 + day),
            **extra,
        )

    add(
        running, "gesamt", 1, "", (
            "Der Integrationsbeirat begrüßt, dass die Fortschreibung an das Konzept von 2020 "
            "anknüpft. Er bittet darum, die Sprachkurse auch abends und mit Kinderbetreuung "
            "anzubieten, die Elternarbeit in den Stadtteilen auszubauen und die "
            "Mehrsprachigkeit der Verwaltung verbindlich zu regeln.\n\n"
            "Beschlossen in der Sitzung des Integrationsbeirats (Demo-Inhalt)."
        ), "de", 3, kind=Comment.Kind.STATEMENT, notify=True,
    )  # fmt: skip
    Comment.objects.filter(consultation=running, kind=Comment.Kind.STATEMENT).update(
        author_name=board_name
    )
    add(
        running, MISSION, 1, "suggestion",
        "„Alle können mitreden“ ist gut. Bitte ergänzen: auch ohne gute Deutschkenntnisse, "
        "mit Dolmetschen bei Bürgerversammlungen.",
        "de", 1, highlighted=True, decision="adopted",
        justification="Das Leitbild nennt Dolmetschangebote bei Versammlungen ausdrücklich.",
        answered_at=_when(start, 4, 14), answered_by=office,
    )  # fmt: skip
    add(
        running, GUIDING_GOALS, 2, "question",
        "Üç ay içinde dil kursu hedefi gerçekçi mi? Şu anda bekleme listeleri çok uzun.",
        "tr", 1, notify=True, decision="noted",
        justification=(
            "Die Wartezeiten sind bekannt; das Ziel bleibt, die Volkshochschule plant "
            "zusätzliche Kurse."
        ),
        answered_at=_when(start, 4, 15), answered_by=office,
    )  # fmt: skip
    add(
        running, field.key, 3, "criticism",
        "Мовні курси для батьків часто в робочий час. Потрібні вечірні курси та "
        "догляд за дітьми.",
        "uk", 2,
    )  # fmt: skip
    add(
        running, goal.key, 2, "suggestion",
        "نقترح دورات لغة مسائية مع رعاية للأطفال في الأحياء.",
        "ar", 2, decision="partly",
        justification="Abendkurse werden aufgenommen; Kinderbetreuung nur an zwei Standorten.",
        answered_at=_when(start, 4, 16), answered_by=office,
    )  # fmt: skip
    reported = add(
        running, measure.key, 3, "question",
        "Wer bezahlt die Kinderbetreuung während der Kurse, und ab wann gilt das?",
        "de", 3,
    )  # fmt: skip
    CommentReport.objects.create(
        comment=reported, reason=CommentReport.Reason.OFF_TOPIC, note="Gehört zur Kita-Planung."
    )
    add(
        running, second_field.key, 1, "criticism",
        "Werbung für einen privaten Sprachkurs mit Telefonnummer.",
        "de", 4, status="hidden",
        hidden_reason="Ausgeblendet: Werbung für ein kommerzielles Angebot.",
        moderated_at=_when(start, 4, 17), moderated_by=office,
    )  # fmt: skip

    # --- The closed consultation of 2020, report published ------------------------------
    opened = datetime(2019, 11, 4, 8, 0, tzinfo=BERLIN)
    closed = Consultation.objects.create(
        page=adopted,
        revision=adopted.live_revision or adopted.latest_revision,
        site=ctx.site,
        title="Beteiligung zum Entwurf der Fortschreibung 2020",
        starts_at=opened,
        ends_at=datetime(2019, 12, 13, 18, 0, tzinfo=BERLIN),
        audience=Consultation.Audience.PUBLIC,
        introduction=(
            "Beirat und Bürgerschaft konnten den Entwurf der Fortschreibung kommentieren. "
            "Die Abwägung nennt zu jedem Beitrag die Entscheidung des Integrationsbüros. "
            "(Erfundener Beispielinhalt der Weltoffen-Demo.)"
        ),
        contact="Integrationsbüro der Mittelstadt Völklingen",
        result_page=adopted,
        report_published_at=datetime(2020, 9, 25, 10, 0, tzinfo=BERLIN),
        created_by=office,
    )
    old = list(flatten(section_tree(adopted)))
    labels.update({s.key: s.label for s in old})
    old_fields = [s for s in old if s.kind == "field"]
    old_goals = [s for s in old if s.kind == "goal"]
    answered = _when(opened, 60, 10)
    rows = [
        (MISSION, 1, "suggestion", "Das Leitbild sollte sagen, dass Integration alle angeht.",
         "de", "adopted", "Der zweite Absatz des Leitbilds sagt das jetzt.", MISSION),
        (old_fields[0].key, 2, "suggestion",
         "Dil kursları için çok dilli bir genel bakış faydalı olur.", "tr", "adopted",
         "Die Kursübersicht erscheint in mehreren Sprachen.", old_fields[0].key),
        (old_goals[0].key, "public", "question", "Gibt es Kurse auch am Samstag?", "de",
         "noted", "Die Kursträger prüfen Samstagskurse; das Konzept legt keine Zeiten fest.", ""),
        (old_fields[1].key, 3, "criticism",
         "Elterncafés erreichen nur wenige Familien. Bitte aufsuchende Arbeit ergänzen.",
         "de", "partly", "Aufsuchende Elternarbeit wird in zwei Stadtteilen erprobt.",
         old_fields[1].key),
        (old_fields[-1].key, "public", "suggestion",
         "Ein jährliches Stadtteilfest in jedem Viertel.", "de", "rejected",
         "Nicht finanzierbar; die Interkulturelle Woche bleibt der gemeinsame Anlass.", ""),
    ]  # fmt: skip
    for day, (key, member, category, text, language, decision, why, changed) in enumerate(rows):
        add(
            closed, key, member, category, text, language, day + 2,
            decision=decision, justification=why, changed_section_key=changed,
            answered_at=answered, answered_by=office,
        )  # fmt: skip
