"""Progress over time: implementation reports with dated status updates and indicator
values, Selbstcheck results per field of action, and the overview "Wo stehen wir?"."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.pages import BasePage
from core.visibility import PublicPageManager

from .routes import ProgressDataMixin

SELBSTCHECK_SCALE = range(1, 6)


class MeasureStatus(models.TextChoices):
    PLANNED = "planned", _("geplant")
    STARTED = "started", _("begonnen")
    DONE = "done", _("umgesetzt")
    POSTPONED = "postponed", _("verschoben")
    ABANDONED = "abandoned", _("aufgegeben")


def edition_items(edition, kind):
    """(block id, label) of the measures or indicators ("measures", "indicators") of an
    edition, for the report's choice lists."""
    items = []
    for block in edition.structure if edition is not None else []:
        field = block.value["field_of_action"]
        for goal in block.value["goals"]:
            for child in goal[kind].bound_blocks:
                name = child.value.get("title") or child.value.get("name")
                items.append((child.id, f"{field} – {name}" if field else name))
    return items


class ProgressReportForm(WagtailAdminPageForm):
    """The report's rows choose measures and indicators of the edition it reports on."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        parent = parent_page or (self.instance.get_parent() if self.instance.pk else None)
        edition = parent.specific if parent is not None else None
        for relation, name, kind, label in (
            ("status_updates", "measure", "measures", _("Maßnahme")),
            ("indicator_values", "indicator", "indicators", _("Kennzahl")),
        ):
            formset = self.formsets.get(relation)
            if formset is None:
                continue
            field = forms.ChoiceField(
                label=label, choices=[("", "---------"), *edition_items(edition, kind)]
            )
            # The formset builds its forms lazily from this class (the empty
            # form for "add" too), so every row gets the edition's choices.
            form_class = type(formset.form.__name__, (formset.form,), {})
            form_class.base_fields = {**formset.form.base_fields, name: field}
            formset.form = form_class


class ProgressReportPage(BasePage):
    """An Umsetzungsbericht: where the measures of an edition stand on a date, and the
    indicators' new values, published without republishing the concept."""

    as_of = models.DateField(_("Stand"), help_text=_("z. B. 31.12.2024"))
    introduction = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    objects = PublicPageManager()
    base_form_class = ProgressReportForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("as_of"),
        FieldPanel("introduction"),
        InlinePanel("status_updates", label=_("Stand der Maßnahmen")),
        InlinePanel("indicator_values", label=_("Werte der Kennzahlen")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("as_of"), APIField("introduction")]
    parent_page_types = ["concepts.ConceptEditionPage"]
    subpage_types = []
    template = "concepts/progress/report_page.html"

    class Meta:
        verbose_name = _("Umsetzungsbericht")
        verbose_name_plural = _("Umsetzungsberichte")

    def get_context(self, request, *args, **kwargs):
        from .data import report_progress

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = report_progress(self)
        return context


class MeasureStatusUpdate(Orderable):
    """The status of one measure on a date, with a short public note."""

    page = ParentalKey(ProgressReportPage, related_name="status_updates", on_delete=models.CASCADE)
    measure = models.CharField(_("Maßnahme"), max_length=64)
    status = models.CharField(_("Stand"), max_length=20, choices=MeasureStatus.choices)
    date = models.DateField(
        _("Datum"), null=True, blank=True, help_text=_("Leer: der Stand des Berichts.")
    )
    note = models.CharField(_("Anmerkung"), max_length=300, blank=True)

    panels = [FieldPanel("measure"), FieldPanel("status"), FieldPanel("date"), FieldPanel("note")]
    translatable_fields = [
        SynchronizedField("measure", overridable=False),
        SynchronizedField("status", overridable=False),
        SynchronizedField("date", overridable=False),
        TranslatableField("note"),
    ]


class IndicatorValue(Orderable):
    """The value of one indicator in one year."""

    page = ParentalKey(
        ProgressReportPage, related_name="indicator_values", on_delete=models.CASCADE
    )
    indicator = models.CharField(_("Kennzahl"), max_length=64)
    year = models.PositiveSmallIntegerField(
        _("Jahr"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    value = models.DecimalField(_("Wert"), max_digits=12, decimal_places=2)
    note = models.CharField(_("Anmerkung"), max_length=200, blank=True)

    panels = [FieldPanel("indicator"), FieldPanel("year"), FieldPanel("value"), FieldPanel("note")]
    translatable_fields = [
        SynchronizedField("indicator", overridable=False),
        SynchronizedField("year", overridable=False),
        SynchronizedField("value", overridable=False),
        TranslatableField("note"),
    ]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(
                fields=["page", "indicator", "year"], name="one_value_per_indicator_year"
            )
        ]


class SelbstcheckPage(BasePage):
    """The ratings of one Selbstcheck workshop ("Weltoffene Kommune"): the municipality's
    own assessment per field of action."""

    date = models.DateField(_("Datum des Workshops"))
    workshop = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Dokumentation des Workshops"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    objects = PublicPageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("workshop"),
        FieldPanel("introduction"),
        InlinePanel("ratings", label=_("Einschätzungen")),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("date"), APIField("introduction")]
    parent_page_types = ["concepts.ConceptIndexPage"]
    subpage_types = []
    template = "concepts/progress/selbstcheck_page.html"

    class Meta:
        verbose_name = _("Selbstcheck")
        verbose_name_plural = _("Selbstchecks")

    def get_context(self, request, *args, **kwargs):
        from .data import selbstcheck_progress

        context = super().get_context(request, *args, **kwargs)
        context["selbstcheck"] = selbstcheck_progress(self.get_parent(), self.locale_id, self)
        return context


class SelbstcheckRating(Orderable):
    """Where the municipality sees itself in one field of action, from 1 to 5."""

    page = ParentalKey(SelbstcheckPage, related_name="ratings", on_delete=models.CASCADE)
    field_of_action = models.ForeignKey(
        "concepts.FieldOfAction",
        verbose_name=_("Handlungsfeld"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    rating = models.PositiveSmallIntegerField(
        _("Einschätzung"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("1 = wir stehen am Anfang, 5 = gut aufgestellt"),
    )
    note = models.CharField(_("Anmerkung"), max_length=300, blank=True)

    panels = [FieldPanel("field_of_action"), FieldPanel("rating"), FieldPanel("note")]
    translatable_fields = [
        SynchronizedField("field_of_action", overridable=False),
        SynchronizedField("rating", overridable=False),
        TranslatableField("note"),
    ]


class ProgressOverviewPage(ProgressDataMixin, RoutablePageMixin, BasePage):
    """„Wo stehen wir?“: a municipality's measures by status, its indicators with their
    trend and its Selbstcheck, with the data to download."""

    introduction = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    objects = PublicPageManager()

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction"), APIField("progress")]
    parent_page_types = ["concepts.ConceptIndexPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "concepts/progress/overview_page.html"

    class Meta:
        verbose_name = _("Wo stehen wir?")

    def progress_data(self):
        from .data import municipality_progress

        if "_progress" not in self.__dict__:
            self._progress = municipality_progress(self)
        return self._progress
