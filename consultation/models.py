"""Consultations, participants, comments, reports of comments and the office's answers.

The models lived in the concepts app until the consultation became an app of its
own; their tables kept the old names (Meta.db_table), so an upgrade moves no data
(consultation/migrations/0001_initial.py)."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

COMMENT_MAX_LENGTH = 3000
STATEMENT_MAX_LENGTH = 20000


class Consultation(models.Model):
    """A comment period on one frozen revision of a draft concept edition."""

    class Audience(models.TextChoices):
        BOARD = "board", _("nur der Beirat der Kommune")
        PUBLIC = "public", _("Beirat und Öffentlichkeit")

    page = models.ForeignKey(
        "concepts.ConceptEditionPage",
        verbose_name=_("Entwurf"),
        on_delete=models.CASCADE,
        related_name="consultations",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("Fassung zur Beteiligung"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Die Fassung des Entwurfs, auf die sich alle Kommentare beziehen."),
    )
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("Kommune"), on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("Titel"), max_length=200)
    starts_at = models.DateTimeField(_("Beginn der Kommentierungsfrist"))
    ends_at = models.DateTimeField(_("Ende der Kommentierungsfrist"))
    audience = models.CharField(
        _("Wer kann kommentieren?"), max_length=10, choices=Audience.choices, default=Audience.BOARD
    )
    introduction = models.TextField(_("Einführung"), blank=True, max_length=4000)
    contact = models.TextField(_("Kontakt"), blank=True, max_length=1000)
    result_page = models.ForeignKey(
        "concepts.ConceptEditionPage",
        verbose_name=_("Beschlossene Ausgabe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_results",
        help_text=_("Die Ausgabe, mit der die Abwägung veröffentlicht wird."),
    )
    report_published_at = models.DateTimeField(
        _("Abwägung veröffentlicht am"), null=True, blank=True
    )
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Angelegt von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        db_table = "concepts_consultation"  # kept from the concepts app
        verbose_name = _("Beteiligung")
        verbose_name_plural = _("Beteiligungen")
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="consultation_ends_after_start",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.site_id and self.page_id:
            self.site = self.page.get_site()
        if not self.revision_id and self.page_id:
            self.revision = self.page.latest_revision or self.page.save_revision()
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("consultation:detail", kwargs={"pk": self.pk})

    # --- Period -----------------------------------------------------------

    def phase(self, now=None):
        """ "before", "open" or "closed"."""
        now = now or timezone.now()
        if now < self.starts_at:
            return "before"
        if now >= self.ends_at:
            return "closed"
        return "open"

    def is_open(self, now=None):
        return self.phase(now) == "open"

    @property
    def report_published(self):
        return self.report_published_at is not None

    @cached_property
    def draft(self):
        """The draft as it was frozen for the consultation (a page object, not saved)."""
        return self.revision.as_object()


class Participant(models.Model):
    """Someone who may comment on a municipality's consultations."""

    class Kind(models.TextChoices):
        BOARD = "board", _("Mitglied des Beirats")
        PUBLIC = "public", _("Öffentlichkeit")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Benutzer"),
        on_delete=models.CASCADE,
        related_name="participations",
    )
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("Kommune"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices)
    display_name = models.CharField(_("Angezeigter Name"), max_length=80, blank=True)
    anonymous = models.BooleanField(_("Anonym kommentieren"), default=False)
    email_confirmed_at = models.DateTimeField(_("E-Mail bestätigt am"), null=True, blank=True)
    blocked = models.BooleanField(_("Gesperrt"), default=False)
    blocked_reason = models.CharField(_("Grund der Sperre"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)

    class Meta:
        db_table = "concepts_participant"  # kept from the concepts app
        verbose_name = _("Teilnehmende Person")
        verbose_name_plural = _("Teilnehmende")
        ordering = ["site", "kind", "display_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "site"], name="one_participant_per_site")
        ]

    def __str__(self):
        return self.display_name or self.user.get_username()

    @property
    def public_name(self):
        if self.anonymous:
            return _("anonym")
        return self.display_name or self.user.get_full_name() or _("anonym")


class CommentQuerySet(models.QuerySet):
    def section_comments(self):
        """Comments on sections; the board's Stellungnahme is kept apart."""
        return self.filter(kind=Comment.Kind.COMMENT)

    def statements(self):
        return self.filter(kind=Comment.Kind.STATEMENT)

    def visible(self):
        return self.exclude(status=Comment.Status.HIDDEN)


class Comment(models.Model):
    """A comment on one section of the frozen draft, or a board's Stellungnahme."""

    class Kind(models.TextChoices):
        COMMENT = "comment", _("Kommentar")
        STATEMENT = "statement", _("Stellungnahme")

    class Category(models.TextChoices):
        SUGGESTION = "suggestion", _("Anregung")
        QUESTION = "question", _("Frage")
        CRITICISM = "criticism", _("Kritik")

    class Status(models.TextChoices):
        VISIBLE = "visible", _("sichtbar")
        HIDDEN = "hidden", _("ausgeblendet")

    class Decision(models.TextChoices):
        ADOPTED = "adopted", _("übernommen")
        PARTLY = "partly", _("teilweise übernommen")
        REJECTED = "rejected", _("nicht übernommen")
        NOTED = "noted", _("zur Kenntnis genommen")

    consultation = models.ForeignKey(
        Consultation,
        verbose_name=_("Beteiligung"),
        on_delete=models.CASCADE,
        related_name="comments",
    )
    kind = models.CharField(_("Art"), max_length=10, choices=Kind.choices, default=Kind.COMMENT)
    section_key = models.CharField(_("Abschnitt"), max_length=64)
    section_label = models.CharField(_("Abschnitt (Titel)"), max_length=300, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Verfasst von"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="consultation_comments",
    )
    participant = models.ForeignKey(
        Participant,
        verbose_name=_("Teilnehmende Person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    as_board = models.BooleanField(_("Als Mitglied des Beirats"), default=False)
    author_name = models.CharField(_("Angezeigter Name"), max_length=80, blank=True)
    category = models.CharField(_("Kategorie"), max_length=12, choices=Category.choices, blank=True)
    text = models.TextField(_("Text"), max_length=STATEMENT_MAX_LENGTH)
    language = models.CharField(
        _("Sprache"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    notify = models.BooleanField(_("Über das Ergebnis informieren"), default=False)
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now)
    receipt = models.CharField(_("Eingangsnummer"), max_length=16, unique=True, editable=False)
    submission_key = models.CharField(max_length=64, unique=True, null=True, editable=False)

    status = models.CharField(
        _("Status"), max_length=10, choices=Status.choices, default=Status.VISIBLE
    )
    hidden_reason = models.CharField(
        _("Grund für das Ausblenden"),
        max_length=300,
        blank=True,
        help_text=_("Wird anstelle des Kommentars öffentlich angezeigt."),
    )
    highlighted = models.BooleanField(_("Hervorgehoben"), default=False)
    moderated_at = models.DateTimeField(_("Moderiert am"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Moderiert von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    decision = models.CharField(
        _("Entscheidung"), max_length=10, choices=Decision.choices, blank=True
    )
    justification = models.TextField(_("Begründung"), blank=True, max_length=5000)
    changed_section_key = models.CharField(
        _("Geänderter Abschnitt der neuen Ausgabe"), max_length=64, blank=True
    )
    answered_at = models.DateTimeField(_("Beantwortet am"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Beantwortet von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        db_table = "concepts_comment"  # kept from the concepts app
        verbose_name = _("Kommentar zur Beteiligung")
        verbose_name_plural = _("Kommentare zur Beteiligung")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["consultation", "section_key"])]

    def __str__(self):
        return f"{self.receipt} – {self.text[:40]}"

    def save(self, *args, **kwargs):
        if not self.receipt:
            self.receipt = new_receipt()
        super().save(*args, **kwargs)

    @property
    def is_hidden(self):
        return self.status == self.Status.HIDDEN

    @property
    def is_answered(self):
        return bool(self.decision)

    @property
    def language_name(self):
        return dict(settings.LANGUAGES).get(self.language, self.language)

    @property
    def public_author(self):
        if self.kind == self.Kind.STATEMENT:
            return self.author_name
        return self.author_name or _("anonym")


def new_receipt():
    """A short receipt number people can quote: B-XXXX-XXXX."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(secrets.choice(alphabet) for _ in range(8))
    return f"B-{code[:4]}-{code[4:]}"


class CommentReport(models.Model):
    """A reader tells the moderators a comment is spam, offensive or off-topic."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("Werbung oder Spam")
        OFFENSIVE = "offensive", _("beleidigend oder diskriminierend")
        OFF_TOPIC = "off_topic", _("gehört nicht zum Thema")

    comment = models.ForeignKey(
        Comment, verbose_name=_("Kommentar"), on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(_("Grund"), max_length=12, choices=Reason.choices)
    note = models.CharField(_("Hinweis"), max_length=500, blank=True)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Gemeldet von"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("Gemeldet am"), auto_now_add=True)
    resolved = models.BooleanField(_("Erledigt"), default=False)

    class Meta:
        db_table = "concepts_commentreport"  # kept from the concepts app
        verbose_name = _("Meldung eines Kommentars")
        verbose_name_plural = _("Meldungen von Kommentaren")
        ordering = ["resolved", "-created_at"]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.comment}"


__all__ = ["Comment", "CommentReport", "Consultation", "Participant"]
