"""A municipality's settings (name, state, languages, addresses) and its groups."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

FEDERAL_STATES = [
    ("BW", "Baden-Württemberg"),
    ("BY", "Bayern"),
    ("BE", "Berlin"),
    ("BB", "Brandenburg"),
    ("HB", "Bremen"),
    ("HH", "Hamburg"),
    ("HE", "Hessen"),
    ("MV", "Mecklenburg-Vorpommern"),
    ("NI", "Niedersachsen"),
    ("NW", "Nordrhein-Westfalen"),
    ("RP", "Rheinland-Pfalz"),
    ("SL", "Saarland"),
    ("SN", "Sachsen"),
    ("ST", "Sachsen-Anhalt"),
    ("SH", "Schleswig-Holstein"),
    ("TH", "Thüringen"),
]


def translation_language_choices():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def all_translation_languages():
    return [code for code, _name in translation_language_choices()]


class LanguageListField(models.CharField):
    """A list of language codes, stored comma-separated, edited as check boxes."""

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, (list, tuple)):
            return [v for v in value if v]
        return [v for v in value.split(",") if v]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=translation_language_choices(),
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def run_validators(self, value):
        super().run_validators(self.get_prep_value(value))


@register_setting(icon="site")
class MunicipalitySettings(BaseSiteSetting):
    """What the site says about its municipality in header, footer and feeds."""

    name = models.CharField(_("Name der Kommune"), max_length=100, help_text=_("z. B. Völklingen"))
    official_name = models.CharField(
        _("Amtlicher Name"), max_length=150, help_text=_("z. B. Mittelstadt Völklingen")
    )
    state = models.CharField(_("Bundesland"), max_length=2, choices=FEDERAL_STATES, blank=True)
    address = models.TextField(_("Anschrift"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    advisory_board_name = models.CharField(
        _("Name des Beirats"),
        max_length=100,
        default="Integrationsbeirat",
        help_text=_("Je nach Land: Integrationsrat, Migrationsbeirat, Ausländerbeirat …"),
    )
    feedback_email = models.EmailField(
        _("E-Mail für Barrierefreiheits-Rückmeldungen"),
        blank=True,
        help_text=_("Hierhin werden Meldungen aus dem Feedback-Formular geschickt."),
    )
    feedback_group = models.ForeignKey(
        "auth.Group",
        verbose_name=_("Zuständig für Rückmeldungen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Diese Gruppe erinnern wir eine Woche vor Ablauf der Antwortfrist per E-Mail. "
            "Leer: die Redaktion der Kommune."
        ),
    )
    editorial_responsible = models.TextField(
        _("Verantwortlich für den Inhalt (§ 18 Abs. 2 MStV)"),
        blank=True,
        help_text=_(
            "Name und Anschrift der Person, die für die redaktionellen Inhalte verantwortlich ist."
        ),
    )

    default_image_credit = models.CharField(
        _("Standard-Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_(
            "Wird für Bilder dieser Kommune eingesetzt, bei denen niemand einen Bildnachweis "
            "einträgt, z. B. „Foto: © Stadt Marl / Pressestelle“. Leer lassen, wenn jedes "
            "Bild einen eigenen Nachweis braucht."
        ),
    )

    data_licence = models.CharField(
        _("Lizenz der offenen Daten"),
        max_length=150,
        default="Datenlizenz Deutschland – Namensnennung – 2.0",
        help_text=_("Gilt für die Daten zu Maßnahmen, Kennzahlen und Selbstcheck (CSV, JSON)."),
    )
    data_licence_url = models.URLField(
        _("Adresse des Lizenztexts"), default="https://www.govdata.de/dl-de/by-2-0"
    )

    languages = LanguageListField(
        _("Sprachen der Website"),
        max_length=100,
        blank=True,
        default=all_translation_languages,
        help_text=_(
            "In welchen Sprachen die Kommune ihre Seiten neben Deutsch anbietet. Deutsch ist "
            "immer dabei; eine Sprache erscheint nur für Seiten, die übersetzt sind."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("official_name"),
        FieldPanel("state"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Kontakt"),
        ),
        FieldPanel("advisory_board_name"),
        FieldPanel("feedback_email"),
        FieldPanel("feedback_group"),
        FieldPanel("editorial_responsible"),
        FieldPanel("default_image_credit"),
        FieldPanel("data_licence"),
        FieldPanel("data_licence_url"),
        FieldPanel("languages"),
    ]

    class Meta:
        verbose_name = _("Angaben zur Kommune")

    @classmethod
    def for_request(cls, request):
        """The settings of the request's site: header, footer and feeds read
        them on every page, so they come from the fragment cache (purged when
        they are saved, core/fragments.py)."""
        from wagtail.models import Site

        from core.cache import site_id_for
        from core.fragments import fragment

        attr = cls.get_cache_attr_name()
        if hasattr(request, attr):
            return getattr(request, attr)
        found = fragment(
            request,
            site_id_for(request),
            "municipality settings",
            (),
            lambda: cls.for_site(Site.find_for_request(request)),
        )
        found._request = request  # a fresh copy per request: never stored with it
        setattr(request, attr, found)
        return found


class MunicipalityGroup(models.Model):
    """Which municipality and role a Wagtail group stands for (see home/roles.py).

    set_up_municipality creates one group per role and site; the per-site user
    administration uses this table to know which groups belong to a municipality.
    """

    class Role(models.TextChoices):
        EDITORIAL = "redaktion", _("Redaktion")
        PRESS_OFFICE = "pressestelle", _("Pressestelle")
        INTEGRATION_OFFICE = "integrationsbuero", _("Integrationsbüro")
        ADVISORY_BOARD = "beirat", _("Beirat")
        ADMINISTRATION = "administration", _("Administration")

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("Site"),
        on_delete=models.CASCADE,
        related_name="municipality_groups",
    )
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("Gruppe"),
        on_delete=models.CASCADE,
        related_name="municipality_role",
    )
    role = models.CharField(_("Rolle"), max_length=32, choices=Role.choices)

    class Meta:
        verbose_name = _("Rolle in einer Kommune")
        verbose_name_plural = _("Rollen in den Kommunen")
        constraints = [
            models.UniqueConstraint(fields=("site", "role"), name="one_group_per_role_and_site")
        ]

    def __str__(self):
        return f"{self.group.name} ({self.get_role_display()})"
