"""What search engines and link previews see: descriptions and preview images."""

import pytest

from tests.factories import ImageFactory, PressReleaseFactory
from tests.helpers import soup, visit

pytestmark = pytest.mark.django_db


def test_a_release_without_a_search_description_is_described_by_its_lead(client, merzig):
    PressReleaseFactory(
        town=merzig, title="Sprachcafé eröffnet", lead="Jeden Dienstag wird Deutsch geübt."
    )
    html = soup(visit(client, merzig, "/de/presse/sprachcafe-eroffnet/"))
    assert html.find("meta", attrs={"name": "description"})["content"] == (
        "Jeden Dienstag wird Deutsch geübt."
    )
    assert html.find("meta", property="og:description")["content"] == (
        "Jeden Dienstag wird Deutsch geübt."
    )


def test_a_release_with_a_teaser_image_offers_it_to_link_previews_on_its_own_host(client, merzig):
    PressReleaseFactory(
        town=merzig, title="Fest der Kulturen", listing_image=ImageFactory(title="Fest")
    )
    html = soup(visit(client, merzig, "/de/presse/fest-der-kulturen/"))
    image = html.find("meta", property="og:image")["content"]
    assert image.startswith(f"http://{merzig.host}/"), image
    assert image.endswith(".jpg")


@pytest.mark.parametrize("path", ["/de/impressum/", "/de/datenschutz/", "/de/barrierefreiheit/"])
def test_the_legal_pages_of_a_new_municipality_describe_themselves(client, merzig, path):
    description = soup(visit(client, merzig, path)).find("meta", attrs={"name": "description"})
    assert description is not None and len(description["content"]) > 30
