"""Accessibility feedback (BGG § 12b): what readers report about barriers."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from .municipality import MunicipalitySettings
from .pages import AccessibilityStatementPage


class AccessibilityFeedback(models.Model):
    """A barrier someone reported through the accessibility statement's form."""

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
    created_at = models.DateTimeField(_("Eingegangen am"), auto_now_add=True)
    answered = models.BooleanField(_("Beantwortet"), default=False)

    panels = [
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("affected_url", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("answered"),
    ]

    class Meta:
        verbose_name = _("Rückmeldung zur Barrierefreiheit")
        verbose_name_plural = _("Rückmeldungen zur Barrierefreiheit")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%d.%m.%Y} – {self.message[:40]}"

    @property
    def recipient(self):
        site = self.page.get_site()
        config = MunicipalitySettings.for_site(site) if site else None
        return (config and (config.feedback_email or config.email)) or settings.DEFAULT_FROM_EMAIL
