"""The municipality's frame: its home page, legal pages, people, images and settings."""

from django import forms
from django.conf import settings
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .blocks import BodyBlock

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


# --- Images ---------------------------------------------------------------


class CreditedImage(AbstractImage):
    """A photo or graphic with its alternative text and the credit the law asks for."""

    credit = models.CharField(
        _("Bildnachweis"),
        max_length=255,
        blank=True,
        help_text=_("Wird unter dem Bild gezeigt, z. B. „Foto: © Stadt Marl / Pressestelle“."),
    )
    is_decorative = models.BooleanField(
        _("Rein dekorativ"),
        default=False,
        help_text=_(
            "Nur ankreuzen, wenn das Bild keine Information trägt. "
            "Dann wird es von Screenreadern übergangen und braucht keinen Alternativtext."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "is_decorative",
        "credit",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    api_fields = [APIField("credit"), APIField("description"), APIField("is_decorative")]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's renditions read `decorative` to decide on an empty alt.
        self.decorative = self.is_decorative

    @property
    def default_alt_text(self):
        # Never fall back to the title: titles are often file names.
        return "" if self.is_decorative else self.description

    class Meta(AbstractImage.Meta):
        verbose_name = _("Bild")
        verbose_name_plural = _("Bilder")
        permissions = [("choose_image", "Can choose image")]


CreditedImage._meta.get_field("description").verbose_name = _("Alternativtext")
CreditedImage._meta.get_field("description").help_text = _(
    "Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können. "
    "Pflicht, außer das Bild ist rein dekorativ."
)


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


# --- People and organisations ---------------------------------------------


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


# --- Settings per municipality --------------------------------------------


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
        FieldPanel("languages"),
    ]

    class Meta:
        verbose_name = _("Angaben zur Kommune")


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


# --- Pages ----------------------------------------------------------------


class BasePage(Page):
    """Fields and behaviour every public page shares: teaser text and image."""

    summary = models.TextField(
        _("Kurzfassung"),
        blank=True,
        max_length=400,
        help_text=_("Zwei, drei Sätze für Übersichten, Suchergebnisse und Vorschauen."),
    )
    listing_image = models.ForeignKey(
        CreditedImage,
        verbose_name=_("Vorschaubild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("listing_image")], heading=_("Vorschau")
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary")]
    api_fields = [APIField("summary"), APIField("listing_image")]

    class Meta:
        abstract = True

    @property
    def meta_description(self):
        return self.search_description or self.summary

    def absolute_url(self, url):
        """A URL on this page's own municipality host (renditions are stored relative)."""
        if url.startswith("/"):
            site = self.get_site()
            return (site.root_url if site else "") + url
        return url

    @cached_property
    def social_image_url(self):
        """The teaser image as a 1200×630 JPEG for Open Graph and JSON-LD, or None."""
        if not self.listing_image_id:
            return None
        rendition = self.listing_image.get_rendition("fill-1200x630|format-jpeg")
        return self.absolute_url(rendition.url)


class SectionIndexPage(BasePage):
    """A municipality's section (concept, press, events): one per home page, with an intro."""

    introduction = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class HomePage(RoutablePageMixin, BasePage):
    """The start page of one municipality: what is new and where to find the concept."""

    introduction = RichTextField(_("Einleitung"), blank=True, features=["bold", "italic", "link"])

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        InlinePanel("contacts", label=_("Ansprechpersonen"), max_num=6),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]
    api_fields = [*BasePage.api_fields, APIField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "concepts.ConceptIndexPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "home.StandardPage",
        "home.LegalPage",
        "home.AccessibilityStatementPage",
        "home.EasyLanguagePage",
    ]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("Startseite einer Kommune")

    def get_context(self, request, *args, **kwargs):
        from concepts.models import ConceptEditionPage
        from news.models import EventPage, PressReleasePage

        from .i18n import localized_instances

        context = super().get_context(request, *args, **kwargs)
        context["latest_releases"] = PressReleasePage.objects.listed_under(self)[:3]
        context["current_edition"] = ConceptEditionPage.objects.current_under(self)
        context["upcoming_events"] = EventPage.objects.upcoming_under(self)[:3]
        context["contacts"] = localized_instances(
            [c.person for c in self.contacts.select_related("person", "person__organisation")],
            self.locale_id,
            select_related=("organisation",),
        )
        return context

    @path("handlungsfeld/<slug:slug>/", name="field_of_action")
    def field_of_action(self, request, slug):
        """Everything this municipality publishes in one field of action, on one page."""
        from concepts.models import ConceptEditionPage, FieldOfAction, localized_fields
        from news.models import EventPage, PressReleasePage

        # The field in this page's language, else the German original (by its
        # German slug, shown in this page's language where translated).
        field = FieldOfAction.objects.filter(slug=slug, locale=self.locale).first()
        if field is None:
            field = get_object_or_404(
                FieldOfAction, slug=slug, locale__language_code=settings.LANGUAGE_CODE
            )
            field = localized_fields([field], self.locale_id)[0]
        # Pages may link to the field in any language (translated pages keep
        # the German links): compare by translation key.
        key = field.translation_key
        edition = ConceptEditionPage.objects.current_under(self)
        sections = [
            block.value
            for block in (edition.structure if edition else [])
            if block.value["field_of_action"] is not None
            and block.value["field_of_action"].translation_key == key
        ]
        return self.render(
            request,
            template="home/field_of_action.html",
            context_overrides={
                "field": field,
                "breadcrumb_items": [
                    {"url": self.get_url(request), "title": self.title},
                    {"title": field.name},
                ],
                "edition": edition,
                "sections": sections,
                "releases": PressReleasePage.objects.listed_under(self).filter(
                    fields_of_action__translation_key=key
                )[:10],
                "events": EventPage.objects.visible_under(self)
                .filter(fields_of_action__translation_key=key)
                .order_by("-start")[:10],
            },
        )


class HomePageContact(Orderable):
    page = ParentalKey(HomePage, related_name="contacts", on_delete=models.CASCADE)
    person = models.ForeignKey(Person, verbose_name=_("Person"), on_delete=models.CASCADE)

    panels = [FieldPanel("person")]


class StandardPage(BasePage):
    """A plain content page, e.g. about the integration office or the advisory board."""

    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    template = "home/standard_page.html"

    class Meta:
        verbose_name = _("Inhaltsseite")


class LegalPage(BasePage):
    """Impressum or Datenschutzerklärung: pages every German public body must have."""

    class Kind(models.TextChoices):
        IMPRINT = "impressum", _("Impressum")
        PRIVACY = "datenschutz", _("Datenschutzerklärung")

    kind = models.CharField(_("Art"), max_length=20, choices=Kind.choices)
    body = RichTextField(_("Text"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])
    last_reviewed = models.DateField(_("Stand"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("kind"), APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "home/legal_page.html"

    class Meta:
        verbose_name = _("Rechtliche Seite")


class AccessibilityStatementPage(BasePage):
    """Erklärung zur Barrierefreiheit (BGG § 12b) with its feedback form."""

    class Conformance(models.TextChoices):
        FULL = "full", _("vollständig vereinbar")
        PARTIAL = "partial", _("teilweise vereinbar")
        NONE = "none", _("nicht vereinbar")

    conformance = models.CharField(
        _("Stand der Vereinbarkeit"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
    )
    statement_date = models.DateField(_("Erstellt am"))
    method = models.CharField(
        _("Methode"), max_length=255, default="Selbstbewertung und automatisierte Prüfungen"
    )
    non_accessible_content = RichTextField(
        _("Nicht barrierefreie Inhalte"),
        blank=True,
        features=["bold", "ol", "ul", "link"],
        help_text=_("Was ist nicht barrierefrei und warum? Welche Alternativen gibt es?"),
    )
    feedback_intro = RichTextField(
        _("Feedback-Mechanismus"),
        features=["bold", "link"],
        help_text=_("Wie Menschen Mängel melden können; Antwort innerhalb eines Monats."),
    )
    enforcement_procedure = RichTextField(
        _("Schlichtungsverfahren"),
        features=["bold", "link"],
        help_text=_("Die zuständige Schlichtungsstelle mit Link und Anschrift."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("conformance"),
        FieldPanel("statement_date"),
        FieldPanel("method"),
        FieldPanel("non_accessible_content"),
        FieldPanel("feedback_intro"),
        FieldPanel("enforcement_procedure"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("non_accessible_content"),
        index.SearchField("feedback_intro"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("conformance"),
        APIField("statement_date"),
        APIField("non_accessible_content"),
        APIField("enforcement_procedure"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("Erklärung zur Barrierefreiheit")

    def serve(self, request, *args, **kwargs):
        from .feedback import handle_feedback

        return handle_feedback(self, request, super().serve, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from .forms import AccessibilityFeedbackForm

        context = super().get_context(request, *args, **kwargs)
        context["form"] = getattr(request, "feedback_form", None) or AccessibilityFeedbackForm()
        return context


class EasyLanguagePage(BasePage):
    """Leichte Sprache: short sentences, one thought per sentence, explained words."""

    body = StreamField(BodyBlock(), verbose_name=_("Inhalt in Leichter Sprache"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "home/easy_language_page.html"

    class Meta:
        verbose_name = _("Seite in Leichter Sprache")


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
