"""Press releases and the documentation of workshops, conferences and dialogue events."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.search import index

from concepts.models import FieldOfAction, localize_stream
from core.blocks import BodyBlock
from core.i18n import localized_fields
from core.pages import BasePage, SectionIndexPage
from core.visibility import PublicPageQuerySet

from .blocks import AgendaItemBlock, FieldResultBlock, NextStepBlock

PAGE_SIZE = 10


class FieldsOfActionPageForm(WagtailAdminPageForm):
    """Offers the fields of action once, in German: pages link to the German
    fields and readers see them in their language (localized_fields). Fields
    a page already links to stay selectable."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("fields_of_action")
        if field is not None:
            chosen = self.instance.fields_of_action.all() if self.instance.pk else []
            field.queryset = field.queryset.filter(
                models.Q(locale=Locale.get_default()) | models.Q(pk__in=[f.pk for f in chosen])
            )


def paginate(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("seite"))


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """Pressemitteilungen of one municipality, with archive by year, filter and feeds."""

    subpage_types = ["news.PressReleasePage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("Übersicht Pressemitteilungen")

    def releases(self):
        return PressReleasePage.objects.visible().child_of(self).order_by("-date", "-pk")

    @path("")
    def listing(self, request):
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
        year, field = _year_or_none(request.GET.get("jahr")), request.GET.get("handlungsfeld")
        if year:
            releases = releases.filter(date__year=year)
        selected_field = next((f for f in fields if f.slug == field), None)
        if selected_field:
            releases = releases.filter(
                fields_of_action__translation_key=selected_field.translation_key
            )
        page_obj = paginate(request, releases.with_teaser_images())
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
        from .feeds import PressReleaseRssFeed

        return PressReleaseRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import PressReleaseAtomFeed

        return PressReleaseAtomFeed(self)(request)


def _year_or_none(value):
    """A plausible year from the address, or None: a hand-edited ?jahr= is never a 500."""
    try:
        year = int(value)
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2999 else None


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

    @property
    def meta_description(self):
        return self.search_description or self.summary or self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_pages(self.related_concept, self.related_event)
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


def related_pages(*pages):
    """Only the related pages the public may see: never a draft through a related box."""
    ids = [p.pk for p in pages if p is not None]
    if not ids:
        return []
    visible = Page.objects.live().public().filter(pk__in=ids).specific()
    by_id = {p.pk: p for p in visible}
    return [by_id[i] for i in ids if i in by_id]


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    """Veranstaltungen: upcoming events with calendar downloads, and documented past ones."""

    subpage_types = ["news.EventPage"]
    template = "news/event_index_page.html"

    class Meta:
        verbose_name = _("Übersicht Veranstaltungen")

    def events(self):
        return EventPage.objects.visible().child_of(self)

    @path("")
    def listing(self, request):
        now = timezone.now()
        events = self.events().with_teaser_images()
        upcoming = events.filter(end__gte=now).order_by("start")
        past = paginate(request, events.filter(end__lt=now).order_by("-start"))
        return self.render(request, context_overrides={"upcoming": upcoming, "page_obj": past})

    @path("ical/", name="calendar")
    def calendar(self, request):
        from .ical import calendar_response

        return calendar_response(self.events().order_by("start"), request, name=self.title)


class EventQuerySet(PublicPageQuerySet):
    def upcoming_under(self, root):
        return (
            self.visible_under(root)
            .filter(end__gte=timezone.now())
            .order_by("start")
            .with_teaser_images()
        )


class EventPage(RoutablePageMixin, BasePage):
    """A workshop, conference or dialogue event: announced beforehand, documented after."""

    class Format(models.TextChoices):
        KICKOFF = "kickoff", _("Auftakt")
        SELBSTCHECK = "selbstcheck", _("Selbstcheck-Workshop")
        WORKSHOP = "workshop", _("Workshop")
        CONFERENCE = "conference", _("Tagung")
        DIALOGUE = "dialogue", _("Dialogveranstaltung")
        WORKING_GROUP = "working_group", _("Arbeitsgruppe")
        OTHER = "other", _("Sonstige")

    format = models.CharField(
        _("Format"), max_length=20, choices=Format.choices, default=Format.WORKSHOP
    )
    start = models.DateTimeField(_("Beginn"))
    end = models.DateTimeField(_("Ende"))
    venue = models.CharField(
        _("Ort"), max_length=200, blank=True, help_text=_("z. B. Neues Rathaus")
    )
    address = models.CharField(_("Anschrift"), max_length=255, blank=True)
    online = models.BooleanField(_("Online-Veranstaltung"), default=False)
    participant_count = models.PositiveIntegerField(
        _("Zahl der Teilnehmenden"), null=True, blank=True
    )
    participants = models.TextField(
        _("Wer war dabei"),
        blank=True,
        help_text=_("Gruppen und Institutionen, keine Privatpersonen."),
    )
    agenda = StreamField([("item", AgendaItemBlock())], verbose_name=_("Programm"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Bericht"), blank=True)
    results = StreamField(
        [("result", FieldResultBlock())], verbose_name=_("Ergebnisse je Handlungsfeld"), blank=True
    )
    gaps = RichTextField(
        _("Festgestellter Handlungsbedarf"), blank=True, features=["bold", "ul", "link"]
    )
    next_steps = StreamField(
        [("step", NextStepBlock())], verbose_name=_("Beschlüsse und nächste Schritte"), blank=True
    )
    related_concept = models.ForeignKey(
        "concepts.ConceptEditionPage",
        verbose_name=_("Zugehöriges Integrationskonzept"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    fields_of_action = ParentalManyToManyField(
        FieldOfAction, verbose_name=_("Handlungsfelder"), blank=True, related_name="+"
    )

    objects = PageManager.from_queryset(EventQuerySet)()
    base_form_class = FieldsOfActionPageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("format"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online")],
            heading=_("Ort"),
        ),
        InlinePanel("contributors", label=_("Veranstalter, Moderation und Begleitung")),
        MultiFieldPanel(
            [FieldPanel("participant_count"), FieldPanel("participants")],
            heading=_("Teilnehmende"),
        ),
        FieldPanel("agenda"),
        FieldPanel("body"),
        FieldPanel("results"),
        FieldPanel("gaps"),
        FieldPanel("next_steps"),
        MultiFieldPanel(
            [FieldPanel("related_concept"), FieldPanel("fields_of_action")],
            heading=_("Zusammenhang"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("venue"),
        index.SearchField("body"),
        index.SearchField("results"),
        index.SearchField("gaps"),
        index.SearchField("next_steps"),
        index.FilterField("start"),
        index.FilterField("end"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("format"),
        APIField("start"),
        APIField("end"),
        APIField("venue"),
        APIField("address"),
        APIField("online"),
        APIField("participant_count"),
        APIField("participants"),
        APIField("agenda"),
        APIField("body"),
        APIField("results"),
        APIField("gaps"),
        APIField("next_steps"),
        APIField("fields_of_action"),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []
    template = "news/event_page.html"

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Das Ende liegt vor dem Beginn.")})

    @property
    def duration(self) -> timedelta | None:
        return self.end - self.start if self.start and self.end else None

    @property
    def is_upcoming(self):
        return self.end >= timezone.now()

    @cached_property
    def contributor_list(self):
        """The contributors, each person and organisation in the page's language."""
        from core.i18n import localized_instances

        rows = list(
            self.contributors.select_related("person", "person__organisation", "organisation")
        )
        people = localized_instances(
            [row.person for row in rows], self.locale_id, select_related=("organisation",)
        )
        organisations = localized_instances([row.organisation for row in rows], self.locale_id)
        translated = {(type(obj), obj.translation_key): obj for obj in people + organisations}
        for row in rows:
            for name in ("person", "organisation"):
                obj = getattr(row, name)
                if obj is not None:
                    setattr(row, name, translated.get((type(obj), obj.translation_key), obj))
        return rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = related_pages(self.related_concept)
        localize_stream(self.results, self.locale_id)
        return context

    def localized_fields_of_action(self):
        """The event's fields of action in its language (one query)."""
        return localized_fields(self.fields_of_action.all(), self.locale_id)

    def structured_data(self):
        """schema.org Event for search engines."""
        if self.online:
            location = {"@type": "VirtualLocation", "url": self.full_url}
        else:
            location = {"@type": "Place", "name": self.venue or self.address}
            if self.address:
                location["address"] = self.address
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": self.start.isoformat(),
            "endDate": self.end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/"
            + ("OnlineEventAttendanceMode" if self.online else "OfflineEventAttendanceMode"),
            "location": location,
            "url": self.full_url,
            "organizer": {"@type": "GovernmentOrganization", "name": self.get_site().site_name},
        }
        if self.summary:
            data["description"] = self.summary
        if self.social_image_url:
            data["image"] = self.social_image_url
        return data

    @path("ical/", name="ics")
    def ics(self, request):
        from .ical import calendar_response

        return calendar_response([self], request, name=self.title, filename=self.slug)


class EventContributor(Orderable):
    """Who organised, moderated, facilitated or spoke at an event."""

    class Role(models.TextChoices):
        ORGANISER = "organiser", _("Veranstalter")
        MODERATION = "moderation", _("Moderation")
        FACILITATION = "facilitation", _("Begleitung")
        SPEAKER = "speaker", _("Impuls")
        HOST = "host", _("Eröffnung")

    page = ParentalKey(EventPage, related_name="contributors", on_delete=models.CASCADE)
    role = models.CharField(_("Rolle"), max_length=20, choices=Role.choices)
    person = models.ForeignKey(
        "home.Person", verbose_name=_("Person"), null=True, blank=True, on_delete=models.CASCADE
    )
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
    )

    panels = [FieldPanel("role"), FieldPanel("person"), FieldPanel("organisation")]

    def clean(self):
        if not self.person_id and not self.organisation_id:
            raise ValidationError(_("Bitte eine Person oder eine Organisation wählen."))

    def __str__(self):
        who = self.person or self.organisation
        return f"{self.get_role_display()}: {who}"
