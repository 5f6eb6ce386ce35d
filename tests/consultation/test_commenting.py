"""Commenting during the period: comments with a receipt, in any language,
shown as text; public participants, anonymous ones, the board's one statement,
and readers reporting a comment."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from consultation.models import Comment, CommentReport
from consultation.sections import MISSION
from tests.consultation.helpers import (
    SECRET,
    comment_on,
    form_fields,
    host,
    open_consultation,
    page_text,
    public_participant,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


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
