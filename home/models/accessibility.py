"""Barrierefreiheit beyond WCAG: the DGS page and its videos, the Länder's conciliation bodies."""

import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, Site
from wagtail.search import index

from core.pages import BasePage

from .municipality import FEDERAL_STATES


def _video_path(instance, filename):
    # A random part, so that a video not yet on a live page cannot be guessed.
    name = PurePosixPath(filename).name
    return f"gebaerdensprache/{secrets.token_urlsafe(12)}_{name}"


class SignLanguageVideo(models.Model):
    """A video in Deutscher Gebärdensprache (DGS), checked against BITV 2.0 Anlage 2.

    It belongs to one municipality (its site) and is shown on that
    municipality's DGS page; readers get it only once a live page shows it."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Kommune"),
        on_delete=models.CASCADE,
        related_name="sign_language_videos",
    )
    title = models.CharField(_("Titel"), max_length=200)
    file = models.FileField(
        _("Videodatei"),
        upload_to=_video_path,
        help_text=_("MP4 oder WebM, mindestens 320 × 240 Pixel und 25 Bilder pro Sekunde."),
    )
    poster = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("Vorschaubild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    captions = models.FileField(
        _("Untertitel (WebVTT)"), upload_to=_video_path, blank=True, max_length=255
    )
    transcript = RichTextField(
        _("Text zum Video"), blank=True, features=["bold", "ol", "ul", "link"]
    )
    # Read from the file when it is uploaded (home/video.py).
    width = models.PositiveIntegerField(_("Breite"), default=0, editable=False)
    height = models.PositiveIntegerField(_("Höhe"), default=0, editable=False)
    frame_rate = models.FloatField(_("Bilder pro Sekunde"), default=0, editable=False)
    duration = models.FloatField(_("Dauer in Sekunden"), default=0, editable=False)
    file_size = models.PositiveBigIntegerField(_("Dateigröße"), default=0, editable=False)
    content_type = models.CharField(max_length=30, default="video/mp4", editable=False)

    panels = [
        FieldPanel("site"),
        FieldPanel("title"),
        FieldPanel("file"),
        FieldPanel("poster"),
        FieldPanel("captions"),
        FieldPanel("transcript"),
    ]

    class Meta:
        verbose_name = _("Video in Gebärdensprache")
        verbose_name_plural = _("Videos in Gebärdensprache")

    def __str__(self):
        return self.title

    @property
    def duration_text(self):
        """ "1:05 Minuten": the length as the download link states it (Anlage 2)."""
        from django.utils.translation import gettext

        total = round(self.duration)
        return gettext("%(minutes)d:%(seconds)02d Minuten") % {
            "minutes": total // 60,
            "seconds": total % 60,
        }

    @property
    def extension(self):
        return "webm" if self.content_type == "video/webm" else "mp4"


class SignLanguagePage(BasePage):
    """Deutsche Gebärdensprache: the start page's content in DGS videos (BITV 2.0 § 4)."""

    introduction = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link", "ul"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel("videos", label=_("Videos"), max_num=12),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/sign_language_page.html"

    class Meta:
        verbose_name = _("Seite in Deutscher Gebärdensprache")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Only the municipality's own videos, whatever an editor chose.
        site = Site.find_for_request(request)
        context["videos"] = [
            row.video
            for row in self.videos.select_related("video", "video__poster").filter(video__site=site)
        ]
        return context


class SignLanguagePageVideo(Orderable):
    page = ParentalKey(SignLanguagePage, related_name="videos", on_delete=models.CASCADE)
    video = models.ForeignKey(
        SignLanguageVideo, verbose_name=_("Video"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("video")]


class ConciliationBody(models.Model):
    """The Land's Schlichtungsstelle (and Durchsetzungsstelle where one exists)
    that an accessibility statement names for the enforcement procedure."""

    state = models.CharField(_("Bundesland"), max_length=2, choices=FEDERAL_STATES, unique=True)
    name = models.CharField(_("Schlichtungsstelle"), max_length=255)
    url = models.URLField(_("Internetadresse der Schlichtungsstelle"), max_length=500)
    enforcement_name = models.CharField(_("Durchsetzungsstelle"), max_length=255, blank=True)
    enforcement_url = models.URLField(
        _("Internetadresse der Durchsetzungsstelle"), max_length=500, blank=True
    )
    verified = models.BooleanField(
        _("Angaben geprüft"),
        default=False,
        help_text=_(
            "Erst ankreuzen, wenn die Kommune Name und Adresse bei der Stelle selbst geprüft hat."
        ),
    )
    checked_on = models.DateField(_("Geprüft am"), null=True, blank=True)

    panels = [
        FieldPanel("state"),
        MultiFieldPanel([FieldPanel("name"), FieldPanel("url")], heading=_("Schlichtung")),
        MultiFieldPanel(
            [FieldPanel("enforcement_name"), FieldPanel("enforcement_url")],
            heading=_("Durchsetzung"),
        ),
        FieldPanel("verified"),
        FieldPanel("checked_on"),
    ]

    class Meta:
        verbose_name = _("Schlichtungsstelle eines Landes")
        verbose_name_plural = _("Schlichtungsstellen der Länder")
        ordering = ["state"]

    def __str__(self):
        return f"{self.get_state_display()}: {self.name}"
