"""Images (with description and credit) and documents in the media library."""

import io
import uuid

import factory
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image


def png_bytes(colour=(31, 95, 107), size=(24, 16), fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, fmt)
    return buffer.getvalue()


def image_file(fmt):
    extension = "jpg" if fmt == "JPEG" else "png"
    slug = uuid.uuid4().hex[:8]
    return ImageFile(io.BytesIO(png_bytes(fmt=fmt)), name=f"{slug}.{extension}")


class ImageFactory(factory.django.DjangoModelFactory):
    """A small image with alt text and a credit (replaces ``make_image``);
    ``fmt="JPEG"`` for a JPEG file."""

    class Meta:
        model = settings.WAGTAILIMAGES_IMAGE_MODEL

    class Params:
        fmt = "PNG"

    title = "Rathaus"
    description = "Das Rathaus am Marktplatz im Sonnenlicht"
    credit = "Foto: © Stadt Völklingen / Pressestelle"
    is_decorative = False
    file = factory.LazyAttribute(lambda o: image_file(o.fmt))


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small text document (replaces ``make_document``)."""

    class Meta:
        model = "wagtaildocs.Document"

    title = "Integrationskonzept 2009 (PDF)"
    file = factory.LazyFunction(
        lambda: ContentFile(b"Integrationskonzept", name=f"{uuid.uuid4().hex[:8]}.txt")
    )
