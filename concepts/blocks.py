"""The structure of an integration concept: fields of action, goals, measures, indicators.

Kept as one StreamField so the whole structure is versioned with the edition,
moves through drafts and revisions together, and can be translated segment by
segment without translators touching the structure.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

MEASURE_STATUS = [
    ("planned", _("geplant")),
    ("running", _("laufend")),
    ("done", _("umgesetzt")),
    ("paused", _("zurückgestellt")),
]


class MeasureValue(blocks.StructValue):
    def status_label(self):
        return dict(MEASURE_STATUS).get(self.get("status"), "")


class MeasureBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Maßnahme"))
    description = blocks.TextBlock(label=_("Beschreibung"), required=False)
    responsible = blocks.CharBlock(label=_("Verantwortlich"), required=False)
    partners = blocks.CharBlock(label=_("Partner"), required=False)
    timeframe = blocks.CharBlock(
        label=_("Zeitraum"), required=False, help_text=_("z. B. 2021–2023 oder „fortlaufend“")
    )
    status = blocks.ChoiceBlock(
        label=pgettext_lazy("progress of a measure: planned, in progress, implemented", "Stand"),
        choices=MEASURE_STATUS,
        default="planned",
    )
    budget = blocks.CharBlock(label=_("Budget"), required=False)

    class Meta:
        icon = "tick"
        label = _("Maßnahme")
        value_class = MeasureValue


INDICATOR_DIRECTION = [
    ("up", _("höher ist besser")),
    ("down", _("niedriger ist besser")),
]


class IndicatorBlock(blocks.StructBlock):
    """A Kennzahl with what a reader needs to judge its values over the years
    (the values themselves come with the progress reports, concepts/progress/)."""

    name = blocks.CharBlock(label=_("Kennzahl"))
    baseline = blocks.CharBlock(label=_("Ausgangswert"), required=False)
    target = blocks.CharBlock(label=_("Zielwert"), required=False)
    source = blocks.CharBlock(label=_("Quelle"), required=False)
    unit = blocks.CharBlock(
        label=_("Einheit"), required=False, default="", help_text=_("z. B. Prozent oder Personen")
    )
    definition = blocks.TextBlock(label=_("Definition"), required=False, default="")
    direction = blocks.ChoiceBlock(
        label=_("Richtung"), choices=INDICATOR_DIRECTION, default="up", required=False
    )
    baseline_year = blocks.IntegerBlock(label=_("Jahr des Ausgangswerts"), required=False)
    baseline_value = blocks.DecimalBlock(
        label=_("Ausgangswert (Zahl)"), required=False, decimal_places=2
    )
    target_year = blocks.IntegerBlock(label=_("Zieljahr"), required=False)
    target_value = blocks.DecimalBlock(label=_("Zielwert (Zahl)"), required=False, decimal_places=2)

    class Meta:
        icon = "table"
        label = _("Indikator")


class GoalBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=pgettext_lazy("goal of the integration concept", "Ziel"))
    description = blocks.TextBlock(label=_("Erläuterung"), required=False)
    measures = blocks.ListBlock(MeasureBlock(), label=_("Maßnahmen"), default=[])
    indicators = blocks.ListBlock(IndicatorBlock(), label=_("Indikatoren"), default=[])

    class Meta:
        icon = "pick"
        label = pgettext_lazy("goal of the integration concept", "Ziel")


class FieldOfActionSectionBlock(blocks.StructBlock):
    field_of_action = SnippetChooserBlock("concepts.FieldOfAction", label=_("Handlungsfeld"))
    introduction = blocks.RichTextBlock(
        label=_("Ausgangslage"), required=False, features=["bold", "italic", "ul", "link"]
    )
    goals = blocks.ListBlock(GoalBlock(), label=_("Ziele"), default=[])

    class Meta:
        icon = "folder-open-inverse"
        label = _("Handlungsfeld")


class ConceptStructureBlock(blocks.StreamBlock):
    field = FieldOfActionSectionBlock()

    class Meta:
        label = _("Handlungsfelder, Ziele und Maßnahmen")
