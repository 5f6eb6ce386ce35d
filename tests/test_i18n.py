"""Languages: routing, switcher, hreflang, sitemap, fallback notice, RTL,
interface strings, outdated translations, PO round trip, feeds, search and
the fields of action named in an event's results."""

import re

import polib
import pytest
from wagtail.models import Locale
from wagtail.rich_text import RichText

from demo.localize import translate_page
from home.models import MunicipalitySettings
from tests.factories import (
    VOELKLINGEN,
    EventFactory,
    PressReleaseFactory,
    TownFactory,
    field_of_action,
    fresh,
)
from tests.helpers import path_of, soup, visit

SLUG = re.compile(r"^[a-z0-9-]+$")


def fake(text, language):
    """A recognisable stand-in translation; slugs stay as they are."""
    return text if SLUG.match(text) else f"{language.upper()}: {text}"


def translate(page, *languages):
    return {code: translate_page(page, code, fake) for code in languages}


@pytest.fixture(scope="module")
def translated_town(module_db):
    """Völklingen with its home page and press section in en, ar and fa, and a
    press release in en only; built once for the module (each test's changes
    are rolled back)."""
    town = TownFactory.of(VOELKLINGEN)
    translate(town.home, "en", "ar", "fa")
    translate(town.news, "en", "ar", "fa")
    release = PressReleaseFactory(town=town, title="Sprachcafé eröffnet", slug="sprachcafe")
    translate(release, "en")
    return town, release.pk


@pytest.fixture
def town(translated_town, db):
    from wagtail.models import Page

    base, release_pk = translated_town
    town = fresh(base)
    town.extra["release"] = Page.objects.get(pk=release_pk).specific
    return town


def offer(town, *languages):
    config = MunicipalitySettings.for_site(town.site)
    config.languages = list(languages)
    config.save()


# --- Routing -------------------------------------------------------------------


def test_root_sends_to_best_offered_language(client, town):
    response = client.get("/", HTTP_HOST=town.host, HTTP_ACCEPT_LANGUAGE="ar-SY,ar;q=0.9,de;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"
    response = client.get("/", HTTP_HOST=town.host, HTTP_ACCEPT_LANGUAGE="en-GB")
    assert response["Location"] == "/en/"


def german_home(response):
    """`/` answered with a redirect to the German home page, /de/."""
    return response.status_code == 302 and response["Location"] == "/de/"


def test_root_falls_back_to_german(client, town):
    assert german_home(client.get("/", HTTP_HOST=town.host, HTTP_ACCEPT_LANGUAGE="ja"))
    assert german_home(client.get("/", HTTP_HOST=town.host))
    offer(town, "ar")  # English translated but not offered
    assert german_home(client.get("/", HTTP_HOST=town.host, HTTP_ACCEPT_LANGUAGE="en"))
    # Offered but without a translated home page: German as well.
    offer(town, "tr")
    assert german_home(client.get("/", HTTP_HOST=town.host, HTTP_ACCEPT_LANGUAGE="tr"))


def test_choice_is_remembered(client, town):
    assert visit(client, town, "/en/").status_code == 200
    assert client.cookies["weltoffen_sprache"].value == "en"
    response = client.get("/", HTTP_HOST=town.host, HTTP_ACCEPT_LANGUAGE="ar")
    assert response["Location"] == "/en/"
    # Reading a German page is a choice too.
    assert visit(client, town, "/de/presse/").status_code == 200
    assert client.cookies["weltoffen_sprache"].value == "de"
    assert german_home(client.get("/", HTTP_HOST=town.host, HTTP_ACCEPT_LANGUAGE="ar"))


def test_every_language_has_its_prefix(client, town):
    assert soup(visit(client, town, "/de/presse/sprachcafe/")).html["lang"] == "de"
    assert soup(visit(client, town, "/en/presse/sprachcafe/")).html["lang"] == "en"


def test_an_old_address_without_prefix_leads_to_the_german_page(client, town):
    response = client.get("/presse/sprachcafe/", {"utm": "1"}, HTTP_HOST=town.host)
    assert (response.status_code, response["Location"]) == (301, "/de/presse/sprachcafe/?utm=1")
    response = client.get("/presse", HTTP_HOST=town.host)
    assert (response.status_code, response["Location"]) == (301, "/de/presse/")
    # A German "not found" stays one, in German, after the redirect.
    response = client.get("/gibt-es-nicht/", HTTP_HOST=town.host, follow=True)
    assert response.status_code == 404
    assert response.redirect_chain == [("/de/gibt-es-nicht/", 301)]


def test_unprefixed_routes_answer_their_own_not_found(client, town):
    response = client.get("/api/v2/pages/999999/", HTTP_HOST=town.host)
    assert response.status_code == 404
    assert client.get("/documents/999999/x.pdf", HTTP_HOST=town.host).status_code == 404


def test_a_language_no_longer_offered_is_not_served(client, town):
    offer(town, "en")  # Persian and Arabic translations exist but are not offered
    response = visit(client, town, "/fa/presse/")
    assert (response.status_code, response["Location"]) == (302, "/de/presse/")
    assert visit(client, town, "/fa/suche/", data={"q": "Sprachcafé"}).status_code == 404
    release = town.extra["release"]
    assert visit(client, town, f"/fa/nicht-uebersetzt/{release.pk}/").status_code == 404
    assert visit(client, town, "/en/").status_code == 200


def test_admin_sitemap_api_stay_unprefixed(client, town):
    assert visit(client, town, "/sitemap.xml").status_code == 200
    assert visit(client, town, "/robots.txt").status_code == 200
    assert visit(client, town, "/api/v2/pages/").status_code == 200
    assert visit(client, town, "/admin/login/").status_code == 200


# --- Switcher, hreflang, notice ------------------------------------------------


def switcher(response):
    return soup(response).select("nav.wo-language-switcher a")


def test_switcher_links_live_translations_in_their_own_names(client, town):
    links = switcher(visit(client, town, "/de/presse/sprachcafe/"))
    by_lang = {a["lang"]: a for a in links}
    assert list(by_lang) == ["de", "en", "tr", "ar", "uk", "ru", "fa"]
    for a in links:
        assert a["hreflang"] == a["lang"]
    available = {a["lang"] for a in links if not a.has_attr("data-translation")}
    assert available == {"de", "en"}  # exactly the live translations
    assert by_lang["ar"].get_text() == "العربية"
    assert by_lang["ar"]["dir"] == "rtl"
    assert by_lang["uk"].get_text() == "Українська"
    english = visit(client, town, by_lang["en"]["href"])
    assert soup(english).h1.get_text(strip=True) == "EN: Sprachcafé eröffnet"


def test_switcher_never_leads_to_a_404(client, town):
    for a in switcher(visit(client, town, "/de/presse/sprachcafe/")):
        response = visit(client, town, a["href"])
        assert response.status_code == 200, a["href"]


def test_missing_translation_offers_the_german_original(client, town):
    links = {a["lang"]: a["href"] for a in switcher(visit(client, town, "/de/presse/sprachcafe/"))}
    page = soup(visit(client, town, links["ar"]))
    assert page.html["lang"] == "ar" and page.html["dir"] == "rtl"
    original = page.select_one('main a[hreflang="de"]')
    assert original["href"] == "/de/presse/sprachcafe/"
    assert original["lang"] == "de"
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_unoffered_languages_are_not_listed(client, town):
    offer(town, "en")
    langs = [a["lang"] for a in switcher(visit(client, town, "/de/presse/"))]
    assert langs == ["de", "en"]


def test_hreflang_and_x_default(client, town):
    page = soup(visit(client, town, "/en/"))
    alternates = {link["hreflang"]: link["href"] for link in page.find_all("link", rel="alternate")}
    assert alternates == {
        "de": "http://voelklingen.localhost/de/",
        "en": "http://voelklingen.localhost/en/",
        "ar": "http://voelklingen.localhost/ar/",
        "fa": "http://voelklingen.localhost/fa/",
        "x-default": "http://voelklingen.localhost/de/",
    }
    assert page.find("link", rel="canonical")["href"] == "http://voelklingen.localhost/en/"


def test_sitemap_lists_every_language_with_alternates(client, town):
    xml = visit(client, town, "/sitemap-pages.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert "http://voelklingen.localhost/en/presse/sprachcafe/" in locations
    assert "http://voelklingen.localhost/ar/presse/" in locations
    entry = re.search(r"<url><loc>http://voelklingen.localhost/ar/presse/</loc>.*?</url>", xml)
    hreflangs = set(re.findall(r'hreflang="([^"]+)"', entry.group(0)))
    assert hreflangs == {"de", "en", "ar", "fa", "x-default"}


# --- RTL and interface ----------------------------------------------------------


@pytest.mark.parametrize("code", ["ar", "fa"])
def test_rtl_languages(client, town, code):
    page = soup(visit(client, town, f"/{code}/"))
    assert page.html["lang"] == code
    assert page.html["dir"] == "rtl"
    # The German name of the municipality stays readable inside RTL text.
    assert page.select_one(".kern-kopfzeile__label bdi")["lang"] == "de"


def test_ltr_languages(client, town):
    assert soup(visit(client, town, "/en/")).html["dir"] == "ltr"


@pytest.mark.parametrize("code", ["en", "ar"])
def test_interface_strings_are_translated(client, town, code):
    """Passes once the message catalogues are compiled (`make messages`)."""
    page = soup(visit(client, town, f"/{code}/"))
    assert page.select_one(".wo-skip-link").get_text(strip=True) != "Zum Hauptinhalt springen"
    assert page.select_one('label[for="wo-search-q"]').get_text(strip=True) != "Suche"


# --- Editors: outdated translations and PO files --------------------------------


def test_changed_source_marks_translation_outdated(town):
    from home.languages.report import translation_report

    report = translation_report(town.site)
    assert town.news.pk not in [p.pk for p in report["en"]["outdated"]]
    news = type(town.news).objects.get(pk=town.news.pk)
    news.summary = "Neu geschrieben."
    news.save_revision().publish()
    report = translation_report(town.site)
    assert news.pk in [p.pk for p in report["en"]["outdated"]]
    untranslated = [p.pk for p in report["ar"]["untranslated"]]
    assert town.extra["release"].pk in untranslated
    assert town.news.pk not in untranslated


def test_po_round_trip(town):
    from wagtail_localize.models import Translation

    release = town.extra["release"]
    translation = Translation.objects.get(
        source__object_id=release.translation_key, target_locale__language_code="en"
    )
    po = polib.pofile(str(translation.export_po()))
    titles = [entry for entry in po if entry.msgctxt == "title"]
    assert titles[0].msgid == "Sprachcafé eröffnet"
    titles[0].msgstr = "Language café opens"
    translation.import_po(po)
    translation.save_target(publish=True)
    english = release.get_translation(translation.target_locale)
    english.refresh_from_db()
    assert english.title == "Language café opens"


# --- Feeds and search -----------------------------------------------------------


def test_feeds_per_language(client, town):
    german = visit(client, town, "/de/presse/feed/rss/").content.decode()
    english = visit(client, town, "/en/presse/feed/rss/").content.decode()
    assert "<language>de</language>" in german and "<language>en</language>" in english
    assert "<title>Sprachcafé eröffnet</title>" in german
    assert "EN: Sprachcafé eröffnet" in english
    assert "/en/presse/sprachcafe/" in english


def test_search_in_the_readers_language_and_in_all(client, town):
    def titles(path):
        return [
            a.get_text(strip=True)
            for a in soup(visit(client, town, path)).select(".wo-teaser__title a")
        ]

    assert titles("/en/suche/?q=Sprachcafé") == ["EN: Sprachcafé eröffnet"]
    assert titles("/de/suche/?q=Sprachcafé") == ["Sprachcafé eröffnet"]
    both = titles("/de/suche/?q=Sprachcafé&alle_sprachen=1")
    assert sorted(both) == ["EN: Sprachcafé eröffnet", "Sprachcafé eröffnet"]


def test_api_filters_by_locale(client, town):
    data = visit(client, town, "/api/v2/pages/?locale=en&type=news.PressReleasePage").json()
    assert [item["title"] for item in data["items"]] == ["EN: Sprachcafé eröffnet"]


def test_an_event_names_the_fields_of_its_results_in_its_own_language(client, town):
    """The results of a workshop keep the German field of action they were
    entered with; its English edition shows the field's English name."""
    english = Locale.objects.get(language_code="en")
    sprache = field_of_action("sprache")
    language = sprache.get_translation_or_none(english) or sprache.copy_for_translation(english)
    language.name = "Language and education"
    language.save()
    result = {"field_of_action": sprache, "rating": "3", "findings": RichText("<p>Viel</p>")}
    event = EventFactory(town=town, title="Selbstcheck", results=[("result", result)])
    translated = event.copy_for_translation(english, copy_parents=True)
    translated.save_revision().publish()

    def fields_shown(page):
        html = soup(visit(client, town, path_of(page)))
        section = html.find(id="heading-results").find_parent("section")
        return [h3.get_text(strip=True) for h3 in section.find_all("h3")]

    assert fields_shown(event) == [sprache.name]
    assert fields_shown(translated) == ["Language and education"]
