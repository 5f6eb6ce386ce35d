"""The one block library every page body draws from."""

from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets import blocks as snippet_blocks


class SnippetChooserBlock(snippet_blocks.SnippetChooserBlock):
    """Wagtail's, reading what the snippets' templates show of their relations
    (`related`, e.g. a person's organisation) for all chosen snippets of a
    body at once. Stored and migrated as Wagtail's block."""

    def __init__(self, target_model, related=(), **kwargs):
        self.related = tuple(related)
        super().__init__(target_model, **kwargs)

    def bulk_to_python(self, values):
        snippets = super().bulk_to_python(values)
        if self.related:
            prefetch_related_objects([snippet for snippet in snippets if snippet], *self.related)
        return snippets

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        kwargs = {name: value for name, value in kwargs.items() if name != "related"}
        return "wagtail.snippets.blocks.SnippetChooserBlock", args, kwargs


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Bild"))
    caption = blocks.CharBlock(
        label=_("Bildunterschrift"),
        required=False,
        help_text=_("Der Bildnachweis wird automatisch aus der Bilddatenbank ergänzt."),
    )

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    speaker = blocks.CharBlock(label=_("Name"), required=False)
    role = blocks.CharBlock(
        label=_("Funktion"), required=False, help_text=_("z. B. Oberbürgermeister")
    )

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "blocks/quote_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        help_text=_("Leer lassen, um den Titel des Dokuments zu verwenden."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "blocks/document_block.html"


class ContactBlock(blocks.StructBlock):
    person = SnippetChooserBlock("home.Person", related=["organisation"], label=_("Ansprechperson"))

    class Meta:
        icon = "user"
        label = _("Kontakt")
        template = "blocks/contact_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Zwischenüberschrift"), icon="title", template="blocks/heading_block.html"
    )
    paragraph = blocks.RichTextBlock(label=_("Text"), icon="pilcrow")
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentBlock()
    contact = ContactBlock()

    class Meta:
        label = _("Inhalt")
