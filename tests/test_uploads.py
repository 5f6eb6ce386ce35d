"""Broken, hostile and oversized uploads through the real admin views.

Every bad file must end in a German error message on the form (or in the JSON
of the multiple uploader), never in a 500, and leave nothing behind: no image
or document row and no file under MEDIA_ROOT.
"""

import io
import struct
import zlib
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from tests.helpers import path_of, visit

# The municipalities once per module (tests/conftest.py): each test adds its
# files inside its own savepoint, and a town built per test was most of the
# module's time.
pytestmark = [pytest.mark.usefixtures("shared_towns")]

IMAGE_ADD = "/admin/images/add/"
IMAGE_MULTIPLE = "/admin/images/multiple/add/"
IMAGE_CHOOSER = "/admin/images/chooser/create/"
DOC_ADD = "/admin/documents/add/"
DOC_MULTIPLE = "/admin/documents/multiple/add/"
DOC_CHOOSER = "/admin/documents/chooser/create/"


# --- Files -------------------------------------------------------------------


def noise_image(fmt, size=(64, 48)):
    """A photo-like image (random pixels) so the encoded file has real content."""
    import random

    rng = random.Random(4)
    image = Image.new("RGB", size)
    image.putdata([tuple(rng.randrange(256) for _ in range(3)) for _ in range(size[0] * size[1])])
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(width=20000, height=20000):
    """A tiny PNG whose header declares width × height pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = zlib.compress(b"\x00" + b"\x00" * width * 3 * 4)  # a few rows, the rest missing
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", rows)
        + png_chunk(b"IEND", b"")
    )


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>alert(document.domain)</script><rect width="10" height="10"/></svg>'
)

BAD_IMAGES = {
    "text_as_jpg": ("notiz.jpg", b"Das ist kein Bild, nur Text.\n" * 20),
    "truncated_jpeg": ("abgeschnitten.jpg", noise_image("JPEG")[:1500]),
    "truncated_png": ("abgeschnitten.png", noise_image("PNG")[:2000]),
    "decompression_bomb": ("riesig.png", bomb_png()),
    "svg": ("grafik.svg", SVG),
    "svg_as_png": ("grafik.png", SVG),
    "html_as_png": ("seite.png", b"<html><body><script>alert(1)</script></body></html>"),
}


# --- Helpers -----------------------------------------------------------------


@pytest.fixture
def editor(client, voelklingen):
    user = get_user_model().objects.create_superuser(
        "redaktion", "redaktion@voelklingen.example", "ein-langes-Passwort-2024"
    )
    client.force_login(user)
    return user


def stored_files():
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def upload(name, content):
    return SimpleUploadedFile(name, content)


def root_collection():
    from wagtail.models import Collection

    return Collection.get_first_root_node().pk


def image_form_data(name, content, prefix=""):
    key = (lambda field: f"{prefix}-{field}") if prefix else (lambda field: field)
    return {
        key("collection"): root_collection(),
        key("title"): "Testbild",
        key("description"): "Ein Testbild für die Prüfung",
        key("credit"): "Foto: Test",
        key("file"): upload(name, content),
    }


def post_image(client, endpoint, name, content):
    if endpoint == IMAGE_ADD:
        return client.post(IMAGE_ADD, image_form_data(name, content))
    if endpoint == IMAGE_CHOOSER:
        return client.post(IMAGE_CHOOSER, image_form_data(name, content, "image-chooser-upload"))
    return client.post(
        IMAGE_MULTIPLE,
        {"title": name, "collection": root_collection(), "files[]": upload(name, content)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )


def post_document(client, endpoint, name, content):
    if endpoint == DOC_ADD:
        return client.post(
            DOC_ADD,
            {
                "title": "Testdokument",
                "collection": root_collection(),
                "file": upload(name, content),
            },
        )
    if endpoint == DOC_CHOOSER:
        return client.post(
            DOC_CHOOSER,
            {
                "document-chooser-upload-title": "Testdokument",
                "document-chooser-upload-collection": root_collection(),
                "document-chooser-upload-file": upload(name, content),
            },
        )
    return client.post(
        DOC_MULTIPLE,
        {"title": name, "collection": root_collection(), "files[]": upload(name, content)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )


def error_text(response, endpoint):
    """The error message the editor sees, whatever shape the view answers in."""
    assert response.status_code == 200, response.status_code
    if endpoint in (IMAGE_MULTIPLE, DOC_MULTIPLE):
        data = response.json()
        assert data["success"] is False, data
        return data["error_message"]
    if endpoint in (IMAGE_CHOOSER, DOC_CHOOSER):
        data = response.json()
        assert data["step"] == "reshow_creation_form", data.get("step")
        html = data["htmlFragment"]
    else:
        html = response.content.decode()
    from bs4 import BeautifulSoup

    document = BeautifulSoup(html, "html.parser")
    errors = document.select(".error-message, .w-field__errors, .errorlist")
    text = " ".join(" ".join(e.get_text(" ").split()) for e in errors)
    assert text, f"keine Fehlermeldung in {html[:2000]}"
    return text


GERMAN_HINTS = ("Bild", "Datei", "Dokument", "PDF", "Format", "groß", "Pixel")


def assert_german(message):
    assert any(word in message for word in GERMAN_HINTS), message
    for english in ("Upload a valid", "Not a valid", "This file", "Not a supported"):
        assert english not in message, message


# --- Images ------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", [IMAGE_ADD, IMAGE_MULTIPLE, IMAGE_CHOOSER])
@pytest.mark.parametrize("case", sorted(BAD_IMAGES))
def test_bad_image_is_refused_with_german_message(client, editor, endpoint, case):
    name, content = BAD_IMAGES[case]
    before = stored_files()
    response = post_image(client, endpoint, name, content)
    assert_german(error_text(response, endpoint))
    assert get_image_model().objects.count() == 0
    assert UploadedFile.objects.count() == 0
    assert stored_files() == before


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", [IMAGE_ADD, IMAGE_MULTIPLE, IMAGE_CHOOSER])
def test_oversized_image_is_refused(client, editor, endpoint):
    content = noise_image("PNG")
    assert len(content) > 2000
    before = stored_files()
    with override_settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=2000):
        response = post_image(client, endpoint, "gross.png", content)
    message = error_text(response, endpoint)
    assert_german(message)
    assert "groß" in message
    assert get_image_model().objects.count() == 0
    assert stored_files() == before


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", [IMAGE_ADD, IMAGE_MULTIPLE, IMAGE_CHOOSER])
def test_image_with_too_many_pixels_for_our_limit_is_refused(client, editor, endpoint):
    with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1000):
        response = post_image(client, endpoint, "viele-pixel.png", noise_image("PNG"))
    assert_german(error_text(response, endpoint))
    assert get_image_model().objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", [IMAGE_ADD, IMAGE_MULTIPLE, IMAGE_CHOOSER])
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_good_image_is_accepted_and_renders(client, editor, endpoint, fmt):
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[fmt]
    response = post_image(client, endpoint, f"gut.{extension}", noise_image(fmt))
    assert response.status_code in (200, 302), response.status_code
    if endpoint == IMAGE_MULTIPLE:
        data = response.json()
        assert data["success"] is True, data
        # Alternative text and credit are required, so Wagtail parks the file and asks for them.
        upload_id = data["uploaded_file_id"]
        prefix = f"uploaded-image-{upload_id}"
        finished = client.post(
            f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/",
            {
                f"{prefix}-title": "Testbild",
                f"{prefix}-description": "Ein Testbild für die Prüfung",
                f"{prefix}-credit": "Foto: Test",
                f"{prefix}-collection": root_collection(),
            },
        )
        assert finished.json()["success"] is True, finished.json()
    image = get_image_model().objects.get()
    rendition = image.get_rendition("fill-32x32|format-webp")
    assert rendition.width == 32
    # The image library lists it without trouble.
    assert client.get("/admin/images/").status_code == 200


@pytest.mark.django_db
def test_add_view_shows_the_form_again_not_the_index(client, editor):
    name, content = BAD_IMAGES["truncated_jpeg"]
    response = post_image(client, IMAGE_ADD, name, content)
    assert response.status_code == 200
    assert b'name="file"' in response.content


# --- Documents ---------------------------------------------------------------


def one_page_pdf():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


GOOD_PDF = one_page_pdf()

BAD_DOCUMENTS = {
    "html_as_pdf": ("konzept.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>"),
    "text_as_pdf": ("konzept.pdf", b"Integrationskonzept 2024, leider kein PDF."),
    "html_as_txt": ("notiz.txt", b"<html><body><script>alert(1)</script></body></html>"),
    "svg_as_txt": ("grafik.txt", SVG),
    "script_in_csv": ("liste.csv", b"name;ort\n<script>alert(1)</script>;Merzig\n"),
    "html_extension": ("seite.html", b"<html><script>alert(1)</script></html>"),
    "svg_extension": ("grafik.svg", SVG),
    "js_extension": ("code.js", b"alert(1);"),
    "text_as_docx": ("bericht.docx", b"kein Office-Dokument"),
    # Starts like a PDF, but the upload broke off half-way.
    "truncated_pdf": ("konzept.pdf", GOOD_PDF[: len(GOOD_PDF) // 2]),
    # Header and end marker, nothing a reader could open in between.
    "pdf_without_pages": ("konzept.pdf", b"%PDF-1.7\n" + b"0" * 4000 + b"\n%%EOF\n"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", [DOC_ADD, DOC_MULTIPLE, DOC_CHOOSER])
@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_bad_document_is_refused(client, editor, endpoint, case):
    name, content = BAD_DOCUMENTS[case]
    before = stored_files()
    response = post_document(client, endpoint, name, content)
    assert_german(error_text(response, endpoint))
    assert get_document_model().objects.count() == 0
    assert stored_files() == before


GOOD_DOCUMENTS = {
    "pdf": ("konzept.pdf", GOOD_PDF),
    "txt": ("notiz.txt", "Sprechzeiten: Mo–Fr 8–12 Uhr, 3 < 4.\n".encode()),
    "csv": ("liste.csv", b"Kommune;Einwohner\nMerzig;30000\n"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", [DOC_ADD, DOC_MULTIPLE, DOC_CHOOSER])
@pytest.mark.parametrize("case", sorted(GOOD_DOCUMENTS))
def test_good_document_is_accepted(client, editor, endpoint, case):
    name, content = GOOD_DOCUMENTS[case]
    response = post_document(client, endpoint, name, content)
    assert response.status_code in (200, 302), response.status_code
    if endpoint == DOC_MULTIPLE:
        assert response.json()["success"] is True, response.json()
    assert get_document_model().objects.count() == 1


@pytest.mark.django_db
def test_good_docx_is_accepted(client, editor):
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    response = post_document(client, DOC_ADD, "bericht.docx", buffer.getvalue())
    assert response.status_code == 302, response.status_code
    assert get_document_model().objects.count() == 1


# --- The public side of a good upload ----------------------------------------


@pytest.mark.django_db
def test_uploaded_image_renders_on_public_page(client, editor, voelklingen):
    from tests.factories import StandardPageFactory, image_block

    post_image(client, IMAGE_ADD, "gut.jpg", noise_image("JPEG"))
    image = get_image_model().objects.get()
    import json

    page = StandardPageFactory(
        town=voelklingen, title="Mit Bild", body=json.dumps([image_block(image)])
    )
    client.logout()
    response = visit(client, voelklingen, path_of(page))
    assert response.status_code == 200
    assert b"<img" in response.content
