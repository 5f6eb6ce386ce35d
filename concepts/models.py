"""Integration concepts as editions over the years, structured by fields of action."""

from functools import partial

from django.db import models
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import DocumentBlock
from core.cache import site_id_for
from core.fragments import fragment, prime_locale
from core.i18n import localized_fields
from core.pages import BasePage, SectionIndexPage
from core.visibility import PublicPageQuerySet

from .blocks import ConceptStructureBlock
from .change_notes import ChangeNotesMixin, EditionChangeNote  # noqa: F401 (a model)
from .comparison.views import comparison_page, german_comparison, line_of
from .progress.routes import ProgressDataMixin


class FieldOfAction(TranslatableMixin, index.Indexed, models.Model):
    """A Handlungsfeld, shared by all municipalities so their work can be compared."""

    name = models.CharField(_("Name"), max_length=120)
    slug = models.SlugField(_("Kurzname"), max_length=120, allow_unicode=False)
    description = models.TextField(_("Beschreibung"), blank=True)
    selbstcheck = models.BooleanField(
        _("Handlungsfeld des Selbstchecks „Weltoffene Kommune“"), default=False
    )
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("selbstcheck"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    api_fields = [APIField("name"), APIField("slug")]
    # The slug names the field in addresses (/handlungsfeld/<slug>/,
    # ?handlungsfeld=<slug>), the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("selbstcheck", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_field_slug_per_locale")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)


def localize_stream(stream, locale, name="field_of_action"):
    """Show the fields of action chosen in a StreamField's blocks (e.g. the
    concept structure) in `locale` (a Locale or its id): swaps them in the
    loaded value, in memory, with at most one query."""
    values = [
        block.value
        for block in stream
        if hasattr(block.value, "get") and block.value.get(name) is not None
    ]
    localized = {
        field.translation_key: field
        for field in localized_fields([value[name] for value in values], locale)
    }
    for value in values:
        value[name] = localized.get(value[name].translation_key, value[name])


class ConceptIndexPage(SectionIndexPage):
    """Lists a municipality's integration concept editions, newest first."""

    subpage_types = [
        "concepts.ConceptEditionPage",
        "concepts.ProgressOverviewPage",
        "concepts.SelbstcheckPage",
    ]
    template = "concepts/concept_index_page.html"

    class Meta:
        verbose_name = _("Übersicht Integrationskonzept")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            context.update(self.listing(request))
        else:
            # The same for every reader of the site: kept as a fragment and
            # purged with the page cache whenever the site publishes; read
            # only when the kept list ({% kept "editions" %}) renders afresh.
            kept = SimpleLazyObject(
                lambda: fragment(
                    request,
                    site_id_for(request),
                    "editions",
                    (self.pk,),
                    lambda: self.listing(request),
                )
            )
            for key in ("editions", "overview_url"):
                context[key] = SimpleLazyObject(partial(kept.get, key))
        return context

    def listing(self, request):
        """The published editions, newest first, as the list shows them
        (title, link, year, status, summary), and the link to the progress overview."""
        editions = list(
            ConceptEditionPage.objects.visible()
            .child_of(self)
            .order_by("-year", "-first_published_at")
            .defer(*LINE_DEFERRED)  # the list shows no edition's content
        )
        # Each edition's status depends on its line: worked out once for all.
        by_pk = {edition.pk: edition for edition in editions}
        for edition in editions:
            edition.edition_line = edition.line_among(by_pk)
        overview = ProgressOverviewPage.objects.visible().child_of(self).first()
        return {
            "editions": [
                {
                    "url": edition.get_url(request),
                    "title": edition.title,
                    "year": edition.year,
                    "status": edition.display_status,
                    "summary": edition.summary,
                }
                for edition in editions
            ],
            "overview_url": overview.get_url(request) if overview else None,
        }


class _EditionLink:
    """What following an edition line needs of an edition (edition_line)."""

    __slots__ = ("pk", "predecessor_id", "year", "status")

    def __init__(self, pk, predecessor_id, year, status):
        self.pk, self.predecessor_id, self.year, self.status = pk, predecessor_id, year, status


# What the edition line does not show of the other editions (edition_line).
LINE_DEFERRED = (
    "structure",
    "documents",
    "mission_statement",
    "guiding_goals",
    "easy_language_summary",
)


class ConceptEditionQuerySet(PublicPageQuerySet):
    def current_under(self, root):
        """The newest adopted edition a municipality has published, if any."""
        return (
            self.visible_under(root)
            .filter(status=ConceptEditionPage.Status.ADOPTED)
            .select_related("locale")  # its progress asks for its language
            .order_by("-year")
            .first()
        )


class ConceptEditionPage(ProgressDataMixin, ChangeNotesMixin, RoutablePageMixin, BasePage):
    """One edition of a municipality's integration concept, e.g. 2009 or its revision."""

    class Status(models.TextChoices):
        IN_PREPARATION = "in_preparation", _("in Erarbeitung")
        DRAFT = "draft", _("Entwurf")
        ADOPTED = "adopted", _("beschlossen")
        SUPERSEDED = "superseded", _("abgelöst")

    year = models.PositiveSmallIntegerField(_("Jahr"))
    status = models.CharField(
        _("Stand"), max_length=20, choices=Status.choices, default=Status.IN_PREPARATION
    )
    predecessor = models.ForeignKey(
        "self",
        verbose_name=_("Vorherige Ausgabe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="successors",
        help_text=_("Die Ausgabe, die diese fortschreibt."),
    )
    decision_body = models.CharField(
        _("Beschlossen von"), max_length=150, blank=True, help_text=_("z. B. Stadtrat")
    )
    decision_date = models.DateField(_("Beschlossen am"), null=True, blank=True)
    decision_reference = models.CharField(_("Vorlage / Drucksache"), max_length=100, blank=True)
    lead_office = models.CharField(
        _("Federführung"), max_length=200, blank=True, help_text=_("z. B. Integrationsbüro")
    )
    commissioned_institute = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("Beauftragtes Institut"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    mission_statement = RichTextField(
        _("Leitbild"), blank=True, features=["bold", "italic", "ol", "ul"]
    )
    guiding_goals = RichTextField(_("Leitziele"), blank=True, features=["bold", "ol", "ul"])
    structure = StreamField(ConceptStructureBlock(), verbose_name=_("Handlungsfelder"), blank=True)
    documents = StreamField(
        [("document", DocumentBlock())], verbose_name=_("Dokumente"), blank=True
    )
    easy_language_summary = RichTextField(
        _("Zusammenfassung in Leichter Sprache"),
        blank=True,
        features=["h3", "bold", "ul", "link"],
        help_text=_(
            "Kurze Sätze, eine Aussage pro Satz, schwere Wörter erklärt. Erscheint auf der "
            "Ausgabe und auf der Seite in Leichter Sprache."
        ),
    )

    objects = PageManager.from_queryset(ConceptEditionQuerySet)()

    # Leichte Sprache is a form of German: translations keep the German summary
    # (shown with lang="de") instead of asking translators for it.
    override_translatable_fields = [SynchronizedField("easy_language_summary")]

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("year"), FieldPanel("status")]),
        FieldPanel("predecessor"),
        MultiFieldPanel(
            [
                FieldPanel("decision_body"),
                FieldRowPanel([FieldPanel("decision_date"), FieldPanel("decision_reference")]),
            ],
            heading=_("Ratsbeschluss"),
        ),
        MultiFieldPanel(
            [FieldPanel("lead_office"), FieldPanel("commissioned_institute")],
            heading=_("Erarbeitung"),
        ),
        FieldPanel("summary"),
        FieldPanel("mission_statement"),
        FieldPanel("guiding_goals"),
        FieldPanel("structure"),
        FieldPanel("documents"),
        FieldPanel("easy_language_summary"),
        ChangeNotesMixin.panel,
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("listing_image")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("mission_statement"),
        index.SearchField("guiding_goals"),
        index.SearchField("structure"),
        index.SearchField("easy_language_summary"),
        index.FilterField("status"),
        index.FilterField("year"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("year"),
        APIField("status"),
        APIField("predecessor"),
        APIField("decision_body"),
        APIField("decision_date"),
        APIField("decision_reference"),
        APIField("lead_office"),
        APIField("mission_statement"),
        APIField("guiding_goals"),
        APIField("structure"),
        APIField("documents"),
        APIField("easy_language_summary"),
        APIField("progress"),
    ]

    parent_page_types = ["concepts.ConceptIndexPage"]
    subpage_types = ["concepts.ProgressReportPage"]
    template = "concepts/concept_edition_page.html"

    class Meta:
        verbose_name = _("Ausgabe des Integrationskonzepts")
        verbose_name_plural = _("Ausgaben des Integrationskonzepts")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prime_locale(self, request)  # the reports' language is chosen by the edition's
        # read only if the kept body ({% kept "edition" %}) is rendered afresh
        context["progress"] = SimpleLazyObject(self.progress_data)
        context["predecessor_year"] = self.predecessor_year(request)
        return context

    def predecessor_year(self, request):
        """The year the link to the comparison names, or None. A translation
        finds it through the German line (up to ten queries), so it is kept as
        a fragment: the line changes only when the site publishes."""

        def build():
            previous = self.predecessor_in_line
            return previous.year if previous else None

        if getattr(request, "is_preview", False):
            return build()
        return fragment(request, site_id_for(request), "predecessor", (self.pk,), build)

    @path("")
    def edition(self, request):
        return self.render(request)

    @path("vergleich/", name="comparison")
    def comparison(self, request):
        """What changed against the predecessor (concepts/comparison/)."""
        return comparison_page(self, request)

    @path("vergleich/<str:other>/", name="comparison_with")
    def comparison_with(self, request, other):
        """Any two editions of the same line, by year or slug of the other."""
        return comparison_page(self, request, other)

    @cached_property
    def predecessor_in_line(self):
        """The edition before this one among the published ones, for the link
        "Was hat sich gegenüber … geändert?". A translation whose predecessor
        is German only links too: its comparison page says so and links the
        German comparison."""
        if not self.predecessor_id:  # a translation keeps its source's link
            return None
        line = line_of(self)
        index = line.index(self) if self in line else 0
        if index > 0:
            return line[index - 1]
        german = german_comparison(self)
        return german.predecessor_in_line if german else None

    def progress_data(self):
        """Measures, indicators and reports of this edition (concepts/progress/data.py)."""
        from .progress.data import edition_progress

        if "_progress" not in self.__dict__:
            self._progress = edition_progress(self)
        return self._progress

    @cached_property
    def edition_line(self):
        """Every published edition linked to this one by predecessor, oldest first.

        One query for the links between the municipality's editions (numbers
        only), followed in memory, and one for the other editions in the line
        (without their content), so the line costs the same however many
        editions there are. The editions in the line share what was read.
        """
        shared = self.__dict__.get("_line_shared")
        if shared is None:
            links = (
                ConceptEditionPage.objects.visible()
                .filter(depth=self.depth, path__startswith=self.path[: -self.steplen])
                .values_list("pk", "predecessor_id", "year", "status")
            )
            shared = ({row[0]: _EditionLink(*row) for row in links}, {self.pk: self})
        links, pages = shared
        line = self.line_among(links)
        missing = [e.pk for e in line if e.pk not in pages]
        if missing:
            for edition in ConceptEditionPage.objects.filter(pk__in=missing).defer(*LINE_DEFERRED):
                edition._line_shared = shared
                pages[edition.pk] = edition
        return [self if e.pk == self.pk else pages[e.pk] for e in line]

    def line_among(self, editions):
        """The edition line within `editions` ({pk: edition}, siblings)."""
        editions = {**editions, self.pk: self}
        successors = {}
        for edition in editions.values():
            if edition.predecessor_id in editions:
                successors.setdefault(edition.predecessor_id, []).append(edition)
        # Walk back to the first edition, then forward along the newest successors.
        first, seen = self, {self.pk}
        while first.predecessor_id in editions and first.predecessor_id not in seen:
            first = editions[first.predecessor_id]
            seen.add(first.pk)
        line, current, seen = [first], first, {first.pk}
        while current.pk in successors:
            nxt = max(successors[current.pk], key=lambda e: (e.year, e.pk))
            if nxt.pk in seen:
                break
            line.append(nxt)
            seen.add(nxt.pk)
            current = nxt
        return line

    @cached_property
    def superseded_by(self):
        """The newest adopted edition that follows this one, if the council adopted one."""
        line = self.edition_line
        later = line[line.index(self) + 1 :] if self in line else []
        adopted = [e for e in later if e.status == self.Status.ADOPTED]
        return adopted[-1] if adopted else None

    @property
    def display_status(self):
        if self.superseded_by:
            return self.Status.SUPERSEDED
        return self.Status(self.status)

    @cached_property
    def fields_of_action(self):
        return [block.value["field_of_action"] for block in self.structure]


# The progress models live in their own package but belong to this app.
from .progress.models import (  # noqa: E402, F401
    IndicatorValue,
    MeasureStatusUpdate,
    ProgressOverviewPage,
    ProgressReportPage,
    SelbstcheckPage,
    SelbstcheckRating,
)
