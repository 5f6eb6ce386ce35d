"""The demo's translations of the four other municipalities (home page, press
section, one release each), of Völklingen's events section with its two events,
and Russian and Persian for Völklingen's home page, press section and release.

Loads the full demo once for the module (slow, like tests/test_demo.py).
"""

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from demo import translations as data
from demo.localize import find
from home.models import Person

pytestmark = [pytest.mark.slow, pytest.mark.django_db, pytest.mark.sqlite]

TOWNS = {
    "merzig.localhost",
    "wilhelmshaven.localhost",
    "marl.localhost",
    "kaiserslautern.localhost",
}
RELEASE = "presse/neues-integrationskonzept-auftakt-im-neuen-rathaus"
EVENTS = "veranstaltungen"


def mine(hostname, path):
    if hostname in TOWNS:
        return True
    return hostname == "localhost" and (path in ("", "presse", RELEASE) or path.startswith(EVENTS))


PAGES = [
    (hostname, path, language)
    for hostname, path, languages in data.PAGES
    for language in languages
    if mine(hostname, path)
    # Völklingen's home, press section and release: only ru and fa are this
    # module's (en, tr, ar, uk: the voelklingen_press part of the catalogues)
    and (hostname != "localhost" or path.startswith(EVENTS) or language in ("ru", "fa"))
]


@pytest.fixture(scope="module")
def demo(demo_db, django_db_blocker):
    """The demo's sites by hostname (tests/demo_content/conftest.py)."""
    with django_db_blocker.unblock():
        return {site.hostname: site for site in Site.objects.all()}


def translated(sites, hostname, path, language):
    page = find(sites[hostname], path)
    return page, page.get_translation(Locale.objects.get(language_code=language)).specific


def get(client, sites, hostname, url):
    site = sites[hostname]
    return client.get(url, HTTP_HOST=f"{site.hostname}:{site.port}")


def text_of(response):
    return " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text(" ").split())


def test_this_module_covers_every_page_of_the_brief():
    assert len(PAGES) == 4 * 3 * 4 + 3 * 4 + 3 * 2


@pytest.mark.parametrize(("hostname", "path", "language"), PAGES)
def test_no_string_falls_back_to_german(demo, hostname, path, language):
    page, translation_page = translated(demo, hostname, path, language)
    assert translation_page.live
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    translation = Translation.objects.get(source=source, target_locale__language_code=language)
    po = translation.export_po()
    assert len(po) > 0
    assert [entry.msgid for entry in po if not entry.msgstr] == []


def test_the_english_merzig_home_page_has_the_town_s_name_in_english(demo, client):
    _page, home = translated(demo, "merzig.localhost", "", "en")
    assert home.title == "Town of Merzig"
    response = get(client, demo, "merzig.localhost", home.get_url_parts()[2])
    assert response.status_code == 200
    assert "Town of Merzig" in text_of(response)


def test_the_persian_voelklingen_release_reads_right_to_left_in_persian(demo, client):
    _page, release = translated(demo, "localhost", RELEASE, "fa")
    response = get(client, demo, "localhost", release.get_url_parts()[2])
    assert response.status_code == 200
    html = response.content.decode()
    assert 'dir="rtl"' in html
    text = text_of(response)
    assert "راهبرد تازه ادغام: نشست آغازین در ساختمان جدید شهرداری" in text
    assert "Neues Integrationskonzept: Auftakt im Neuen Rathaus" not in text
    # Persian letters, not the Arabic forms of yeh and kaf
    assert "فولکلینگن" in text and "فولكلينغن" not in text
    # the press contact is the Persian translation of the Person snippet
    assert "روابط عمومی و امور رسانه‌ها، شهر فولکلینگن" in text


def test_translated_releases_link_to_translated_people(demo, client):
    _page, release = translated(
        demo, "marl.localhost", "presse/der-marler-weg-60-aktive-beraten-ueber-einwanderung", "en"
    )
    assert release.press_contact.locale.language_code == "en"
    assert release.press_contact.name == "Press office"
    text = text_of(get(client, demo, "marl.localhost", release.get_url_parts()[2]))
    assert "Integration officer, Town of Marl" in text
    assert "Integrationsbeauftragter der Stadt Marl" not in text
    # people keep their names in every language
    names = Person.objects.filter(name__contains="Tekmen").values_list("name", flat=True)
    assert len(names) == 5 and set(names) == {"Deniz Tekmen"}


def test_the_turkish_events_section_and_its_calendar(demo, client):
    section, turkish = translated(demo, "localhost", EVENTS, "tr")
    url = turkish.get_url_parts()[2]
    assert url.endswith("/etkinlikler/")
    response = get(client, demo, "localhost", url)
    assert response.status_code == 200
    assert "Etkinlikler" in text_of(response)

    ical = get(client, demo, "localhost", url + "ical/")
    assert ical.status_code == 200
    assert ical["Content-Type"].startswith("text/calendar")
    summaries = {
        str(component["summary"]) for component in Calendar.from_ical(ical.content).walk("VEVENT")
    }
    german = {event.title for event in section.get_children().live().specific()}
    turkish_titles = {
        event.get_translation(turkish.locale).title
        for event in section.get_children().live().specific()
    }
    assert len(turkish_titles) == 2
    assert turkish_titles <= summaries
    assert not german & summaries
