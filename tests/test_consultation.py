"""Consultation on a draft concept edition (issue #6).

A draft is frozen as a revision; the advisory board (and, when open, the
public) comments per section within a period; moderators hide and highlight;
the office answers every comment; the report is published with the adopted
edition. Who may do what is decided in consultation/permissions.py,
tested here as a matrix before, during and after the comment period.
"""

import csv
import io
import re
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from consultation import forms as consultation_forms
from consultation import permissions as rules
from consultation.export import comments_csv, report_csv
from consultation.models import Comment, CommentReport, Consultation, Participant
from consultation.sections import GUIDING_GOALS, MISSION, flatten, section_tree
from tests.conftest import (
    DRAFT,
    LIVE,
    add_edition,
    channels_showing,
    field_of_action,
    structure,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

SECRET = "Leitbildgeheimnis"  # appears only in the draft under consultation
MEASURE = {
    "title": "Sprachpatenschaften",
    "description": "Ehrenamtliche begleiten Neuzugewanderte.",
    "responsible": "Integrationsbüro",
    "partners": "Vereine",
    "timeframe": "2026–2028",
    "status": "planned",
    "budget": "",
}


@pytest.fixture(autouse=True)
def no_minimum_time(monkeypatch):
    """The timing trap needs a few seconds; tests that check it set it again."""
    monkeypatch.setattr(consultation_forms, "MIN_SECONDS", 0)


@pytest.fixture
def draft(voelklingen):
    return add_edition(
        voelklingen,
        "Integrationskonzept Fortschreibung Entwurf",
        2026,
        status="draft",
        state=DRAFT,
        mission_statement=f"<p>{SECRET}: Völklingen für alle.</p>",
        guiding_goals="<p>Alle reden mit.</p>",
        structure=structure(
            (field_of_action("sprache"), [("Sprachkurse für alle", [MEASURE])]),
            (field_of_action("wohnen"), [("Gute Nachbarschaft", [])]),
        ),
    )


PHASES = {
    "before": (timedelta(days=2), timedelta(days=20)),
    "during": (-timedelta(days=2), timedelta(days=20)),
    "after": (-timedelta(days=30), -timedelta(days=1)),
}


def open_consultation(page, audience="board", phase="during", **kw):
    start, end = PHASES[phase]
    now = timezone.now()
    return Consultation.objects.create(
        page=page,
        title=kw.pop("title", "Beteiligung zur Fortschreibung"),
        starts_at=now + start,
        ends_at=now + end,
        audience=audience,
        introduction="Bitte kommentieren Sie bis zum Ende der Frist.",
        contact="Integrationsbüro, Telefon 06898 0123-0",
        **kw,
    )


def set_phase(consultation, phase):
    start, end = PHASES[phase]
    now = timezone.now()
    consultation.starts_at, consultation.ends_at = now + start, now + end
    consultation.save()


def make_user(username, email=None):
    return get_user_model().objects.create_user(
        username, email=email or f"{username}@example.org", password="test-only"
    )


def board_member(town, username="beirat-mitglied", **kw):
    user = make_user(username)
    Participant.objects.create(
        user=user, site=town.site, kind=Participant.Kind.BOARD, display_name=kw.get("name", "")
    )
    return user


def public_participant(town, username="buergerin", anonymous=False):
    user = make_user(username)
    Participant.objects.create(
        user=user,
        site=town.site,
        kind=Participant.Kind.PUBLIC,
        display_name="Ayşe K.",
        anonymous=anonymous,
        email_confirmed_at=timezone.now(),
    )
    return user


@pytest.fixture
def people(voelklingen, merzig, role_user):
    from django.contrib.auth.models import AnonymousUser

    return {
        "anonym": AnonymousUser(),
        "öffentlich": public_participant(voelklingen),
        "beirat": board_member(voelklingen, name="Mitglied A"),
        "beirat-merzig": board_member(merzig, "beirat-merzig"),
        "beirat-gruppe-merzig": role_user(merzig, "beirat"),
        "moderation": role_user(voelklingen, "integrationsbuero"),
        "moderation-merzig": role_user(merzig, "integrationsbuero"),
    }


# --- Sections ---------------------------------------------------------------------


def test_sections_follow_the_structure_with_stable_keys(draft):
    tree = section_tree(draft)
    keys = [s.key for s in flatten(tree)]
    assert keys[:2] == [MISSION, GUIDING_GOALS]
    kinds = [s.kind for s in flatten(tree)]
    assert kinds == ["mission", "guiding_goals", "field", "goal", "measure", "field", "goal"]
    # A new revision keeps the block ids, so comments keep their section.
    draft.title = "Neuer Titel"
    draft.save_revision()
    again = [s.key for s in flatten(section_tree(draft.get_latest_revision_as_object()))]
    assert again == keys


# --- Permission matrix -------------------------------------------------------------

# (audience, person) -> {phase: (can_read, can_comment)}
R, C, N = (True, True), (True, False), (False, False)
MATRIX = {
    ("board", "anonym"): {"before": N, "during": N, "after": N},
    ("board", "öffentlich"): {"before": N, "during": N, "after": N},
    ("board", "beirat"): {"before": N, "during": R, "after": C},
    ("board", "beirat-merzig"): {"before": N, "during": N, "after": N},
    ("board", "beirat-gruppe-merzig"): {"before": N, "during": N, "after": N},
    ("board", "moderation"): {"before": C, "during": C, "after": C},
    ("board", "moderation-merzig"): {"before": N, "during": N, "after": N},
    ("public", "anonym"): {"before": N, "during": C, "after": C},
    ("public", "öffentlich"): {"before": N, "during": R, "after": C},
    ("public", "beirat"): {"before": N, "during": R, "after": C},
    ("public", "beirat-merzig"): {"before": N, "during": C, "after": C},
    ("public", "beirat-gruppe-merzig"): {"before": N, "during": C, "after": C},
    ("public", "moderation"): {"before": C, "during": C, "after": C},
    ("public", "moderation-merzig"): {"before": N, "during": C, "after": C},
}


@pytest.mark.parametrize("audience,person", list(MATRIX))
def test_permission_matrix(draft, people, audience, person):
    consultation = open_consultation(draft, audience)
    user = people[person]
    for phase, (read, comment) in MATRIX[(audience, person)].items():
        set_phase(consultation, phase)
        assert rules.can_read(user, consultation) is read, (phase, "read")
        assert rules.can_comment(user, consultation) is comment, (phase, "comment")
        assert rules.can_report(user, consultation) is read, (phase, "report")
        office = person == "moderation"
        assert rules.can_moderate(user, consultation) is office, phase
        assert rules.can_answer(user, consultation) is office, phase
        assert rules.can_export(user, consultation) is office, phase
        assert rules.can_hand_in_statement(user, consultation) is (
            comment and person == "beirat"
        ), phase


def test_the_municipalitys_board_group_counts_as_board(draft, voelklingen, role_user):
    consultation = open_consultation(draft)
    assert rules.can_comment(role_user(voelklingen, "beirat"), consultation)


def test_blocked_and_unconfirmed_people_cannot_post(draft, people, voelklingen):
    consultation = open_consultation(draft, "public")
    member = people["beirat"]
    Participant.objects.filter(user=member).update(blocked=True, blocked_reason="Spam")
    member = get_user_model().objects.get(pk=member.pk)  # forget the cached participant
    assert not rules.can_comment(member, consultation)
    assert rules.can_read(member, consultation)
    unconfirmed = make_user("unbestaetigt")
    Participant.objects.create(user=unconfirmed, site=voelklingen.site, kind="public")
    assert not rules.can_comment(unconfirmed, consultation)


def test_report_is_public_only_once_published(draft, people):
    consultation = open_consultation(draft, phase="after")
    assert not rules.can_read_report(people["anonym"], consultation)
    assert rules.can_read_report(people["moderation"], consultation)
    consultation.report_published_at = timezone.now()
    assert rules.can_read_report(people["anonym"], consultation)


# --- Reading the draft -------------------------------------------------------------


def host(town):
    return {"HTTP_HOST": town.host}


def url(name, **kwargs):
    return reverse(f"consultation:{name}", kwargs=kwargs)


def page_text(response):
    return " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text(" ").split())


def test_board_only_consultation_asks_anonymous_to_log_in(client, draft, voelklingen):
    consultation = open_consultation(draft)
    response = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert response.status_code == 302
    assert url("login") in response["Location"]
    assert SECRET not in response.content.decode()


def test_other_municipalities_never_see_it(client, draft, people, voelklingen, merzig):
    consultation = open_consultation(draft)
    client.force_login(people["beirat-merzig"])
    assert client.get(url("detail", pk=consultation.pk), **host(voelklingen)).status_code == 404
    # Nor on their own municipality's host.
    client.force_login(people["beirat"])
    assert client.get(url("detail", pk=consultation.pk), **host(merzig)).status_code == 404


def test_board_member_reads_sections_with_threads(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    Comment.objects.create(
        consultation=consultation,
        section_key=MISSION,
        section_label="Leitbild",
        author=people["beirat"],
        author_name="Mitglied A",
        as_board=True,
        category="question",
        text="Was heißt „für alle“?",
        language="de",
    )
    client.force_login(people["beirat"])
    response = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert response.status_code == 200
    text = page_text(response)
    assert SECRET in text
    assert "1 Kommentar zu „Leitbild“" in text
    assert "0 Kommentare zu „Sprachpatenschaften“" in text
    assert "Was heißt „für alle“?" in text
    html = response.content.decode()
    assert 'name="robots" content="noindex"' in html
    assert 'rel="canonical"' not in html


def test_before_the_period_only_the_dates(client, draft, people, voelklingen):
    consultation = open_consultation(draft, phase="before")
    client.force_login(people["beirat"])
    response = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert response.status_code == 200
    assert "Die Kommentierung beginnt am" in page_text(response)
    assert SECRET not in response.content.decode()


def test_participants_read_the_frozen_revision(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    page = draft.get_latest_revision_as_object()
    page.mission_statement = "<p>Ganz neuer Text nach Beginn.</p>"
    page.save_revision()
    client.force_login(people["beirat"])
    response = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert SECRET in page_text(response)
    assert "Ganz neuer Text" not in page_text(response)


# --- Commenting -------------------------------------------------------------------


def form_fields(response):
    form = BeautifulSoup(response.content.decode(), "html.parser").select_one("form.wo-form")
    assert form is not None, "no form on the page"
    return {i["name"]: i.get("value", "") for i in form.select("input[type=hidden]")}


def comment_on(client, town, consultation, key=MISSION, **data):
    address = url("comment", pk=consultation.pk, key=key)
    page = client.get(address, **host(town))
    assert page.status_code == 200, page.status_code
    fields = form_fields(page)
    fields.update(
        {"category": "suggestion", "text": "Mehr Sprachkurse am Abend.", "language": "de"}
    )
    fields.update(data)
    return client.post(address, fields, **host(town)), fields


def test_board_member_comments_and_gets_a_receipt(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    mail.outbox.clear()
    response, _data = comment_on(client, voelklingen, consultation, notify="on")
    assert response.status_code == 302
    comment = Comment.objects.get(consultation=consultation)
    assert comment.as_board and comment.section_key == MISSION and comment.notify
    assert response["Location"] == url("receipt", pk=consultation.pk, receipt=comment.receipt)
    receipt = client.get(response["Location"], **host(voelklingen))
    assert comment.receipt in page_text(receipt)
    assert len(mail.outbox) == 1
    assert comment.receipt in mail.outbox[0].subject
    assert "Mehr Sprachkurse am Abend." in mail.outbox[0].body
    # Nobody else sees the receipt page.
    client.force_login(people["öffentlich"])
    assert client.get(response["Location"], **host(voelklingen)).status_code == 404


def test_comment_in_another_language_is_marked(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    comment_on(client, voelklingen, consultation, text="Akşam kursları lazım.", language="tr")
    page = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    soup = BeautifulSoup(page.content.decode(), "html.parser")
    text = soup.find(lang="tr", string=None, attrs={"dir": "auto"})
    assert text is not None and "Akşam kursları lazım." in text.get_text()
    assert "Türkçe" in page_text(page)


def test_html_and_script_are_shown_as_text(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    evil = '<script>alert("x")</script><b onclick="x()">fett</b>\nzweite Zeile'
    comment_on(client, voelklingen, consultation, text=evil)
    html = client.get(url("detail", pk=consultation.pk), **host(voelklingen)).content.decode()
    assert "<script>alert" not in html
    assert "<b onclick" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "fett&lt;/b&gt;<br>zweite Zeile" in html


def test_over_long_text_is_refused_with_a_linked_error(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, text="x" * 3001)
    assert response.status_code == 200
    assert not Comment.objects.exists()
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select_one('[role=alert] a[href="#id_text"]') is not None
    field = soup.select_one("#id_text")
    assert field["aria-invalid"] == "true"
    assert "id_text_error" in field["aria-describedby"]
    assert "höchstens 3000 Zeichen" in page_text(response)


@pytest.mark.parametrize(
    "data,message",
    [
        ({"text": "   "}, "Bitte schreiben Sie Ihren Kommentar."),
        ({"category": ""}, "Bitte wählen Sie"),
        ({"category": "lob"}, "keine gültige Auswahl"),
        ({"language": "xx"}, "keine gültige Auswahl"),
        ({"text": "Klingel\x07Zeichen"}, "Steuerzeichen"),
        ({"text": "Null\x00Byte"}, "Bitte prüfen Sie Ihre Angaben"),
    ],
)
def test_bad_input_is_refused(client, draft, people, voelklingen, data, message):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, **data)
    assert response.status_code == 200
    assert message in page_text(response)
    assert not Comment.objects.exists()


def test_posting_after_the_deadline_is_refused(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    address = url("comment", pk=consultation.pk, key=MISSION)
    fields = form_fields(client.get(address, **host(voelklingen)))
    set_phase(consultation, "after")
    fields.update({"category": "question", "text": "Zu spät?", "language": "de"})
    response = client.post(address, fields, **host(voelklingen))
    assert response.status_code == 403
    assert "Kommentierungsfrist ist abgelaufen" in page_text(response)
    assert not Comment.objects.exists()
    detail = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert "zu Ende gegangen" in page_text(detail)
    assert "kommentieren</span>" not in detail.content.decode()


def test_a_replayed_form_creates_one_comment(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    first, fields = comment_on(client, voelklingen, consultation)
    again = client.post(
        url("comment", pk=consultation.pk, key=MISSION), fields, **host(voelklingen)
    )
    assert again.status_code == 302 and again["Location"] == first["Location"]
    assert Comment.objects.count() == 1


def test_forged_or_foreign_tokens_are_refused(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, form_token="gefälscht")
    assert "abgelaufen oder ungültig" in page_text(response)
    # A token issued for another section is no good here either.
    other = consultation_forms.issue_token(f"comment:{consultation.pk}:{GUIDING_GOALS}")
    response, _ = comment_on(client, voelklingen, consultation, form_token=other)
    assert "abgelaufen oder ungültig" in page_text(response)
    assert not Comment.objects.exists()


def test_spam_traps(client, draft, people, voelklingen, monkeypatch):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, website="http://spam.example")
    assert response.status_code == 302 and not Comment.objects.exists()
    monkeypatch.setattr(consultation_forms, "MIN_SECONDS", 60)
    response, _ = comment_on(client, voelklingen, consultation)
    assert "Das ging sehr schnell" in page_text(response)
    assert not Comment.objects.exists()


def test_comments_are_rate_limited(client, draft, people, voelklingen, settings):
    settings.CONSULTATION_RATE_LIMITS = {"comment": 2, "statement": 1, "report": 1, "register": 1}
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    for _ in range(2):
        assert comment_on(client, voelklingen, consultation)[0].status_code == 302
    response, _ = comment_on(client, voelklingen, consultation)
    assert "sehr viele Beiträge" in page_text(response)
    assert Comment.objects.count() == 2


def test_unknown_section_and_foreign_people_cannot_post(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    assert (
        client.get(
            url("comment", pk=consultation.pk, key="gibt-es-nicht"), **host(voelklingen)
        ).status_code
        == 404
    )
    client.force_login(people["öffentlich"])
    response = client.post(url("comment", pk=consultation.pk, key=MISSION), {}, **host(voelklingen))
    assert response.status_code == 404
    client.logout()
    response = client.post(url("comment", pk=consultation.pk, key=MISSION), {}, **host(voelklingen))
    assert response.status_code == 302 and not Comment.objects.exists()


def test_public_consultation_open_to_registered_people(client, draft, people, voelklingen):
    consultation = open_consultation(draft, "public")
    page = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert SECRET in page_text(page) and "Neu registrieren" in page_text(page)
    client.force_login(people["öffentlich"])
    response, _ = comment_on(client, voelklingen, consultation)
    assert response.status_code == 302
    assert Comment.objects.get().author_name == "Ayşe K."


def test_anonymous_public_participants_stay_anonymous(client, draft, voelklingen):
    consultation = open_consultation(draft, "public")
    client.force_login(public_participant(voelklingen, "anonyma", anonymous=True))
    comment_on(client, voelklingen, consultation)
    assert Comment.objects.get().public_author == "anonym"
    assert "Ayşe" not in page_text(
        client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    )


def test_one_statement_per_board(client, draft, people, voelklingen, role_user):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    address = url("statement", pk=consultation.pk)
    fields = form_fields(client.get(address, **host(voelklingen)))
    fields.update({"text": "Der Beirat begrüßt den Entwurf.", "language": "de"})
    assert client.post(address, fields, **host(voelklingen)).status_code == 302
    statement = Comment.objects.get(kind=Comment.Kind.STATEMENT)
    assert statement.author_name == "Integrationsbeirat"
    client.force_login(role_user(voelklingen, "beirat"))
    assert client.get(address, **host(voelklingen)).status_code == 403
    detail = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert "Der Beirat begrüßt den Entwurf." in page_text(detail)


def test_readers_report_a_comment(client, draft, people, voelklingen):
    consultation = open_consultation(draft, "public")
    comment = Comment.objects.create(
        consultation=consultation, section_key=MISSION, author=people["beirat"],
        category="criticism", text="Kauft billige Uhren!", language="de",
    )  # fmt: skip
    address = url("report_comment", pk=consultation.pk, comment_id=comment.pk)
    fields = form_fields(client.get(address, **host(voelklingen)))
    fields.update({"reason": "spam", "note": "Werbung"})
    response = client.post(address, fields, **host(voelklingen))
    assert response.status_code == 302
    report = CommentReport.objects.get()
    assert report.comment == comment and report.reason == "spam" and report.reporter is None


def test_hidden_comment_shows_the_reason_instead(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    Comment.objects.create(
        consultation=consultation, section_key=MISSION, author=people["beirat"],
        category="criticism", text="Beleidigender Text", language="de",
        status="hidden", hidden_reason="Beleidigung entfernt",
    )  # fmt: skip
    client.force_login(people["beirat"])
    text = page_text(client.get(url("detail", pk=consultation.pk), **host(voelklingen)))
    assert "Beleidigender Text" not in text
    assert "Beleidigung entfernt" in text
    assert "0 Kommentare zu „Leitbild“" in text


# --- Moderation and answers in the admin -----------------------------------------


def admin_form(client, address):
    """The admin form's current values, as a browser would send them."""
    soup = BeautifulSoup(client.get(address).content.decode(), "html.parser")
    form = soup.select_one("form[method=post]")
    data = {}
    for field in form.select("input, textarea, select"):
        name = field.get("name")
        if not name or field.get("disabled") is not None:
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.select_one("option[selected]")
            data[name] = chosen["value"] if chosen else ""
        elif field.get("type") == "checkbox":
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        else:
            data[name] = field.get("value", "")
    return data


def test_moderator_hides_highlights_and_answers(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    comment = Comment.objects.create(
        consultation=consultation, section_key=MISSION, author=people["beirat"],
        category="suggestion", text="Mehr Kurse", language="de",
    )  # fmt: skip
    client.force_login(people["moderation"])
    index = client.get(reverse("consultation_comments:index"))
    assert index.status_code == 200 and comment.receipt in index.content.decode()
    address = reverse("consultation_comments:edit", args=[comment.pk])
    data = admin_form(client, address)
    data.update(status="hidden", hidden_reason="")
    response = client.post(address, data)
    assert response.status_code == 200  # a reason is required
    data.update(hidden_reason="Werbung", highlighted="on", decision="rejected", justification="")
    assert client.post(address, data).status_code == 200  # so is a justification
    data.update(justification="Passt nicht zum Konzept.")
    response = client.post(address, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    comment.refresh_from_db()
    assert comment.is_hidden and comment.hidden_reason == "Werbung" and comment.highlighted
    assert comment.decision == "rejected" and comment.answered_by == people["moderation"]
    assert comment.moderated_by == people["moderation"]


def test_moderators_of_other_municipalities_see_nothing(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    comment = Comment.objects.create(
        consultation=consultation, section_key=MISSION, author=people["beirat"],
        category="suggestion", text="Nur Völklingen", language="de",
    )  # fmt: skip
    client.force_login(people["moderation-merzig"])
    index = client.get(reverse("consultation_comments:index"))
    assert index.status_code == 200 and comment.receipt not in index.content.decode()
    assert client.get(reverse("consultation_comments:edit", args=[comment.pk])).status_code == 404
    assert client.get(reverse("consultation_admin:edit", args=[consultation.pk])).status_code == 404
    assert client.get(reverse("consultation_export", args=[consultation.pk])).status_code in (
        302,
        403,
    )
    client.force_login(people["beirat"])
    assert client.get(reverse("consultation_comments:index")).status_code in (302, 403)


def test_office_opens_a_consultation_in_the_admin(client, draft, people, voelklingen):
    client.force_login(people["moderation"])
    address = reverse("consultation_admin:add")
    assert client.get(address).status_code == 200
    now = timezone.localtime()
    response = client.post(
        address,
        {
            "page": draft.pk,
            "title": "Beteiligung Entwurf",
            "starts_at": (now - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            "ends_at": (now + timedelta(days=14)).strftime("%Y-%m-%d %H:%M"),
            "audience": "board",
            "introduction": "",
            "contact": "",
            "result_page": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    consultation = Consultation.objects.get()
    assert consultation.revision == draft.latest_revision
    assert consultation.site == voelklingen.site
    assert consultation.created_by == people["moderation"]


# --- Export, report, notification -------------------------------------------------


@pytest.fixture
def answered(draft, people, voelklingen):
    adopted = add_edition(voelklingen, "Integrationskonzept 2027", 2027, state=LIVE)
    consultation = open_consultation(draft, phase="after", result_page=adopted)
    member = people["beirat"]
    rows = [
        ("suggestion", "Abendkurse anbieten", "adopted", "Aufgenommen.", False, True),
        ("question", '=HYPERLINK("http://x")', "noted", "", False, False),
        ("criticism", "Spamtext", "", "", True, True),
    ]
    for category, text, decision, why, hidden, notify in rows:
        Comment.objects.create(
            consultation=consultation, section_key=MISSION, section_label="Leitbild",
            author=member, author_name="Mitglied A", as_board=True, category=category,
            text=text, language="de", decision=decision, justification=why,
            status="hidden" if hidden else "visible",
            hidden_reason="Werbung" if hidden else "", notify=notify,
        )  # fmt: skip
    return consultation


def rows_of(content):
    return list(csv.reader(io.StringIO(content.lstrip("\ufeff")), delimiter=";"))


def test_office_export_excludes_hidden_unless_asked(answered):
    rows = rows_of(comments_csv(answered))
    assert rows[0][:4] == ["Eingangsnummer", "Eingegangen am", "Art", "Abschnitt"]
    texts = [r[8] for r in rows[1:]]
    assert "Spamtext" not in texts and len(texts) == 2
    assert '\'=HYPERLINK("http://x")' in texts  # never a formula
    assert "Spamtext" in [r[8] for r in rows_of(comments_csv(answered, include_hidden=True))[1:]]
    public = rows_of(report_csv(answered))
    assert "[ausgeblendet: Werbung]" in [r[8] for r in public[1:]]


def test_admin_export_download(client, answered, people):
    client.force_login(people["moderation"])
    response = client.get(reverse("consultation_export", args=[answered.pk]) + "?ausgeblendete=1")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "Spamtext" in response.content.decode()
    workbook = client.get(reverse("consultation_export_xlsx", args=[answered.pk]))
    assert workbook.status_code == 200
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(workbook.content)).active
    values = [row[8] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert '=HYPERLINK("http://x")' in values and "Spamtext" not in values
    formula_cell = next(c for c in sheet["I"] if c.value == '=HYPERLINK("http://x")')
    assert formula_cell.data_type == "s"  # text, not a formula


def test_report_is_published_with_the_adopted_edition(client, answered, people, voelklingen):
    report = url("report", pk=answered.pk)
    assert client.get(report, **host(voelklingen)).status_code == 302  # asks to log in
    client.force_login(people["moderation"])
    address = reverse("consultation_admin:edit", args=[answered.pk])
    data = admin_form(client, address)
    data["publish_report"] = "on"
    mail.outbox.clear()
    with pytest.MonkeyPatch.context():
        from django.test import TestCase

        with TestCase.captureOnCommitCallbacks(execute=True):
            response = client.post(address, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    answered.refresh_from_db()
    assert answered.report_published
    # One e-mail to the one person who asked, however many comments they wrote.
    assert len(mail.outbox) == 1 and report in mail.outbox[0].body
    client.logout()
    text = page_text(client.get(report, **host(voelklingen)))
    assert "Abendkurse anbieten" in text and "übernommen" in text
    assert "Spamtext" not in text and "Werbung" in text
    download = client.get(url("report_csv", pk=answered.pk), **host(voelklingen))
    assert download.status_code == 200 and "Abendkurse" in download.content.decode()
    # The adopted edition links the report and counts per section.
    edition = client.get(answered.result_page.get_url(), **host(voelklingen))
    soup = BeautifulSoup(edition.content.decode(), "html.parser")
    assert soup.select_one(f'a[href="{report}"]') is not None
    row = soup.select_one(".wo-consultation-summary tbody tr")
    cells = [c.get_text(strip=True) for c in row.select("th, td")]
    assert cells == ["Leitbild", "2", "1", "0", "0", "1"]


# --- Accounts ---------------------------------------------------------------------


def test_public_registration_with_confirmation(client, draft, voelklingen):
    consultation = open_consultation(draft, "public")
    address = url("register")
    fields = form_fields(client.get(address, **host(voelklingen)))
    fields.update(
        email="Neu@Example.org", display_name="", anonymous="on",
        password1="sicheres-passwort-42", password2="sicheres-passwort-42",
    )  # fmt: skip
    mail.outbox.clear()
    response = client.post(address, fields, **host(voelklingen))
    assert response.status_code == 200 and "Bitte bestätigen" in page_text(response)
    user = get_user_model().objects.get(email="neu@example.org")
    assert not user.is_active
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    path = link.split(voelklingen.host, 1)[1]
    assert client.get(path, **host(voelklingen)).status_code == 200
    user.refresh_from_db()
    assert user.is_active
    assert user.username == "neu@example.org"
    response = client.post(
        url("login"),
        {"username": "neu@example.org", "password": "sicheres-passwort-42"},
        **host(voelklingen),
    )
    assert response.status_code == 302
    assert rules.can_comment(user, consultation)
    assert client.get("/de/beteiligung/bestaetigen/falsch/", **host(voelklingen)).status_code in (
        400,
        404,
    )


def test_board_invitation_sets_a_password(client, voelklingen, role_user):
    admin = role_user(voelklingen, "administration")
    client.force_login(admin)
    address = reverse("consultation_participants:add")
    mail.outbox.clear()
    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            address,
            {
                "site": voelklingen.site.pk,
                "username": "beirat-neu",
                "email": "neu@beirat.example",
                "display_name": "Neues Mitglied",
                "blocked_reason": "",
            },
        )
    assert response.status_code == 302, response.content.decode()[:3000]
    participant = Participant.objects.get(user__username="beirat-neu")
    assert participant.kind == "board" and not participant.user.has_usable_password()
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    client.logout()
    # Django swaps the token in the address for one in the session, then shows the form.
    step = client.get(path, **host(voelklingen), follow=True)
    assert step.status_code == 200 and "Passwort festlegen" in page_text(step)
    form_address = step.redirect_chain[-1][0]
    response = client.post(
        form_address,
        {"new_password1": "beirat-passwort-7", "new_password2": "beirat-passwort-7"},
        **host(voelklingen),
    )
    assert response.status_code == 302
    participant.user.refresh_from_db()
    assert participant.user.check_password("beirat-passwort-7")
    # The link works once only.
    assert "ungültig" in page_text(client.get(path, **host(voelklingen), follow=True))
    # The integration office may not create accounts.
    client.force_login(role_user(voelklingen, "integrationsbuero"))
    assert client.get(address).status_code in (302, 403)


def test_moderator_blocks_a_participant(client, draft, voelklingen, role_user):
    member = board_member(voelklingen, "beirat-stoerer")
    participant = Participant.objects.get(user=member)
    client.force_login(role_user(voelklingen, "integrationsbuero"))
    address = reverse("consultation_participants:edit", args=[participant.pk])
    data = admin_form(client, address)
    data.update(blocked="on", blocked_reason="Wiederholt beleidigend")
    response = client.post(address, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    participant.refresh_from_db()
    assert participant.blocked
    assert not rules.can_comment(
        get_user_model().objects.get(pk=member.pk), open_consultation(draft)
    )


def test_reported_comments_are_listed_for_moderators(client, draft, people, voelklingen):
    consultation = open_consultation(draft, "public")
    comment = Comment.objects.create(
        consultation=consultation, section_key=MISSION, author=people["beirat"],
        category="criticism", text="Gemeldeter Text", language="de",
    )  # fmt: skip
    CommentReport.objects.create(comment=comment, reason="offensive")
    client.force_login(people["moderation"])
    listing = client.get(reverse("consultation_comments:index") + "?reported=true")
    assert listing.status_code == 200 and comment.receipt in listing.content.decode()
    reports = client.get(reverse("consultation_reports:index"))
    assert reports.status_code == 200 and comment.receipt in reports.content.decode()
    client.force_login(people["moderation-merzig"])
    other = client.get(reverse("consultation_reports:index")).content.decode()
    assert comment.receipt not in other


def test_participant_login_page(client, voelklingen):
    board_member(voelklingen, "beirat-login")
    address = url("login")
    response = client.get(address, **host(voelklingen))
    assert response.status_code == 200
    response = client.post(
        address, {"username": "beirat-login", "password": "test-only"}, **host(voelklingen)
    )
    assert response.status_code == 302


# --- Leaks -------------------------------------------------------------------------


def test_draft_under_consultation_leaks_nowhere(client, draft, people, voelklingen):
    consultation = open_consultation(draft, "board")
    Comment.objects.create(
        consultation=consultation, section_key=MISSION, author=people["beirat"],
        category="suggestion", text="Kommentarmarker", language="de",
    )  # fmt: skip
    for viewer in (None, people["beirat-merzig"], people["öffentlich"]):
        if viewer:
            client.force_login(viewer)
        assert channels_showing(client, voelklingen, SECRET) == set()
        assert channels_showing(client, voelklingen, "Kommentarmarker") == set()
        client.logout()
    sitemap = client.get("/sitemap.xml", **host(voelklingen)).content.decode()
    assert "beteiligung" not in sitemap
