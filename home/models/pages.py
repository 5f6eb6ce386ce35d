"""The municipality's own pages: home, standard, legal, accessibility statement, Leichte Sprache."""

from functools import partial

from django.apps import apps
from django.conf import settings
from django.db import models
from django.shortcuts import get_object_or_404
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.cache import site_id_for
from core.fragments import fragment
from core.i18n import localized_fields, localized_instances
from core.pages import BasePage

from .people import Person


def listed_page_types():
    """The page types the home page lists, from the apps above this one.

    They are reached through Django's model registry, not imported, so that
    the municipality (home) does not depend on concepts and news."""
    return (
        apps.get_model("concepts", "ConceptEditionPage"),
        apps.get_model("news", "EventPage"),
        apps.get_model("news", "PressReleasePage"),
    )


# The teasers' image (templates/includes/teaser.html: fill-480x270 format-webp).
TEASER_RENDITION = "fill-480x270|format-webp"
# What HomePage.listings() gives the template.
LISTINGS = (
    "latest_releases",
    "current_edition",
    "upcoming_events",
    "progress_overview",
    "contacts",
)


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
        "home.SignLanguagePage",
    ]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("Startseite einer Kommune")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "_weltoffen_subpage", False):
            return context  # a field of action: it brings its own listings
        if getattr(request, "is_preview", False):
            # A preview shows the draft's own contacts: nothing of it is kept.
            context.update(self.listings())
        else:
            # The same for every reader of the site: kept as a fragment and
            # purged with the page cache whenever the site publishes; read
            # only when the kept listings ({% kept "home" %}) render afresh.
            kept = SimpleLazyObject(
                lambda: fragment(request, site_id_for(request), "home", (self.pk,), self.listings)
            )
            context.update({key: SimpleLazyObject(partial(kept.get, key)) for key in LISTINGS})
        return context

    def listings(self):
        """What the start page lists: newest releases, next events, the concept, contacts."""
        ConceptEditionPage, EventPage, PressReleasePage = listed_page_types()
        # „Wo stehen wir?“: the municipality's progress overview, where it has one.
        overview = apps.get_model("concepts", "ProgressOverviewPage")
        releases = list(PressReleasePage.objects.listed_under(self)[:3])
        events = list(EventPage.objects.upcoming_under(self)[:3])
        for teaser in releases + events:
            # Kept with the fragment: the teaser's rendition, made now if it is new
            # (else every request would look for it in the database again).
            if teaser.listing_image:
                teaser.listing_image.get_rendition(TEASER_RENDITION)
        return {
            "latest_releases": releases,
            "current_edition": ConceptEditionPage.objects.current_under(self),
            "upcoming_events": events,
            "progress_overview": overview.objects.visible_under(self).first(),
            "contacts": localized_instances(
                [c.person for c in self.contacts.select_related("person", "person__organisation")],
                self.locale_id,
                select_related=("organisation",),
            ),
        }

    @path("handlungsfeld/<slug:slug>/", name="field_of_action")
    def field_of_action(self, request, slug):
        """Everything this municipality publishes in one field of action, on one page."""
        ConceptEditionPage, EventPage, PressReleasePage = listed_page_types()
        FieldOfAction = apps.get_model("concepts", "FieldOfAction")

        def find():
            # The field in this page's language, else the German original (by
            # its German slug, shown in this page's language where translated).
            found = FieldOfAction.objects.filter(slug=slug, locale_id=self.locale_id).first()
            if found is None:
                found = get_object_or_404(
                    FieldOfAction, slug=slug, locale__language_code=settings.LANGUAGE_CODE
                )
                found = localized_fields([found], self.locale_id)[0]
            return found

        # a snippet: saving one purges the fragments; Http404 is not kept
        field = fragment(request, site_id_for(request), "field", (slug, self.locale_id), find)
        # Pages may link to the field in any language (translated pages keep
        # the German links): compare by translation key.
        key = field.translation_key
        request._weltoffen_subpage = True
        # Read only when the listing is rendered, not when it comes from the
        # fragment cache (templates/home/field_of_action.html, {% kept %}).
        edition = SimpleLazyObject(lambda: ConceptEditionPage.objects.current_under(self))
        sections = SimpleLazyObject(
            lambda: [
                block.value
                for block in (edition.structure if edition else [])
                if block.value["field_of_action"] is not None
                and block.value["field_of_action"].translation_key == key
            ]
        )
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
                "releases": SimpleLazyObject(
                    lambda: PressReleasePage.objects.listed_under(self).filter(
                        fields_of_action__translation_key=key
                    )[:10]
                ),
                "events": SimpleLazyObject(
                    lambda: (
                        EventPage.objects.visible_under(self)
                        .filter(fields_of_action__translation_key=key)
                        .order_by("-start")[:10]
                    )
                ),
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
    last_reviewed = models.DateField(_("Zuletzt überprüft am"), null=True, blank=True)
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
        FieldPanel("last_reviewed"),
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
        from home.feedback import handle_feedback

        return handle_feedback(self, request, super().serve, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from home.forms import AccessibilityFeedbackForm

        from .accessibility import ConciliationBody
        from .municipality import MunicipalitySettings

        context = super().get_context(request, *args, **kwargs)
        context["form"] = getattr(request, "feedback_form", None) or AccessibilityFeedbackForm()
        # The Land's body, chosen from the municipality's state.
        state = MunicipalitySettings.for_request(request).state
        context["conciliation_body"] = ConciliationBody.objects.filter(state=state).first()
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Every concept edition's summary in Leichte Sprache, listed here.
        ConceptEditionPage = listed_page_types()[0]
        # Below the municipality's home page (this page's parent, by path: no query).
        home_path = self.path[: -self.steplen]
        context["concept_summaries"] = (
            ConceptEditionPage.objects.visible()
            .filter(path__startswith=home_path, locale_id=self.locale_id)
            .exclude(easy_language_summary="")
            .order_by("-year")
        )
        return context
