"""`make serve` shows images (SERVE_MEDIA_LOCALLY, site/urls.py): Django serves
the two image folders itself, never the documents, and without the variable
nothing under /media/."""

import importlib
from contextlib import contextmanager

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

from tests.factories import DocumentFactory, ImageFactory

pytestmark = pytest.mark.django_db


@contextmanager
def addresses(**overrides):
    """The project's URLconf as it is built with these settings."""
    urls = importlib.import_module("weltoffen.urls")
    try:
        with override_settings(**overrides):
            importlib.reload(urls)
            clear_url_caches()
            yield
    finally:
        importlib.reload(urls)
        clear_url_caches()


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.fixture
def files():
    image = ImageFactory()
    rendition = image.get_rendition("width-10")
    document = DocumentFactory()
    return image, rendition, document


def test_with_the_variable_images_are_served_and_documents_are_not(client, files):
    image, rendition, document = files
    with addresses(DEBUG=False, SERVE_MEDIA_LOCALLY=True):
        original = client.get(image.file.url)
        assert original.status_code == 200
        image.file.open("rb")
        assert body(original) == image.file.read()
        image.file.close()
        assert original["Content-Type"] == "image/png"
        assert client.get(rendition.url).status_code == 200

        assert document.file.url.startswith("/media/documents/")
        assert client.get(document.file.url).status_code == 404
        # nor by a detour through an image folder
        detour = document.file.url.replace("/media/", "/media/images/../", 1)
        assert client.get(detour).status_code in (400, 404)  # refused as suspicious


def test_without_the_variable_nothing_under_media_is_served(client, files):
    image, rendition, document = files
    with addresses(DEBUG=False, SERVE_MEDIA_LOCALLY=False):
        for url in (image.file.url, rendition.url, document.file.url):
            assert client.get(url).status_code == 404, url
