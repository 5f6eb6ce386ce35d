"""Images with their photo credit and alternative text, and their renditions."""

import os
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.api import APIField
from wagtail.images.models import AbstractImage, AbstractRendition

# Both Wagtail's file fields keep Django's default of 100 characters.
FILE_PATH_LENGTH = 100


def unguessable(path, limit=FILE_PATH_LENGTH):
    """`path` with a random part in front of the file name, shortened to `limit`.

    The web server hands out media files to whoever knows their address. The
    photo of a release under embargo must not be found by guessing its name
    (`original_images/rathaus.jpg`) before the release is published."""
    folder, name = os.path.split(path)
    stem, extension = os.path.splitext(name)
    token = secrets.token_hex(8)
    room = limit - len(folder) - len(token) - len(extension) - 2
    return os.path.join(folder, f"{token}_{stem[: max(room, 1)]}{extension}")


class CreditedImage(AbstractImage):
    """A photo or graphic with its alternative text and the credit the law asks for."""

    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Wird unter dem Bild gezeigt, z. B. „Foto: © Stadt Marl / Pressestelle“."),
    )
    is_decorative = models.BooleanField(
        _("Rein dekorativ"),
        default=False,
        help_text=_(
            "Nur ankreuzen, wenn das Bild keine Information trägt. "
            "Dann wird es von Screenreadern übergangen und braucht keinen Alternativtext."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "is_decorative",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    api_fields = [APIField("credit"), APIField("description"), APIField("is_decorative")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's renditions read `decorative` to decide on an empty alt.
        self.decorative = self.is_decorative

    def get_upload_to(self, filename):
        return unguessable(super().get_upload_to(filename))

    @property
    def default_alt_text(self):
        # Never fall back to the title: titles are often file names.
        return "" if self.is_decorative else self.description

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")
        permissions = [("choose_image", "Can choose image")]


CreditedImage._meta.get_field("description").verbose_name = _("Alternativtext")
CreditedImage._meta.get_field("description").help_text = _(
    "Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können. "
    "Pflicht, außer das Bild ist rein dekorativ."
)


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    def get_upload_to(self, filename):
        return unguessable(super().get_upload_to(filename))

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
