"""The press section and its Pressemitteilungen."""

from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from concepts.models import ConceptEditionPage, FieldOfAction
from core.blocks import BodyBlock
from core.cache import site_id_for
from core.fragments import fragment
from core.i18n import localized_fields
from core.pages import BasePage, SectionIndexPage
from core.visibility import PublicPageQuerySet

from .common import FieldsOfActionPageForm, _year_or_none, paginate, related_pages
from .events import EventPage


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """Pressemitteilungen of one municipality, with archive by year, filter and feeds."""

    subpage_types = ["news.PressReleasePage"]
    template = "news/news_index_page.html"
    reader_parameters = ("jahr", "handlungsfeld", "seite")

    class Meta:
        verbose_name = _("Übersicht Pressemitteilungen")

    def releases(self):
        return PressReleasePage.objects.visible().child_of(self).order_by("-date", "-pk")

    def filter_choices(self):
        """The years and fields of action the section's releases have, newest year first."""
        releases = self.releases()
        years = [d.year for d in releases.dates("date", "year", order="DESC")]
        # Translated releases link to the German fields: list them in this
        # section's language (one query) and filter by translation key.
        fields = localized_fields(
            FieldOfAction.objects.filter(pk__in=releases.values("fields_of_action")).order_by(
                "sort_order", "name"
            ),
            self.locale_id,
        )
        return years, fields

    @path("")
    def listing(self, request):
        # The filter's choices and the number of releases grow with the
        # section: the same for every reader, they are kept as fragments
        # (purged with the page cache whenever the site publishes).
        site_id = site_id_for(request)
        years, fields = fragment(
            request, site_id, "release-filters", (self.pk,), self.filter_choices
        )
        releases = self.releases()
        year, field = _year_or_none(request.GET.get("jahr")), request.GET.get("handlungsfeld")
        if year:
            releases = releases.filter(date__year=year)
        selected_field = next((f for f in fields if f.slug == field), None)
        if selected_field:
            releases = releases.filter(
                fields_of_action__translation_key=selected_field.translation_key
            )
        count = None
        if year is None or year in years:  # a year without releases is not kept
            key = (self.pk, year, selected_field.translation_key if selected_field else None)
            count = fragment(request, site_id, "release-count", key, releases.count)
        page_obj = paginate(request, releases.with_teaser_images(), count=count)
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "years": years,
                "selected_year": year,
                "fields": fields,
                "selected_field": selected_field,
            },
        )

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from ..feeds import PressReleaseRssFeed

        return PressReleaseRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from ..feeds import PressReleaseAtomFeed

        return PressReleaseAtomFeed(self)(request)


class PressReleaseQuerySet(PublicPageQuerySet):
    def listed_under(self, root):
        return self.visible_under(root).order_by("-date", "-pk").with_teaser_images()


class PressReleasePage(BasePage):
    """A Pressemitteilung: dated, placed, with lead, body, photos with credits and contact."""

    date = models.DateTimeField(_("Datum und Uhrzeit"), default=timezone.now)
    place = models.CharField(_("Ort"), max_length=100, blank=True)
    lead = models.TextField(
        _("Vorspann"), max_length=600, help_text=_("Das Wichtigste in zwei, drei Sätzen.")
    )
    body = StreamField(BodyBlock(), verbose_name=_("Text"))
    press_contact = models.ForeignKey(
        "home.Person",
        verbose_name=_("Pressekontakt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_concept = models.ForeignKey(
        "concepts.ConceptEditionPage",
        verbose_name=_("Zugehöriges Integrationskonzept"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_releases",
    )
    related_event = models.ForeignKey(
        "news.EventPage",
        verbose_name=_("Zugehörige Veranstaltung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="press_releases",
    )
    fields_of_action = ParentalManyToManyField(
        FieldOfAction, verbose_name=_("Handlungsfelder"), blank=True, related_name="+"
    )

    objects = PageManager.from_queryset(PressReleaseQuerySet)()
    base_form_class = FieldsOfActionPageForm

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("place")]),
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("press_contact"),
        MultiFieldPanel(
            [
                FieldPanel("related_concept"),
                FieldPanel("related_event"),
                FieldPanel("fields_of_action"),
            ],
            heading=_("Zusammenhang"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("date"),
        APIField("place"),
        APIField("lead"),
        APIField("body"),
        APIField("press_contact"),
        APIField("fields_of_action"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    template = "news/press_release_page.html"

    class Meta:
        verbose_name = _("Pressemitteilung")
        verbose_name_plural = _("Pressemitteilungen")
        # Newest first: a listing filtered by site and field of action walks
        # this index and stops at its page's end, however many releases there are.
        indexes = [models.Index(fields=["date", "page_ptr"], name="news_release_date_idx")]

    @property
    def meta_description(self):
        return self.search_description or self.summary or self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # read only if the kept article ({% kept "release" %}) is rendered afresh
        context["related"] = SimpleLazyObject(
            lambda: related_pages(
                (ConceptEditionPage, self.related_concept_id), (EventPage, self.related_event_id)
            )
        )
        return context

    def localized_fields_of_action(self):
        """The release's fields of action in its language (one query)."""
        return localized_fields(self.fields_of_action.all(), self.locale_id)

    def structured_data(self):
        """schema.org NewsArticle for search engines."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.lead,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or self.date).isoformat(),
            "url": self.full_url,
            "inLanguage": self.locale.language_code,
            "publisher": {"@type": "GovernmentOrganization", "name": self.get_site().site_name},
        }
        if self.place:
            data["locationCreated"] = {"@type": "Place", "name": self.place}
        if self.social_image_url:
            data["image"] = self.social_image_url
        return data
