"""Fixtures for the consultation tests: the draft edition under consultation
(with a secret in its mission statement) and the people around it.

Consultation on a draft concept edition (issue #6): a draft is frozen as a
revision; the advisory board (and, when open, the public) comments per section
within a period; moderators hide and highlight; the office answers every
comment; the report is published with the adopted edition."""

import pytest

from core import protection
from tests.consultation.helpers import MEASURE, SECRET, board_member, public_participant
from tests.factories import DRAFT, ConceptEditionFactory, field_of_action, structure


@pytest.fixture(autouse=True)
def no_minimum_time(monkeypatch):
    """The timing trap needs a few seconds; tests that check it set it again."""
    monkeypatch.setattr(protection, "MIN_SECONDS", 0)


@pytest.fixture
def draft(voelklingen):
    return ConceptEditionFactory(
        town=voelklingen,
        title="Integrationskonzept Fortschreibung Entwurf",
        year=2026,
        status="draft",
        state=DRAFT,
        mission_statement=f"<p>{SECRET}: Völklingen für alle.</p>",
        guiding_goals="<p>Alle reden mit.</p>",
        structure=structure(
            (field_of_action("sprache"), [("Sprachkurse für alle", [MEASURE])]),
            (field_of_action("wohnen"), [("Gute Nachbarschaft", [])]),
        ),
    )


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
