"""Change notes of adopted editions: when an adopted edition is published
again, the editor says whether it was a correction (no note) or a change worth
telling readers (a dated public note). The edition then shows "zuletzt geändert
am …" with all its notes, as GOV.UK does."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class EditionChangeNote(models.Model):
    """A public note that an adopted edition was changed after its adoption."""

    edition = models.ForeignKey(
        "concepts.ConceptEditionPage",
        verbose_name=_("Ausgabe"),
        on_delete=models.CASCADE,
        related_name="change_notes",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("Fassung"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("Geändert am"), default=timezone.now)
    text = models.TextField(_("Änderungshinweis"), max_length=1000)

    class Meta:
        verbose_name = _("Änderungshinweis")
        verbose_name_plural = _("Änderungshinweise")
        ordering = ["-changed_at", "-pk"]

    def __str__(self):
        return f"{self.edition_id}: {self.text[:40]}"


class ChangeNotesMixin(models.Model):
    """The editor's choice on publishing an adopted edition again."""

    class ChangeKind(models.TextChoices):
        CORRECTION = "correction", _("Korrektur (kein Hinweis für die Leserinnen und Leser)")
        CHANGE = "change", _("Änderung, über die informiert wird (öffentlicher Hinweis)")

    change_kind = models.CharField(
        _("Art der Änderung"),
        max_length=12,
        choices=ChangeKind.choices,
        default=ChangeKind.CORRECTION,
        help_text=_("Nur bei einer beschlossenen Ausgabe, die erneut veröffentlicht wird."),
    )
    change_note = models.TextField(
        _("Änderungshinweis"),
        blank=True,
        max_length=1000,
        help_text=_("Was sich geändert hat, in ein, zwei Sätzen; erscheint mit Datum."),
    )

    panel = MultiFieldPanel(
        [FieldPanel("change_kind"), FieldPanel("change_note")],
        heading=_("Änderung nach dem Beschluss"),
        classname="collapsed",
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.change_kind == self.ChangeKind.CHANGE and not self.change_note.strip():
            raise ValidationError(
                {"change_note": _("Bitte beschreiben Sie die Änderung für den Hinweis.")}
            )

    @property
    def last_changed_at(self):
        notes = self.public_change_notes
        return notes[0].changed_at if notes else None

    @property
    def public_change_notes(self):
        cache = getattr(self, "_public_change_notes", None)
        if cache is None:
            # Notes exist only for adopted editions published more than once:
            # an edition published once costs no query.
            again = (
                self.pk
                and self.status == "adopted"
                and self.first_published_at
                and self.last_published_at
                and self.last_published_at > self.first_published_at
            )
            cache = self._public_change_notes = list(self.change_notes.all()) if again else []
        return cache


def note_change(page, revision):
    """After publishing: a dated note for a change worth telling on an edition
    that was already adopted and live before; nothing for a correction."""
    if page.status != "adopted" or page.change_kind != page.ChangeKind.CHANGE:
        return None
    text = page.change_note.strip()
    if not text or page.change_notes.filter(text=text).exists():
        return None
    # The first publication sets first_published_at after its revision was
    # made; a later one publishes a revision made after it.
    if revision is None or not page.first_published_at:
        return None
    if page.first_published_at >= revision.created_at:
        return None
    return EditionChangeNote.objects.create(edition=page, revision=revision, text=text)
