"""Setting up a municipality: site, sections, legal pages; idempotent; one command."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Collection, Page, Site

from concepts.models import FieldOfAction
from home.models import MunicipalitySettings
from home.municipality import set_up_municipality
from tests.factories import MERZIG, VOELKLINGEN, Town, TownFactory
from tests.helpers import path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

SECTIONS = {
    "home": ("Mittelstadt Völklingen", "/de/"),
    "concepts": ("Integrationskonzept", "/de/integrationskonzept/"),
    "news": ("Pressemitteilungen", "/de/presse/"),
    "events": ("Veranstaltungen", "/de/veranstaltungen/"),
    "easy_language": ("Leichte Sprache", "/de/leichte-sprache/"),
    "sign_language": ("Gebärdensprache", "/de/gebaerdensprache/"),
    "imprint": ("Impressum", "/de/impressum/"),
    "privacy": ("Datenschutzerklärung", "/de/datenschutz/"),
    "accessibility": ("Erklärung zur Barrierefreiheit", "/de/barrierefreiheit/"),
}


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "sites": Site.objects.count(),
        "collections": Collection.objects.count(),
        "fields of action": FieldOfAction.objects.count(),
        "settings": MunicipalitySettings.objects.count(),
        "revisions": sum(p.revisions.count() for p in Page.objects.all()),
    }


def test_a_new_municipality_gets_its_site_and_all_standard_sections(voelklingen):
    site = voelklingen.site
    assert (site.hostname, site.port, site.is_default_site) == ("voelklingen.localhost", 80, True)
    assert site.root_page.specific == voelklingen.home
    assert set(voelklingen.sections) == set(SECTIONS)
    for key, (title, path) in SECTIONS.items():
        page = voelklingen.sections[key]
        assert page.title == title
        assert page.live, key
        assert path_of(page) == path
    config = MunicipalitySettings.for_site(site)
    assert (config.name, config.official_name, config.state) == (
        "Völklingen",
        "Mittelstadt Völklingen",
        "SL",
    )
    assert Collection.objects.filter(name="Völklingen").exists()


def test_the_legal_pages_name_the_municipality(client, voelklingen):
    imprint = soup(visit(client, voelklingen, "/de/impressum/")).find("main").get_text(" ")
    assert "Mittelstadt Völklingen" in imprint
    assert "66333 Völklingen" in imprint
    privacy = soup(visit(client, voelklingen, "/de/datenschutz/")).find("main").get_text(" ")
    assert "Mittelstadt Völklingen" in privacy


def test_the_main_menu_offers_concept_press_and_events(client, voelklingen):
    nav = soup(visit(client, voelklingen, "/")).find("nav", attrs={"aria-label": "Hauptnavigation"})
    links = [(a.get_text(strip=True), a["href"]) for a in nav.find_all("a")]
    assert links == [
        ("Integrationskonzept", "/de/integrationskonzept/"),
        ("Pressemitteilungen", "/de/presse/"),
        ("Veranstaltungen", "/de/veranstaltungen/"),
    ]


def test_setting_up_the_same_municipality_again_changes_nothing(voelklingen, merzig):
    before = counts()
    site, sections = set_up_municipality(VOELKLINGEN)
    site_again, sections_again = set_up_municipality(MERZIG)
    assert counts() == before
    assert site == voelklingen.site
    assert site_again == merzig.site
    assert {k: p.pk for k, p in sections.items()} == {
        k: p.pk for k, p in voelklingen.sections.items()
    }
    assert Site.objects.get(is_default_site=True) == voelklingen.site


def test_setting_up_again_keeps_what_editors_changed_in_the_settings(voelklingen):
    config = MunicipalitySettings.for_site(voelklingen.site)
    config.phone = "06898 99-0"
    config.save()
    set_up_municipality(VOELKLINGEN)
    assert MunicipalitySettings.for_site(voelklingen.site).phone == "06898 99-0"


def test_the_command_sets_up_a_municipality_and_prints_its_address(client, voelklingen):
    out = io.StringIO()
    call_command(
        "create_municipality",
        "Marl",
        "--official-name",
        "Stadt Marl",
        "--hostname",
        "marl.localhost",
        "--port",
        "8000",
        "--state",
        "NW",
        "--editorial-responsible",
        "Max Muster\\nCreiler Platz 1, 45768 Marl",
        stdout=out,
    )
    output = out.getvalue()
    assert "Stadt Marl ist eingerichtet: http://marl.localhost:8000/" in output
    assert "/de/presse/" in output
    site = Site.objects.get(hostname="marl.localhost")
    config = MunicipalitySettings.for_site(site)
    assert config.state == "NW"
    # The person responsible under § 18 Abs. 2 MStV, shown on the Impressum.
    assert config.editorial_responsible == "Max Muster\nCreiler Platz 1, 45768 Marl"
    assert not site.is_default_site
    # Running it again is harmless.
    before = counts()
    call_command(
        "create_municipality",
        "Marl",
        "--hostname",
        "marl.localhost",
        "--port",
        "8000",
        stdout=io.StringIO(),
    )
    assert counts() == before


def test_the_command_refuses_an_empty_name(voelklingen):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command(
            "create_municipality", "  ", "--hostname", "leer.localhost", stdout=io.StringIO()
        )


def test_a_sixth_municipality_answers_on_its_own_host_with_its_own_name(
    client, voelklingen, merzig
):
    for name, host in [
        ("Marl", "marl.localhost"),
        ("Wilhelmshaven", "wilhelmshaven.localhost"),
        ("Kaiserslautern", "kaiserslautern.localhost"),
    ]:
        TownFactory(name=name, official_name=f"Stadt {name}", hostname=host)
    call_command(
        "create_municipality",
        "Saarlouis",
        "--official-name",
        "Kreisstadt Saarlouis",
        "--hostname",
        "saarlouis.localhost",
        stdout=io.StringIO(),
    )
    assert Site.objects.count() == 6
    saarlouis = Town(
        site=Site.objects.get(hostname="saarlouis.localhost"),
        sections={},
        host="saarlouis.localhost",
        name="Saarlouis",
    )

    html = soup(visit(client, saarlouis, "/"))
    assert html.find("h1").get_text(strip=True) == "Kreisstadt Saarlouis"
    assert "Kreisstadt Saarlouis" in html.title.get_text()
    assert "Völklingen" not in html.get_text()
    # Its sections are its own, too.
    html = soup(visit(client, saarlouis, "/de/presse/"))
    assert html.find("h1").get_text(strip=True) == "Pressemitteilungen"
    assert html.find("a", class_="wo-header__brand").get_text(strip=True) == "Kreisstadt Saarlouis"


def test_an_unknown_host_falls_back_to_the_default_municipality(client, voelklingen, merzig):
    html = soup(client.get("/", HTTP_HOST="unbekannt.example", follow=True))
    assert html.find("h1").get_text(strip=True) == "Mittelstadt Völklingen"
    html = soup(visit(client, merzig, "/"))
    assert html.find("h1").get_text(strip=True) == "Kreisstadt Merzig"
