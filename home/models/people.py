"""People and organisations: the directory that contact boxes and events draw on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """An office, institute, foundation, association or board that takes part in the work."""

    class Kind(models.TextChoices):
        ADMINISTRATION = "administration", _("Verwaltung")
        COUNCIL = "council", _("Rat oder Ausschuss")
        ADVISORY_BOARD = "advisory_board", _("Beirat")
        INSTITUTE = "institute", _("Institut")
        FOUNDATION = "foundation", _("Stiftung")
        ASSOCIATION = "association", _("Verband oder Verein")
        COMPANY = "company", _("Unternehmen")
        OTHER = "other", _("Sonstige")

    name = models.CharField(_("Name"), max_length=255)
    kind = models.CharField(_("Art"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    city = models.CharField(_("Sitz"), max_length=100, blank=True)
    website = models.URLField(_("Website"), blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("city"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.city})" if self.city else self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Someone named in a public role: mayor, integration officer, press contact, moderator."""

    name = models.CharField(_("Name"), max_length=255)
    role = models.CharField(
        _("Funktion"), max_length=255, help_text=_("z. B. Integrationsbeauftragte der Stadt")
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("phone"),
        FieldPanel("email"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
    ]
    api_fields = [APIField("name"), APIField("role"), APIField("phone"), APIField("email")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.role}"
