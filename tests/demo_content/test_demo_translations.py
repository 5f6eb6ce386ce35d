"""The demo's translations: every demo page of demo/translations PAGES
lacks no string in the text tables; Völklingen's concept section and its
current edition (Fortschreibung 2020) with the whole structure, and the shared
fields of action, translated through wagtail-localize and shown to readers
in their language.

Loads the full demo once for the module (slow, like tests/test_demo.py).
"""

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from wagtail.models import Locale, Site

from concepts.models import FieldOfAction
from demo import translations as data
from demo.localize import (
    MissingDemoTranslation,
    find,
    missing_translations,
    translate_page,
)

pytestmark = [pytest.mark.slow, pytest.mark.django_db, pytest.mark.sqlite]

HOST = "localhost:8000"
CONCEPT_PAGES = [
    row for row in data.PAGES if row[0] == "localhost" and row[1].startswith("integrationskonzept")
]
EDITION = "integrationskonzept/integrationskonzept-2020"


@pytest.fixture(scope="module")
def demo(demo_db, django_db_blocker):
    """Völklingen's site in the demo (tests/demo_content/conftest.py)."""
    with django_db_blocker.unblock():
        return Site.objects.get(hostname="localhost")


def edition(site, language=None):
    page = find(site, EDITION)
    if language is None:
        return page
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def text_of(client, page):
    response = client.get(page.get_url_parts()[2], HTTP_HOST=HOST)
    assert response.status_code == 200, response.status_code
    return " ".join(BeautifulSoup(response.content.decode(), "html.parser").get_text(" ").split())


def visit_text(client, path):
    response = client.get(path, HTTP_HOST=HOST)
    assert response.status_code == 200, (path, response.status_code)
    return response, " ".join(
        BeautifulSoup(response.content.decode(), "html.parser").get_text(" ").split()
    )


def test_no_demo_page_lacks_a_translation(demo):
    assert CONCEPT_PAGES, "the concept pages are listed in PAGES"
    assert missing_translations(CONCEPT_PAGES, fields=False) == []
    # The one exception, on purpose: after translating, the loader changes the
    # German summary of Völklingen's press section (make_one_translation_outdated),
    # so that the translation report flags one outdated translation. The new
    # summary has no entry in the text tables and is reported in each language
    # of that page; nothing else may be missing.
    hostname, path = data.OUTDATED
    languages = next(row[2] for row in data.PAGES if row[:2] == (hostname, path))
    outdated = [(hostname, path, language, data.OUTDATED_SUMMARY) for language in languages]
    assert all(data.text(data.OUTDATED_SUMMARY, language) is None for language in languages)
    assert missing_translations(fields=False) == outdated


def test_every_field_of_action_has_a_translation_in_every_content_language(demo):
    assert missing_translations([], fields=True) == []
    german = FieldOfAction.objects.filter(locale=Locale.get_default())
    assert german.count() == 20
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk):
        translated = FieldOfAction.objects.filter(locale=locale)
        assert translated.count() == 20, locale
        # The slug is the same in every language: it names the field in addresses.
        assert set(translated.values_list("slug", flat=True)) == set(
            german.values_list("slug", flat=True)
        )
    assert FieldOfAction.objects.get(slug="wohnen", locale__language_code="fa").name == "مسکن"


def test_the_english_edition_shows_goals_measures_and_fields_in_english(demo, client):
    page = edition(demo, "en")
    assert page.slug == "integration-strategy-2020"
    text = text_of(client, page)
    for english in [
        "Integration strategy – updated edition 2020",
        "Cut waiting times for language courses",
        "A joint course directory and course placement at the Integration Office",
        "Course providers, Jobcenter (job centre), migration advice services",
        "from 2021",
        "State and federal funding",
        "Average waiting time until the course starts",
        "Strengthen the integration advisory council and involve everyone",
        "City council",
        "Good housing and lively neighbourhoods in every part of town.",
        # Field-of-action names, as section headings.
        "Language",
        "Work and vocational training",
        "Intercultural opening of the administration",
    ]:
        assert english in text, english
    for german in [
        "Wartezeiten auf einen Sprachkurs verkürzen",
        "Kursträger",
        "Landes- und Bundesmittel",
        "Interkulturelle Öffnung der Verwaltung",
        "Arbeit und Ausbildung",
        "Stadtrat",
    ]:
        assert german not in text, german


def test_the_arabic_edition_shows_goals_measures_and_fields_in_arabic(demo, client):
    text = text_of(client, edition(demo, "ar"))
    for arabic in [
        "تقليص فترات الانتظار للالتحاق بدورات اللغة",
        "مكتب الاندماج",
        "متوسط فترة الانتظار حتى بدء الدورة",
        "تعزيز المجلس الاستشاري للاندماج وإشراك الجميع",
        "اللغة",
        "المشاركة",
    ]:
        assert arabic in text, arabic
    for german in ["Wartezeiten", "Kursträger", "Partizipation", "Wohnraumberatung"]:
        assert german not in text, german


def test_the_translated_structure_is_synchronised_with_the_german_one(demo):
    def shape(page):
        return [
            (
                block.id,
                block.value["field_of_action"].translation_key,
                [
                    (goal.id, [m.id for m in goal.value["measures"].bound_blocks])
                    for goal in block.value["goals"].bound_blocks
                ],
            )
            for block in page.structure
        ]

    german = edition(demo)
    for language in ["en", "tr", "ar", "uk"]:
        translated = edition(demo, language)
        assert shape(translated) == shape(german), language
        # The sections point to the fields of action in the page's language.
        assert {block.value["field_of_action"].locale_id for block in translated.structure} == {
            translated.locale_id
        }, language


def test_field_names_are_translated_on_a_translated_press_release_and_its_index(demo, client):
    _response, text = visit_text(client, "/en/press/new-integration-concept-kick-off/")
    assert "Participation" in text
    assert "Intercultural opening of the administration" in text
    assert "Partizipation" not in text
    # The filter on the press index lists the fields in English and filters
    # by them, though the English release links the German fields.
    _response, text = visit_text(client, "/en/press/")
    assert "Participation" in text and "Partizipation" not in text
    response, text = visit_text(client, "/en/press/?handlungsfeld=partizipation")
    assert "A new integration strategy: kick-off event at the New Town Hall" in text
    assert '<option value="partizipation" selected>Participation</option>' in (
        response.content.decode()
    )


def test_the_field_of_action_page_of_a_translated_home_page(demo, client):
    _response, text = visit_text(client, "/uk/handlungsfeld/partizipation/")
    assert "Участь" in text
    assert "Посилити консультативну раду з питань інтеграції та залучити всіх" in text
    assert "Нова концепція інтеграції: стартова зустріч у Новій ратуші" in text  # the release
    assert "Partizipation" not in text


def test_feed_categories_are_in_the_feed_language(demo, client):
    response = client.get("/en/press/feed/rss/", HTTP_HOST=HOST)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<category>Participation</category>" in body
    assert "<category>Partizipation</category>" not in body


def test_strict_translation_names_the_page_language_and_string(demo):
    index = find(demo, "integrationskonzept")
    with pytest.raises(MissingDemoTranslation) as raised, transaction.atomic():
        translate_page(index, "ru", lookup=lambda german, language: None, strict=True)
    message = str(raised.value)
    assert "[ru]" in message and "Integrationskonzept" in message
    assert "'Integrationskonzept'" in message
