"""Who may read, comment, report, moderate, answer and export, before, during
and after the comment period. Decided in consultation/permissions.py,
tested here as a matrix, then through the pages."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from consultation import permissions as rules
from consultation.models import Comment, Participant
from consultation.sections import MISSION
from tests.consultation.helpers import (
    SECRET,
    form_fields,
    host,
    make_user,
    open_consultation,
    page_text,
    set_phase,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

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


def test_before_the_period_only_the_dates(client, draft, people, voelklingen):
    consultation = open_consultation(draft, phase="before")
    client.force_login(people["beirat"])
    response = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert response.status_code == 200
    assert "Die Kommentierung beginnt am" in page_text(response)
    assert SECRET not in response.content.decode()


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
