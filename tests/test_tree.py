"""Which page goes where in a municipality's tree, and every page type renders."""

import pytest
from wagtail.models import Page

from concepts.models import (
    ConceptEditionPage,
    ConceptIndexPage,
    ProgressOverviewPage,
    ProgressReportPage,
    SelbstcheckPage,
)
from home.models import (
    AccessibilityStatementPage,
    EasyLanguagePage,
    HomePage,
    LegalPage,
    SignLanguagePage,
    StandardPage,
)
from news.models import EventIndexPage, EventPage, NewsIndexPage, PressReleasePage
from tests.factories import (
    ConceptEditionFactory,
    EventFactory,
    PressReleaseFactory,
    StandardPageFactory,
)
from tests.helpers import berlin, path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def parent_of(kind, town):
    if kind == "root":
        return Page.get_first_root_node()
    if kind == "standard":
        return StandardPageFactory(town=town, title="Über das Integrationsbüro")
    return getattr(town, kind)


# (page type, a parent where editors may create it, a parent where they may not)
PLACES = [
    (HomePage, "root", "home"),
    (StandardPage, "home", "news"),
    (StandardPage, "standard", "concepts"),
    (LegalPage, "home", "standard"),
    (EasyLanguagePage, "home", "events"),
    (ConceptEditionPage, "concepts", "home"),
    (PressReleasePage, "news", "events"),
    (EventPage, "events", "news"),
]


@pytest.mark.parametrize(
    ("model", "allowed", "refused"), PLACES, ids=[f"{m.__name__}-{a}" for m, a, _ in PLACES]
)
def test_editors_can_create_a_page_type_only_where_it_belongs(voelklingen, model, allowed, refused):
    allowed, refused = parent_of(allowed, voelklingen), parent_of(refused, voelklingen)
    assert model.can_create_at(allowed)
    assert not model.can_create_at(refused)
    assert not model.can_exist_under(refused)


@pytest.mark.parametrize(
    "model", [ConceptIndexPage, NewsIndexPage, EventIndexPage, AccessibilityStatementPage]
)
def test_sections_that_exist_once_per_municipality_cannot_be_added_a_second_time(
    voelklingen, model
):
    home = voelklingen.home
    assert model.can_exist_under(home)
    assert not model.can_create_at(home)  # set_up_municipality already made one
    assert not model.can_exist_under(
        voelklingen.events if model is NewsIndexPage else voelklingen.news
    )


def test_a_home_page_offers_exactly_the_municipal_sections_as_children(voelklingen):
    assert set(HomePage.allowed_subpage_models()) == {
        ConceptIndexPage,
        NewsIndexPage,
        EventIndexPage,
        StandardPage,
        LegalPage,
        AccessibilityStatementPage,
        EasyLanguagePage,
        SignLanguagePage,
    }
    assert set(voelklingen.home.specific.allowed_subpage_models()) == set(
        HomePage.allowed_subpage_models()
    )


def test_leaf_pages_allow_no_children(voelklingen):
    for model in (
        LegalPage,
        EasyLanguagePage,
        AccessibilityStatementPage,
        PressReleasePage,
        EventPage,
        ProgressReportPage,
        ProgressOverviewPage,
        SelbstcheckPage,
    ):
        assert model.allowed_subpage_models() == [], model
    assert NewsIndexPage.allowed_subpage_models() == [PressReleasePage]
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert ConceptIndexPage.allowed_subpage_models() == [
        ConceptEditionPage,
        ProgressOverviewPage,
        SelbstcheckPage,
    ]
    # An edition's implementation reports (issue 14) are its only children.
    assert ConceptEditionPage.allowed_subpage_models() == [ProgressReportPage]


def test_a_second_municipality_home_page_can_be_created_at_the_tree_root(voelklingen):
    assert HomePage.can_create_at(Page.get_first_root_node())
    assert not HomePage.can_create_at(voelklingen.home)


# --- every page type renders with its template ------------------------------


def pages_of_every_type(town):
    release = PressReleaseFactory(town=town, title="Sprachcafé eröffnet")
    event = EventFactory(
        town=town, title="Auftaktworkshop", start=berlin(2030, 3, 6, 17), end=berlin(2030, 3, 6, 20)
    )
    edition = ConceptEditionFactory(town=town, title="Integrationskonzept 2020", year=2020)
    standard = StandardPageFactory(
        town=town, title="Integrationsbeirat", summary="Wer im Beirat sitzt."
    )
    return {
        "HomePage": town.home,
        "StandardPage": standard,
        "LegalPage (Impressum)": town.imprint,
        "LegalPage (Datenschutz)": town.privacy,
        "AccessibilityStatementPage": town.accessibility,
        "EasyLanguagePage": town.easy_language,
        "ConceptIndexPage": town.concepts,
        "ConceptEditionPage": edition,
        "NewsIndexPage": town.news,
        "PressReleasePage": release,
        "EventIndexPage": town.events,
        "EventPage": event,
    }


PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "LegalPage (Impressum)",
    "LegalPage (Datenschutz)",
    "AccessibilityStatementPage",
    "EasyLanguagePage",
    "ConceptIndexPage",
    "ConceptEditionPage",
    "NewsIndexPage",
    "PressReleasePage",
    "EventIndexPage",
    "EventPage",
]


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_renders_in_german_with_its_title_as_heading(client, voelklingen, kind):
    page = pages_of_every_type(voelklingen)[kind]
    response = visit(client, voelklingen, path_of(page))
    html = soup(response)
    assert html.html["lang"] == "de"
    h1s = html.find_all("h1")
    assert len(h1s) == 1, "exactly one main heading"
    assert h1s[0].get_text(strip=True) == page.title
    assert html.title.get_text().endswith("Mittelstadt Völklingen")
    assert response.templates[0].name == page.specific.template


@pytest.mark.parametrize("kind", ["LegalPage (Impressum)", "AccessibilityStatementPage"])
def test_the_footer_links_to_the_legal_pages_from_every_page(client, voelklingen, kind):
    page = pages_of_every_type(voelklingen)[kind]
    footer = soup(visit(client, voelklingen, path_of(page))).find("footer")
    links = {a.get_text(strip=True): a["href"] for a in footer.find_all("a") if a.get("href")}
    assert links["Impressum"] == "/de/impressum/"
    assert links["Datenschutzerklärung"] == "/de/datenschutz/"
    assert links["Erklärung zur Barrierefreiheit"] == "/de/barrierefreiheit/"
    assert links["Leichte Sprache"] == "/de/leichte-sprache/"
    current = footer.find("a", attrs={"aria-current": "page"})
    assert current.get_text(strip=True) == page.title
