"""Blocks that document what happened at a workshop or conference."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

RATING_CHOICES = [(str(n), str(n)) for n in range(1, 6)]


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.CharBlock(label=_("Uhrzeit"), required=False, max_length=20)
    title = blocks.CharBlock(label=_("Programmpunkt"))
    speaker = blocks.CharBlock(label=_("Wer"), required=False)

    class Meta:
        icon = "time"
        label = _("Programmpunkt")


class FieldResultBlock(blocks.StructBlock):
    """Where the municipality stands in one field of action, as the workshop assessed it."""

    field_of_action = SnippetChooserBlock("concepts.FieldOfAction", label=_("Handlungsfeld"))
    rating = blocks.ChoiceBlock(
        label=_("Einschätzung (1 = Anfang, 5 = sehr weit)"),
        choices=RATING_CHOICES,
        required=False,
        help_text=_("Nur für Selbstcheck-Workshops; sonst leer lassen."),
    )
    findings = blocks.RichTextBlock(label=_("Ergebnis"), features=["bold", "ul", "link"])

    class Meta:
        icon = "list-ul"
        label = _("Ergebnis je Handlungsfeld")


class NextStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Nächster Schritt"))
    description = blocks.TextBlock(label=_("Beschreibung"), required=False)
    responsible = blocks.CharBlock(label=_("Zuständig"), required=False)
    due = blocks.CharBlock(label=_("Bis wann"), required=False)

    class Meta:
        icon = "arrow-right"
        label = _("Nächster Schritt")
