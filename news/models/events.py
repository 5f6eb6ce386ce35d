"""Workshops, conferences and dialogue events: announced, then documented."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from concepts.models import ConceptEditionPage, FieldOfAction, localize_stream
from core.blocks import BodyBlock
from core.cache import site_id_for
from core.fragments import fragment
from core.i18n import localized_fields, localized_instances
from core.pages import BasePage, SectionIndexPage, url_below
from core.visibility import PublicPageQuerySet

from ..blocks import AgendaItemBlock, FieldResultBlock, NextStepBlock
from .common import FieldsOfActionPageForm, paginate, related_pages


class EventIndexPage(RoutablePageMixin, SectionIndexPage):
    """Veranstaltungen: upcoming events with calendar downloads, and documented past ones."""

    subpage_types = ["news.EventPage"]
    template = "news/event_index_page.html"
    reader_parameters = ("seite",)

    class Meta:
        verbose_name = _("Übersicht Veranstaltungen")

    def events(self):
        return EventPage.objects.visible().child_of(self)

    @path("")
    def listing(self, request):
        """Upcoming events (soonest first), then documented ones (newest
        first), as one list in pages of ten (``?seite=N``): however many
        events a municipality announces, a page shows ten."""
        now = timezone.now()
        events = self.events().with_teaser_images()
        counts = None
        if not getattr(request, "is_preview", False):
            # How many are upcoming and past: the same for every reader until
            # the site publishes, kept like the listing they paginate.
            counts = fragment(
                request,
                site_id_for(request),
                "event-counts",
                (self.pk,),
                lambda: UpcomingThenPast(events, now).counts,
            )
        chained = UpcomingThenPast(events, now, counts)
        page_obj = paginate(request, chained)
        # The page's events are read only when the list is rendered, not when
        # it comes from the fragment cache (event_index_page.html, {% kept %}):
        # UpcomingThenPast hands the paginator a lazy slice.
        shown = page_obj.object_list
        return self.render(
            request,
            context_overrides={
                "page_obj": page_obj,
                "upcoming": SimpleLazyObject(lambda: [e for e in shown if e.end >= now]),
                "past": SimpleLazyObject(lambda: [e for e in shown if e.end < now]),
                "any_upcoming": chained.upcoming_count > 0,
                "any_past": chained.past_count > 0,
            },
        )

    @path("ical/", name="calendar")
    def calendar(self, request):
        from ..ical import calendar_response

        rows = calendar_window(self.events())
        base = self.get_full_url(request)
        for row in rows:
            row["url"] = url_below(base, row["slug"] + "/")
        return calendar_response(rows, request, name=self.title)


def calendar_window(events):
    """The events a calendar subscription carries, as rows (``ical.EVENT_FIELDS``)
    ordered by start: from CALENDAR_DAYS_PAST days ago (about half a year) to
    CALENDAR_DAYS_AHEAD days ahead (a year and a half), and at most
    CALENDAR_MAX_EVENTS (50) of them – the upcoming ones soonest first, then
    as many of the recent past as still fit – so the feed stays the same size
    however many events a municipality has announced or documented; the
    others stay on their pages and in the listing. Two queries."""
    from django.conf import settings

    from ..ical import EVENT_FIELDS

    now = timezone.now()
    most = getattr(settings, "CALENDAR_MAX_EVENTS", 50)
    window = events.filter(
        end__gte=now - timedelta(days=getattr(settings, "CALENDAR_DAYS_PAST", 183)),
        start__lte=now + timedelta(days=getattr(settings, "CALENDAR_DAYS_AHEAD", 549)),
    ).values(*EVENT_FIELDS)
    rows = list(window.filter(end__gte=now).order_by("start", "pk")[:most])
    if len(rows) < most:
        past = window.filter(end__lt=now).order_by("-start", "-pk")[: most - len(rows)]
        rows += past
    return sorted(rows, key=lambda row: (row["start"], row["pk"]))


class UpcomingThenPast:
    """The upcoming `events` (soonest first), then the past ones (newest
    first), read as one sequence, for Django's paginator: a page reads only
    the rows it shows (both counts in one query, at most two slices)."""

    def __init__(self, events, now, counts=None):
        self.events, self.now = events, now
        self.upcoming = events.filter(end__gte=now).order_by("start", "pk")
        self.past = events.filter(end__lt=now).order_by("-start", "-pk")
        if counts is not None:  # known already (a fragment)
            self.__dict__["counts"] = counts

    @cached_property
    def counts(self):
        """{"upcoming": n, "past": n}"""
        return self.events.aggregate(
            upcoming=models.Count("pk", filter=models.Q(end__gte=self.now)),
            past=models.Count("pk", filter=models.Q(end__lt=self.now)),
        )

    @property
    def upcoming_count(self):
        return self.counts["upcoming"]

    @property
    def past_count(self):
        return self.counts["past"]

    def count(self):
        return self.upcoming_count + self.past_count

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        # Read when the page's events are first used: not at all when the
        # listing is kept ({% kept %} in templates/news/event_index_page.html).
        return SimpleLazyObject(lambda: self._rows(window.start or 0, window.stop))

    def _rows(self, start, stop):
        first = self.upcoming_count
        items = list(self.upcoming[start : min(stop, first)]) if start < first else []
        if stop > first:
            items += list(self.past[max(start - first, 0) : stop - first])
        return items


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
        # By start, either way: listings and the calendar read events in this order.
        indexes = [models.Index(fields=["start", "page_ptr"], name="news_event_start_idx")]

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
        # read only if the kept article ({% kept "event" %}) is rendered afresh
        context["related"] = SimpleLazyObject(
            lambda: related_pages((ConceptEditionPage, self.related_concept_id))
        )
        context["results"] = SimpleLazyObject(self.localized_results)
        return context

    def localized_results(self):
        """The results per field of action, their fields in the page's
        language (one query: the chooser's rows are read as the stream is)."""
        localize_stream(self.results, self.locale_id)
        return self.results

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
        from ..ical import calendar_response, event_row

        rows = [event_row(self, request)]
        return calendar_response(rows, request, name=self.title, filename=self.slug)


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
