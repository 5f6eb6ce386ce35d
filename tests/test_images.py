"""Images carry alternative text and credit; decorative images are silent."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from tests.factories import ImageFactory, StandardPageFactory, image_block, png_bytes
from tests.helpers import path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("redaktion", "r@example.org", "pw")


def submit_image_form(editor, **fields):
    ImageForm = get_image_form(get_image_model())
    from wagtail.models import Collection

    collection = Collection.objects.get(name="Völklingen")
    data = {
        "title": "Sprachcafé",
        "description": "",
        "credit": "Foto: © Merzig",
        "collection": collection.pk,
        **fields,
    }
    if not data.get("is_decorative"):
        data.pop("is_decorative", None)
    upload = SimpleUploadedFile("sprachcafe.png", png_bytes(), content_type="image/png")
    form = ImageForm(data, {"file": upload}, user=editor)
    return form


def test_the_image_form_asks_for_alt_text_and_credit(editor):
    form = submit_image_form(editor)
    assert {"description", "is_decorative", "credit"} <= set(form.fields)
    assert form.fields["description"].label == "Alternativtext"


def test_an_image_without_alt_text_is_refused(editor):
    form = submit_image_form(editor, description="   ")
    assert not form.is_valid()
    assert form.errors["description"] == [
        "Bitte einen Alternativtext eingeben oder das Bild als rein dekorativ markieren."
    ]


def test_an_image_with_alt_text_is_accepted(editor):
    form = submit_image_form(editor, description="Menschen beim Sprachcafé")
    assert form.is_valid(), form.errors
    image = form.save()
    assert image.default_alt_text == "Menschen beim Sprachcafé"


def test_a_decorative_image_needs_no_alt_text(editor):
    form = submit_image_form(editor, is_decorative="on", description="wird verworfen")
    assert form.is_valid(), form.errors
    image = form.save()
    assert image.is_decorative
    assert image.description == ""
    assert image.default_alt_text == ""


def test_an_image_without_credit_is_refused(editor):
    form = submit_image_form(editor, description="Menschen beim Sprachcafé", credit="  ")
    assert not form.is_valid()
    assert "Bitte einen Bildnachweis angeben" in " ".join(form.errors["credit"])


def test_the_municipality_default_credit_fills_an_empty_credit(editor, voelklingen):
    from home.models import MunicipalitySettings

    config = MunicipalitySettings.for_site(voelklingen.site)
    config.default_image_credit = "Foto: © Stadt Völklingen"
    config.save()
    form = submit_image_form(editor, description="Menschen beim Sprachcafé", credit="")
    assert form.is_valid(), form.errors
    assert form.save().credit == "Foto: © Stadt Völklingen"
    # An editor's own credit wins over the default.
    form = submit_image_form(editor, description="Menschen beim Sprachcafé", credit="Foto: A. B.")
    assert form.is_valid(), form.errors
    assert form.save().credit == "Foto: A. B."


def test_another_municipality_default_credit_does_not_fill_in(editor, merzig):
    from home.models import MunicipalitySettings

    config = MunicipalitySettings.for_site(merzig.site)
    config.default_image_credit = "Foto: © Kreisstadt Merzig"
    config.save()
    # The image goes into Völklingen's collection.
    form = submit_image_form(editor, description="Menschen beim Sprachcafé", credit="")
    assert not form.is_valid()
    assert "credit" in form.errors


def render_image_page(client, town, image, caption=""):
    page = StandardPageFactory(
        town=town, title="Bildseite", body=json.dumps([image_block(image, caption)])
    )
    html = soup(visit(client, town, path_of(page)))
    return html.find("main").find("figure")


def test_a_decorative_image_renders_with_an_empty_alt(client, voelklingen):
    image = ImageFactory(description="", is_decorative=True, credit="")
    figure = render_image_page(client, voelklingen, image)
    img = figure.find("img")
    assert img.has_attr("alt")
    assert img["alt"] == ""
    assert figure.find("figcaption") is None


def test_an_informative_image_renders_with_its_alt_text_and_credit(client, voelklingen):
    image = ImageFactory(
        description="Das Rathaus bei Nacht", credit="Foto: © Völklingen", fmt="JPEG"
    )
    figure = render_image_page(client, voelklingen, image, caption="Das Neue Rathaus")
    assert figure.find("img")["alt"] == "Das Rathaus bei Nacht"
    assert figure.figcaption.get_text(" ", strip=True) == "Das Neue Rathaus Foto: © Völklingen"
    # Responsive: WebP first, JPEG as fallback.
    assert [s["type"] for s in figure.find_all("source")] == ["image/webp"]
    assert figure.find("img")["src"].endswith(".jpg")


def test_an_image_never_falls_back_to_its_file_name_as_alt_text(client, voelklingen):
    image = ImageFactory(title="IMG_4711.jpg", description="", is_decorative=False)
    img = render_image_page(client, voelklingen, image).find("img")
    assert "IMG_4711" not in img.get("alt", "")
