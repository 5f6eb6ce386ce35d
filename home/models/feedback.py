"""Accessibility feedback (BGG § 12b): what readers report about barriers, and the inbox.

Every report is due one month after it came in (the EU model statement
promises an answer within a month); a week before that, the municipality's
responsible group gets a reminder (home/inbox.py).
"""

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .municipality import MunicipalitySettings
from .pages import AccessibilityStatementPage

ANSWER_WITHIN = relativedelta(months=1)
REMIND_BEFORE = timedelta(days=7)


def due_after(received):
    """The day by which a report received at `received` must be answered."""
    return (timezone.localtime(received) + ANSWER_WITHIN).date()


class FeedbackQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(status=AccessibilityFeedback.Status.ANSWERED)

    def overdue(self, today=None):
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def to_remind(self, today=None):
        """Open reports due within a week whose reminder has not gone out yet."""
        today = today or timezone.localdate()
        return self.open().filter(due_date__lte=today + REMIND_BEFORE, reminded_at__isnull=True)


class AccessibilityFeedback(models.Model):
    """A barrier someone reported through the accessibility statement's form."""

    class Status(models.TextChoices):
        NEW = "neu", _("neu")
        IN_PROGRESS = "in_bearbeitung", _("in Bearbeitung")
        ANSWERED = "beantwortet", _("beantwortet")

    page = models.ForeignKey(
        AccessibilityStatementPage,
        verbose_name=_("Erklärung"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    name = models.CharField(_("Name"), max_length=100, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    affected_url = models.CharField(_("Betroffene Seite"), max_length=500, blank=True)
    message = models.TextField(_("Nachricht"), max_length=5000)
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, editable=False)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    due_date = models.DateField(_("Antwort fällig bis"), editable=False, null=True)
    reply = models.TextField(
        _("Antwort"),
        blank=True,
        max_length=10000,
        help_text=_("Was die Kommune geantwortet hat (wird hier festgehalten, nicht versandt)."),
    )
    replied_at = models.DateField(_("Beantwortet am"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("Erinnerung verschickt"), null=True, editable=False)

    objects = FeedbackQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("affected_url", read_only=True),
                FieldPanel("message", read_only=True),
            ],
            heading=_("Meldung"),
        ),
        FieldPanel("status"),
        FieldPanel("reply"),
        FieldPanel("replied_at"),
    ]

    class Meta:
        verbose_name = _("Rückmeldung zur Barrierefreiheit")
        verbose_name_plural = _("Rückmeldungen zur Barrierefreiheit")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{timezone.localtime(self.created_at):%d.%m.%Y} – {self.message[:40]}"

    def save(self, *args, **kwargs):
        if self.due_date is None:
            self.due_date = due_after(self.created_at or timezone.now())
        if self.status == self.Status.ANSWERED and self.replied_at is None:
            self.replied_at = timezone.localdate()
        super().save(*args, **kwargs)

    @property
    def is_overdue(self):
        return self.status != self.Status.ANSWERED and self.due_date < timezone.localdate()

    @property
    def settings(self):
        site = self.page.get_site()
        return MunicipalitySettings.for_site(site) if site else None

    @property
    def recipient(self):
        config = self.settings
        return (config and (config.feedback_email or config.email)) or settings.DEFAULT_FROM_EMAIL
