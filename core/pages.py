"""The abstract pages every public page type builds on."""

from urllib.parse import quote

from django.db import models
from django.utils.functional import cached_property
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .cache import site_id_for
from .fragments import fragment


def url_below(base_url, path):
    """The address of the page `path` below (a part of its ``url_path``) the
    page at `base_url`, quoted as Django's ``reverse()`` quotes a path: for
    listings that compose many addresses from one, without a lookup each."""
    return base_url + quote(path, safe=RFC3986_SUBDELIMS + "/~:@")


class BasePage(Page):
    """Fields and behaviour every public page shares: teaser text and image."""

    # The GET parameters the page reads; the page cache leaves every other
    # parameter out of its key (core/cache_keys.py). A page that reads one
    # must name it here.
    reader_parameters = ()

    summary = models.TextField(
        _("Kurzfassung"),
        blank=True,
        max_length=400,
        help_text=_("Zwei, drei Sätze für Übersichten, Suchergebnisse und Vorschauen."),
    )
    listing_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("Vorschaubild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image")], heading=_("Vorschau")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = [APIField("summary"), APIField("listing_image")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def get_site(self):
        """Wagtail's, asked once per page object: the social image, JSON-LD and
        feeds each want the page's site while one page renders."""
        if "_weltoffen_site" not in self.__dict__:
            self._weltoffen_site = super().get_site()
        return self._weltoffen_site

    def get_view_restrictions(self):
        """Wagtail's, without its two queries for a page no restriction
        applies to (most of them; core.visibility.restriction_free)."""
        from .visibility import restriction_free

        if restriction_free(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def absolute_url(self, url):
        """A URL on this page's own municipality host (renditions are stored relative)."""
        if url.startswith("/"):
            site = self.get_site()
            return (site.root_url if site else "") + url
        return url

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.listing_image_id and not getattr(request, "is_preview", False):
            # The same for every reader until the site publishes: a fragment,
            # not a query for the image on every request.
            self.__dict__["social_image_url"] = fragment(
                request,
                site_id_for(request),
                "social-image",
                (self.pk, self.listing_image_id),
                lambda: BasePage.social_image_url.func(self),
            )
        return context

    @cached_property
    def social_image_url(self):
        """The teaser image as a 1200×630 JPEG for Open Graph and JSON-LD, or None."""
        if not self.listing_image_id:
            return None
        rendition = self.listing_image.get_rendition("fill-1200x630|format-jpeg")
        return self.absolute_url(rendition.url)


class SectionIndexPage(BasePage):
    """A municipality's section (concept, press, events): one per home page, with an intro."""

    introduction = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
