"""Image files carry an unguessable part in their names.

The web server hands out media files to anyone who knows the address. A photo
uploaded for a release under embargo must not be found by trying its name
(`/media/original_images/sperrfrist-foto.png`) before the release goes out —
neither the original nor its renditions.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection

from tests.factories import ImageFactory, png_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

TOKEN = r"[0-9a-f]{16}"


def upload(client, name):
    admin = get_user_model().objects.create_superuser("bildredaktion", password="x")
    client.force_login(admin)
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Foto zur Sperrfrist",
            "file": SimpleUploadedFile(name, png_bytes(), content_type="image/png"),
            "description": "Die Bürgermeisterin eröffnet das Sprachcafé",
            "credit": "Foto: © Stadt Völklingen",
            "collection": Collection.objects.get(name="Völklingen").pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return get_image_model().objects.get(title="Foto zur Sperrfrist")


def test_an_uploaded_photo_cannot_be_found_by_its_name(client):
    image = upload(client, "sperrfrist-foto.png")
    assert re.fullmatch(rf"original_images/{TOKEN}_sperrfrist-foto\.png", image.file.name)
    assert default_storage.exists(image.file.name)
    assert not default_storage.exists("original_images/sperrfrist-foto.png")


def test_two_photos_of_the_same_name_get_different_addresses():
    first = ImageFactory(file=SimpleUploadedFile("rathaus.png", png_bytes()))
    second = ImageFactory(file=SimpleUploadedFile("rathaus.png", png_bytes()))
    assert first.file.name != second.file.name
    assert first.file.name.endswith("_rathaus.png") and second.file.name.endswith("_rathaus.png")


def test_renditions_get_a_random_part_of_their_own():
    image = ImageFactory(file=SimpleUploadedFile("rathaus.png", png_bytes()))
    rendition = image.get_rendition("fill-12x8")
    assert re.match(rf"images/{TOKEN}_", rendition.file.name), rendition.file.name
    assert default_storage.exists(rendition.file.name)
    # Knowing the original's name does not give the rendition's.
    original_token = image.file.name.split("/")[-1].split("_")[0]
    assert not rendition.file.name.startswith(f"images/{original_token}")


def test_long_names_still_fit_the_file_field():
    image = ImageFactory(file=SimpleUploadedFile("ä" * 20 + "b" * 150 + ".png", png_bytes()))
    assert len(image.file.name) <= 100
    assert re.fullmatch(rf"original_images/{TOKEN}_[\w-]+\.png", image.file.name)
    assert len(image.get_rendition("width-10").file.name) <= 100
