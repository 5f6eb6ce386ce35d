"""What machines see: sitemap, robots.txt and the read-only API, per municipality."""

import json
import xml.etree.ElementTree as ET

import pytest

from tests.factories import (
    CHANGED,
    DRAFT,
    UNPUBLISHED,
    ConceptEditionFactory,
    DocumentFactory,
    ImageFactory,
    PressReleaseFactory,
    document_block,
    image_block,
)
from tests.helpers import path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture(scope="module")
def pages(shared_towns):
    merzig, voelklingen = shared_towns["merzig"], shared_towns["voelklingen"]
    return {
        "live": PressReleaseFactory(town=merzig, title="Sprachcafé eröffnet"),
        "draft": PressReleaseFactory(town=merzig, title="Noch nicht freigegeben", state=DRAFT),
        "gone": PressReleaseFactory(town=merzig, title="Zurückgezogen", state=UNPUBLISHED),
        "changed": PressReleaseFactory(
            town=merzig,
            title="Fest der Kulturen",
            state=CHANGED,
            change={"title": "Geänderter Entwurfstitel"},
        ),
        "elsewhere": PressReleaseFactory(town=voelklingen, title="Meldung aus Völklingen"),
    }


def sitemap_locations(client, town):
    response = visit(client, town, "/sitemap-pages.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    return [loc.text for loc in tree.findall("s:url/s:loc", SITEMAP_NS)]


def test_the_sitemap_lists_the_live_pages_of_this_municipality_only(client, merzig, pages):
    locations = sitemap_locations(client, merzig)
    assert "http://merzig.localhost/de/" in locations
    for path in (
        "/de/integrationskonzept/",
        "/de/presse/",
        "/de/veranstaltungen/",
        "/de/impressum/",
        "/de/datenschutz/",
        "/de/barrierefreiheit/",
        "/de/leichte-sprache/",
        "/de/gebaerdensprache/",
    ):
        assert f"http://merzig.localhost{path}" in locations
    assert "http://merzig.localhost/de/presse/sprachcafe-eroffnet/" in locations
    assert "http://merzig.localhost/de/presse/fest-der-kulturen/" in locations
    assert all(loc.startswith("http://merzig.localhost/") for loc in locations)
    assert len(locations) == len(set(locations)) == 11


def test_the_sitemap_leaves_out_drafts_and_withdrawn_pages(client, merzig, pages):
    locations = sitemap_locations(client, merzig)
    assert f"http://merzig.localhost{path_of(pages['draft'])}" not in locations
    assert f"http://merzig.localhost{path_of(pages['gone'])}" not in locations


def test_each_municipality_has_its_own_sitemap(client, voelklingen, pages):
    locations = sitemap_locations(client, voelklingen)
    assert "http://voelklingen.localhost/de/presse/meldung-aus-volklingen/" in locations
    assert all(loc.startswith("http://voelklingen.localhost/") for loc in locations)


def test_robots_txt_points_to_the_sitemap_of_the_same_host(client, merzig, voelklingen):
    response = visit(client, merzig, "/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://merzig.localhost/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
    other = visit(client, voelklingen, "/robots.txt").content.decode()
    assert "Sitemap: http://voelklingen.localhost/sitemap.xml" in other.splitlines()


# --- API ---------------------------------------------------------------------


def api(client, town, path, **params):
    response = visit(client, town, path, data=params)
    return response.status_code, (json.loads(response.content) if response.content else None)


def test_the_pages_api_lists_only_live_pages_of_the_requesting_site(client, merzig, pages):
    status, data = api(client, merzig, "/api/v2/pages/", limit=50)
    assert status == 200
    titles = [item["title"] for item in data["items"]]
    assert "Sprachcafé eröffnet" in titles
    assert "Fest der Kulturen" in titles
    assert "Kreisstadt Merzig" in titles
    for hidden in (
        "Noch nicht freigegeben",
        "Zurückgezogen",
        "Geänderter Entwurfstitel",
        "Meldung aus Völklingen",
        "Mittelstadt Völklingen",
    ):
        assert hidden not in titles
    assert data["meta"]["total_count"] == len(titles) == 11


def test_the_pages_api_shows_the_live_version_of_a_changed_page(client, merzig, pages):
    status, data = api(client, merzig, f"/api/v2/pages/{pages['changed'].pk}/")
    assert status == 200
    assert data["title"] == "Fest der Kulturen"
    assert data["meta"]["html_url"] == "http://merzig.localhost/de/presse/fest-der-kulturen/"
    assert data["lead"] == "Vorspann zu Fest der Kulturen."


@pytest.mark.parametrize("key", ["draft", "gone", "elsewhere"])
def test_the_detail_of_a_page_that_is_not_public_here_is_not_found(client, merzig, pages, key):
    status, _ = api(client, merzig, f"/api/v2/pages/{pages[key].pk}/")
    assert status == 404


def test_the_images_api_lists_images_used_on_live_pages_only(client, merzig):
    shown = ImageFactory(title="Auf einer Live-Seite")
    hidden = ImageFactory(title="Nur im Entwurf")
    withdrawn = ImageFactory(title="Auf einer zurückgezogenen Seite")
    draft_only = ImageFactory(title="Nur in neuerer Fassung")
    in_body = ImageFactory(title="Im Text einer Live-Seite")
    PressReleaseFactory(
        town=merzig, title="Live", listing_image=shown, body=json.dumps([image_block(in_body)])
    )
    PressReleaseFactory(town=merzig, title="Entwurf", listing_image=hidden, state=DRAFT)
    PressReleaseFactory(town=merzig, title="Weg", listing_image=withdrawn, state=UNPUBLISHED)
    PressReleaseFactory(
        town=merzig, title="Geändert", state=CHANGED, change={"listing_image": draft_only}
    )

    status, data = api(client, merzig, "/api/v2/images/")
    assert status == 200
    titles = sorted(item["title"] for item in data["items"])
    assert titles == ["Auf einer Live-Seite", "Im Text einer Live-Seite"]
    assert api(client, merzig, f"/api/v2/images/{shown.pk}/")[0] == 200
    for image in (hidden, withdrawn, draft_only):
        assert api(client, merzig, f"/api/v2/images/{image.pk}/")[0] == 404


def test_the_images_api_gives_alt_text_and_credit(client, merzig):
    image = ImageFactory(description="Ein Sprachkurs", credit="Foto: © Merzig")
    PressReleaseFactory(town=merzig, title="Live", listing_image=image)
    status, data = api(client, merzig, f"/api/v2/images/{image.pk}/")
    assert (data["description"], data["credit"]) == ("Ein Sprachkurs", "Foto: © Merzig")


def test_the_documents_api_lists_documents_of_live_pages_only(client, merzig):
    public = DocumentFactory(title="Konzept 2019 (PDF)")
    secret = DocumentFactory(title="Entwurf 2025 (PDF)")
    ConceptEditionFactory(
        town=merzig, title="Konzept 2019", year=2019, documents=json.dumps([document_block(public)])
    )
    ConceptEditionFactory(
        town=merzig,
        title="Konzept 2025",
        year=2025,
        state=DRAFT,
        documents=json.dumps([document_block(secret)]),
    )
    status, data = api(client, merzig, "/api/v2/documents/")
    assert status == 200
    assert [item["title"] for item in data["items"]] == ["Konzept 2019 (PDF)"]
    assert api(client, merzig, f"/api/v2/documents/{public.pk}/")[0] == 200
    assert api(client, merzig, f"/api/v2/documents/{secret.pk}/")[0] == 404


def test_the_sitemap_is_an_index_of_sections_of_at_most_two_hundred_addresses(
    client, merzig, pages, monkeypatch
):
    from home.languages.sitemap import MultilingualSitemap

    assert MultilingualSitemap.limit == 200
    index = ET.fromstring(visit(client, merzig, "/sitemap.xml").content)
    sections = [loc.text for loc in index.findall("s:sitemap/s:loc", SITEMAP_NS)]
    assert sections == ["http://merzig.localhost/sitemap-pages.xml"]
    # with three addresses a section, the same pages come in several sections
    monkeypatch.setattr(MultilingualSitemap, "limit", 3)
    index = ET.fromstring(visit(client, merzig, "/sitemap.xml").content)
    sections = [loc.text for loc in index.findall("s:sitemap/s:loc", SITEMAP_NS)]
    assert len(sections) > 2 and sections[1] == "http://merzig.localhost/sitemap-pages.xml?p=2"
    listed = []
    for url in sections:
        tree = ET.fromstring(visit(client, merzig, url.split("merzig.localhost")[1]).content)
        found = [loc.text for loc in tree.findall("s:url/s:loc", SITEMAP_NS)]
        assert 0 < len(found) <= 3
        listed += found
    assert len(listed) == len(set(listed))
    assert path_of(pages["live"]) in {url.split("merzig.localhost")[1] for url in listed}
    # the address composed from the language root is the page's own
    assert pages["live"].get_full_url() in listed
    assert visit(client, merzig, "/sitemap-pages.xml?p=999").status_code == 404
    assert visit(client, merzig, "/sitemap-pages.xml?p=abc").status_code == 404
    assert visit(client, merzig, "/sitemap-anderes.xml").status_code == 404


def test_a_sitemap_read_again_is_kept_and_a_publication_shows_at_once(client, merzig, pages):
    """Sitemaps are outside the page cache (no language prefix); they are kept
    as fragments of the municipality, purged by its next publication."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    first = visit(client, merzig, "/sitemap.xml").content
    assert sitemap_locations(client, merzig)
    with CaptureQueriesContext(connection) as kept:
        assert visit(client, merzig, "/sitemap.xml").content == first
        before = sitemap_locations(client, merzig)
    assert len(kept.captured_queries) == 0
    new = PressReleaseFactory(town=merzig, title="Neu im Archiv")
    assert new.get_full_url() in sitemap_locations(client, merzig)
    new.unpublish()
    assert sitemap_locations(client, merzig) == before
