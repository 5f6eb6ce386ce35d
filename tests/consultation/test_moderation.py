"""Moderation in the admin: hiding with a reason, highlighting, answering,
opening a consultation, blocking a participant, reported comments; never
across municipalities."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from consultation import permissions as rules
from consultation.models import Comment, CommentReport, Consultation, Participant
from consultation.sections import MISSION
from tests.consultation.helpers import (
    admin_form,
    board_member,
    host,
    open_consultation,
    page_text,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


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
