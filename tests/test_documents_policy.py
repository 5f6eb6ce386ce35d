"""Documents and images that only drafts use stay internal.

Policy (home/wagtail_hooks.py, README "Entwürfe bleiben intern"): a document is
served once a live, unrestricted page uses it; until then only people who may
change or choose it in the admin get it, everyone else 404. The API lists only
images and documents that live pages use. Image files themselves are served
from unguessable paths (the README says what that does and does not protect).
"""

import json
import uuid

import pytest
from wagtail.models import Collection

from tests.factories import (
    CHANGED,
    DRAFT,
    LIVE,
    DocumentFactory,
    ImageFactory,
    PressReleaseFactory,
    document_block,
    image_block,
)
from tests.helpers import visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def in_collection(obj, name):
    obj.collection = Collection.objects.get(name=name)
    obj.save()
    return obj


def body_with(document=None, image=None):
    blocks = [{"type": "paragraph", "value": "<p>Text</p>", "id": str(uuid.uuid4())}]
    if document:
        blocks.append(document_block(document, "Anlage"))
    if image:
        blocks.append(image_block(image, "Foto"))
    return json.dumps(blocks)


@pytest.fixture
def documents(voelklingen):
    """One document per situation, all in Völklingen's collection."""
    docs = {
        name: in_collection(DocumentFactory(title=f"Dokument {name}"), "Völklingen")
        for name in ("live", "entwurf", "neuer-entwurf", "unbenutzt")
    }
    PressReleaseFactory(
        town=voelklingen, title="Mit Anlage", state=LIVE, body=body_with(docs["live"])
    )
    PressReleaseFactory(
        town=voelklingen, title="Entwurf mit Anlage", state=DRAFT, body=body_with(docs["entwurf"])
    )
    PressReleaseFactory(
        town=voelklingen,
        title="Live, Anlage nur im Entwurf",
        state=CHANGED,
        change={"body": body_with(docs["neuer-entwurf"])},
    )
    return docs


def status(client, town, document):
    return visit(client, town, document.url).status_code


def test_anonymous_visitors_get_only_documents_live_pages_use(client, voelklingen, documents):
    assert status(client, voelklingen, documents["live"]) == 200
    for name in ("entwurf", "neuer-entwurf", "unbenutzt"):
        assert status(client, voelklingen, documents[name]) == 404, name


def test_users_of_another_municipality_get_no_internal_document(
    client, voelklingen, merzig, documents, role_user
):
    for role in ("redaktion", "pressestelle", "integrationsbuero", "beirat", "administration"):
        client.force_login(role_user(merzig, role))
        assert status(client, voelklingen, documents["live"]) == 200
        for name in ("entwurf", "neuer-entwurf", "unbenutzt"):
            assert status(client, voelklingen, documents[name]) == 404, (role, name)


@pytest.mark.parametrize("role", ["redaktion", "pressestelle", "integrationsbuero"])
def test_editors_of_the_municipality_get_their_documents(
    client, voelklingen, documents, role_user, role
):
    client.force_login(role_user(voelklingen, role))
    for name in ("live", "entwurf", "neuer-entwurf", "unbenutzt"):
        assert status(client, voelklingen, documents[name]) == 200, name


def test_a_document_goes_offline_with_its_page(client, voelklingen, documents):
    from news.models import PressReleasePage

    page = PressReleasePage.objects.get(slug="mit-anlage")
    page.unpublish()
    assert status(client, voelklingen, documents["live"]) == 404


def test_the_api_lists_only_images_and_documents_of_live_pages(client, voelklingen, documents):
    live_image = ImageFactory(title="Foto live")
    draft_image = ImageFactory(title="Foto Entwurf")
    PressReleaseFactory(town=voelklingen, title="Foto-Meldung", body=body_with(image=live_image))
    PressReleaseFactory(
        town=voelklingen, title="Foto-Entwurf", state=DRAFT, body=body_with(image=draft_image)
    )
    images = visit(client, voelklingen, "/api/v2/images/?limit=50").json()
    titles = {item["title"] for item in images["items"]}
    assert "Foto live" in titles and "Foto Entwurf" not in titles
    docs = visit(client, voelklingen, "/api/v2/documents/?limit=50").json()
    titles = {item["title"] for item in docs["items"]}
    assert titles == {"Dokument live"}
    assert visit(client, voelklingen, f"/api/v2/images/{draft_image.pk}/").status_code == 404
    document_id = documents["entwurf"].pk
    assert visit(client, voelklingen, f"/api/v2/documents/{document_id}/").status_code == 404
