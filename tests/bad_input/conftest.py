"""The world the bad-input tests send their requests to (test_generated.py,
test_known.py): Völklingen with a page of each kind, a file of each kind, a
public consultation with a comment; and the seeded example budget."""

import pytest
from hypothesis import HealthCheck, settings

from consultation.models import Comment
from consultation.sections import MISSION
from core import protection
from tests.consultation.helpers import board_member, open_consultation, public_participant
from tests.factories import (
    DRAFT,
    ConceptEditionFactory,
    DocumentFactory,
    EventFactory,
    ImageFactory,
    PressReleaseFactory,
    StandardPageFactory,
    document_block,
    field_of_action,
    image_block,
    structure,
)

HUGE = "99999999999999999999999"


def examples(count):
    """Seeded and bounded: the same `count` examples on every run, none stored."""
    return settings(
        derandomize=True,
        database=None,
        deadline=None,
        max_examples=count,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# --- The world the requests go to ----------------------------------------------


@pytest.fixture(scope="module")
def world(shared_towns):
    """Völklingen with a page of each kind, an image and a document on a live
    page, and a public consultation with one comment."""
    import json

    town = shared_towns["voelklingen"]
    image = ImageFactory(title="Rathaus")
    document = DocumentFactory(title="Konzept")
    release = PressReleaseFactory(town=town, title="Sprachcafé eröffnet")
    event = EventFactory(town=town, title="Dialogforum")
    StandardPageFactory(
        town=town,
        title="Mit Bild",
        body=json.dumps([image_block(image), document_block(document)]),
    )
    draft = ConceptEditionFactory(
        town=town,
        title="Entwurf",
        year=2027,
        status="draft",
        state=DRAFT,
        mission_statement="<p>Völklingen für alle.</p>",
        structure=structure((field_of_action("sprache"), [("Sprachkurse", [])])),
    )
    consultation = open_consultation(draft, audience="public")
    board = board_member(town, "beirat-eingabe")
    citizen = public_participant(town, "buergerin-eingabe")
    comment = Comment.objects.create(
        consultation=consultation,
        author=board,
        author_name="Mitglied",
        section_key=MISSION,
        section_label="Leitbild",
        text="Mehr Kurse am Abend.",
        language="de",
    )
    return {
        "town": town,
        "merzig": shared_towns["merzig"],
        "image": image,
        "document": document,
        "release": release,
        "event": event,
        "consultation": consultation,
        "comment": comment,
        "board": board,
        "citizen": citizen,
        "statement_page": town.accessibility,
    }


@pytest.fixture(autouse=True)
def no_minimum_time(monkeypatch):
    monkeypatch.setattr(protection, "MIN_SECONDS", 0)
