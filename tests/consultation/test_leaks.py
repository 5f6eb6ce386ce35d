"""A draft under consultation, and its comments, appear on no public channel."""

import pytest

from consultation.models import Comment
from consultation.sections import MISSION
from tests.consultation.helpers import SECRET, host, open_consultation
from tests.helpers import channels_showing

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


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
    sitemap = client.get("/sitemap-pages.xml", **host(voelklingen)).content.decode()
    assert "beteiligung" not in sitemap
