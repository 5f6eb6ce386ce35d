"""BITV 2.0 § 4 and the EU model statement: Leichte Sprache and Gebärdensprache linked
from every start page in every language, the Länder's conciliation bodies, the
person responsible under § 18 Abs. 2 MStV, the concept in Leichte Sprache."""

import pytest
from django.conf import settings

from home.models import FEDERAL_STATES, ConciliationBody, MunicipalitySettings
from tests.factories import MERZIG, VOELKLINGEN, ConceptEditionFactory, TownFactory, fresh
from tests.helpers import soup, text_of, visit

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="module")
def towns(module_db):
    """Both towns with their start page in every language (stand-in translations)."""
    from wagtail.models import Locale

    built = [TownFactory.of(VOELKLINGEN), TownFactory.of(MERZIG)]
    for town in built:
        for code in LANGUAGES:
            if code != settings.LANGUAGE_CODE:
                # A plain copy is enough here (and much faster than a PO round trip).
                copy = town.home.copy_for_translation(Locale.objects.get(language_code=code))
                copy.save_revision().publish()
    return built


@pytest.fixture
def voelklingen(towns, db):
    return fresh(towns[0])


@pytest.fixture
def merzig(towns, db):
    return fresh(towns[1])


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_start_page_links_leichte_sprache_and_gebaerdensprache(client, towns, code):
    for town in towns:
        html = soup(visit(client, town, f"/{code}/"))
        assert html.find("html")["lang"] == code
        nav = html.select_one("header nav.wo-a11y-links")
        links = nav.find_all("a")
        assert [a["href"] for a in links] == ["/de/leichte-sprache/", "/de/gebaerdensprache/"]
        for link in links:
            assert link["hreflang"] == "de"
            assert link.find("svg")["aria-hidden"] == "true"  # a symbol beside visible text
            assert link.get_text(strip=True)
        if code == settings.LANGUAGE_CODE:
            # The targets are the German pages of this municipality (the same
            # addresses in every language).
            easy, sign = (soup(visit(client, town, a["href"])) for a in links)
            assert town.name in easy.find("main").get_text()
            assert sign.find("h1").get_text(strip=True) == "Gebärdensprache"


def test_the_leichte_sprache_page_carries_the_four_items_of_section_4(client, voelklingen):
    headings = [
        h.get_text(strip=True)
        for h in soup(visit(client, voelklingen, "/leichte-sprache/")).select("main h2")
    ]
    assert headings[:4] == [
        "Was steht auf dieser Internet-Seite?",
        "Wie finde ich mich auf der Seite zurecht?",
        "Was steht in der Erklärung zur Barriere-Freiheit?",
        "Wo gibt es noch mehr Informationen?",
    ]


def test_an_edition_links_its_summary_in_leichte_sprache_which_the_page_lists(client, voelklingen):
    edition = ConceptEditionFactory(
        town=voelklingen,
        title="Integrationskonzept 2024",
        easy_language_summary="<p>Das ist ein Plan.</p><p>Der Plan ist für alle.</p>",
    )
    html = soup(visit(client, voelklingen, f"/integrationskonzept/{edition.slug}/"))
    assert html.find("a", href="#leichte-sprache") is not None
    assert "Der Plan ist für alle." in html.find(id="leichte-sprache").get_text()
    listing = soup(visit(client, voelklingen, "/leichte-sprache/"))
    assert listing.find("a", href=f"/de/integrationskonzept/{edition.slug}/#leichte-sprache")


# --- The statement: the Land's bodies ----------------------------------------------


def test_the_table_holds_one_body_per_land_with_a_web_address(towns):
    bodies = {body.state: body for body in ConciliationBody.objects.all()}
    assert sorted(bodies) == sorted(code for code, _name in FEDERAL_STATES)
    for body in bodies.values():
        assert body.name and body.url.startswith("https://")
        assert not body.enforcement_url or body.enforcement_url.startswith("https://")
        # Compiled without checking at the bodies: every row waits for the municipality.
        assert body.verified is False


def test_the_statement_names_the_body_of_the_municipalitys_land(client, merzig):
    statement = soup(visit(client, merzig, "/barrierefreiheit/"))
    saarland = ConciliationBody.objects.get(state="SL")
    assert statement.find("a", href=saarland.url).get_text(strip=True) == saarland.name
    assert "Schlichtungsstelle in Saarland" in statement.get_text()
    dates = [t["datetime"] for t in statement.select("dl.wo-meta time")]
    assert len(dates) == 2  # prepared and last reviewed

    config = MunicipalitySettings.for_site(merzig.site)
    config.state = "NW"
    config.save()
    nrw = ConciliationBody.objects.get(state="NW")
    text = text_of(visit(client, merzig, "/barrierefreiheit/"))
    assert nrw.name in text and nrw.enforcement_name in text and saarland.name not in text


# --- Impressum: § 18 Abs. 2 MStV ---------------------------------------------------


def test_the_person_responsible_is_on_the_imprint_and_in_the_press_section(client, merzig):
    config = MunicipalitySettings.for_site(merzig.site)
    config.editorial_responsible = "Erika Beispiel, Pressestelle\nPoststraße 12, 66663 Merzig"
    config.save()
    for path in ("/impressum/", "/presse/"):
        text = text_of(visit(client, merzig, path))
        assert "Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV" in text
        assert "Erika Beispiel, Pressestelle" in text
