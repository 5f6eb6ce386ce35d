"""Reading the draft: its sections keep their keys across revisions, and
participants read the frozen revision with the comment threads."""

import pytest

from consultation.models import Comment
from consultation.sections import GUIDING_GOALS, MISSION, flatten, section_tree
from tests.consultation.helpers import SECRET, host, open_consultation, page_text, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


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


def test_participants_read_the_frozen_revision(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    page = draft.get_latest_revision_as_object()
    page.mission_statement = "<p>Ganz neuer Text nach Beginn.</p>"
    page.save_revision()
    client.force_login(people["beirat"])
    response = client.get(url("detail", pk=consultation.pk), **host(voelklingen))
    assert SECRET in page_text(response)
    assert "Ganz neuer Text" not in page_text(response)
