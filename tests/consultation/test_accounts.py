"""Participants' accounts: public registration with confirmation, the board
invitation that sets a password, and the participants' log-in page."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from consultation import permissions as rules
from consultation.models import Participant
from tests.consultation.helpers import (
    board_member,
    form_fields,
    host,
    open_consultation,
    page_text,
    url,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


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


def test_participant_login_page(client, voelklingen):
    board_member(voelklingen, "beirat-login")
    address = url("login")
    response = client.get(address, **host(voelklingen))
    assert response.status_code == 200
    response = client.post(
        address, {"username": "beirat-login", "password": "test-only"}, **host(voelklingen)
    )
    assert response.status_code == 302
