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


def test_a_board_only_drafts_comparison_is_never_public(client, draft, people, voelklingen):
    """ "Was ändert der Entwurf?" (consultation/comparison.py) shows the draft:
    only those who may read the consultation see it, and no channel lists it."""
    from tests.factories import ConceptEditionFactory

    ConceptEditionFactory(town=voelklingen, title="Geltende Ausgabe", year=2020)
    consultation = open_consultation(draft, "board")
    address = f"/de/beteiligung/{consultation.pk}/was-aendert-sich/"
    anonymous = client.get(address, **host(voelklingen))
    assert anonymous.status_code == 302 and SECRET not in anonymous.content.decode()
    for outsider in (people["öffentlich"], people["beirat-merzig"]):
        client.force_login(outsider)
        response = client.get(address, **host(voelklingen))
        assert response.status_code == 404 and SECRET not in response.content.decode()
        assert channels_showing(client, voelklingen, SECRET) == set()
        client.logout()
    client.force_login(people["beirat"])
    response = client.get(address, **host(voelklingen))
    assert response.status_code == 200
    html = response.content.decode()
    assert SECRET in html and "Diese Änderung kommentieren" in html
    assert "no-store" in response["Cache-Control"]
