"""What translators get in the admin: snippets readers see can be translated,
machine translation is off unless configured and then pluggable."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from concepts.models import FieldOfAction
from home.models import Organisation, Person
from tests.factories import PressReleaseFactory, field_of_action


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("chefin", "chefin@example.org", "test-only")


def open_translation(page, language="en"):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source,
        target_locale=Locale.objects.get(language_code=language),
        defaults={"enabled": True},
    )
    return translation


def test_no_machine_translation_unless_configured(client, voelklingen, admin):
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")
    translation = open_translation(
        PressReleaseFactory(town=voelklingen, title="Sprachcafé eröffnet")
    )
    client.force_login(admin)
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url).status_code == 404
    assert not StringTranslation.objects.filter(translation_type="machine").exists()


@override_settings(
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR={
        "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
        "OPTIONS": {},
    }
)
def test_a_configured_machine_translator_fills_in_the_strings(client, voelklingen, admin):
    translation = open_translation(voelklingen.news)
    translation.save_target(publish=False)  # what "Übersetzen" in the admin does
    client.force_login(admin)
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url).status_code == 302
    machine = StringTranslation.objects.filter(
        translation_type="machine", locale__language_code="en"
    )
    assert machine.exists()
    # Flagged as machine translation, so a translator knows what to check.
    assert {t.tool_name for t in machine} == {"Dummyübersetzer"}  # German admin


def test_the_machine_translator_is_configured_from_the_environment():
    options = {"AUTH_KEY": "geheim", "API_URL": "https://api-free.deepl.com/"}
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "weltoffen.settings.test",
        "WAGTAILLOCALIZE_MACHINE_TRANSLATOR": (
            "wagtail_localize.machine_translators.deepl.DeepLTranslator"
        ),
        "WAGTAILLOCALIZE_MACHINE_TRANSLATOR_OPTIONS": json.dumps(options),
    }
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(output) == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": options,
    }


@pytest.mark.parametrize("model", [FieldOfAction, Person, Organisation])
def test_snippets_readers_see_can_be_translated(client, voelklingen, admin, model):
    if model is FieldOfAction:
        snippet = field_of_action("sprache")
    elif model is Person:
        snippet = Person.objects.create(name="Eva Beispiel", role="Integrationsbeauftragte")
    else:
        snippet = Organisation.objects.create(name="Beirat für Integration")
    client.force_login(admin)
    meta = model._meta
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[meta.app_label, meta.model_name, snippet.pk],
    )
    assert client.get(url).status_code == 200
    turkish = Locale.objects.get(language_code="tr")
    response = client.post(url, {"locales": [turkish.pk]})
    assert response.status_code == 302
    translated = model.objects.get(translation_key=snippet.translation_key, locale=turkish)
    assert Translation.objects.filter(
        source__object_id=snippet.translation_key, target_locale=turkish
    ).exists()
    # The translation editor opens for it.
    assert client.get(response["Location"]).status_code == 200
    assert translated.pk != snippet.pk


def test_contacts_and_contributors_appear_in_the_readers_language(client, voelklingen):
    from demo.localize import translate_snippet
    from home.models import HomePageContact, Person
    from news.models import EventContributor
    from tests.factories import EventFactory
    from tests.helpers import berlin, soup, visit
    from tests.test_i18n import fake, translate

    person = Person.objects.create(name="Eva Beispiel", role="Integrationsbeauftragte")
    HomePageContact.objects.create(page=voelklingen.home, person=person)
    event = EventFactory(
        town=voelklingen,
        title="Gesprächsrunde",
        start=berlin(2030, 5, 6, 18),
        end=berlin(2030, 5, 6, 20),
    )
    EventContributor.objects.create(page=event, person=person, role="moderation")
    translate_snippet(person, "en", fake)
    translate(voelklingen.home, "en")
    translate(voelklingen.events, "en")
    english_event = translate(event, "en")["en"]
    for path in ("/en/", english_event.url):
        text = soup(visit(client, voelklingen, path)).get_text(" ")
        assert "EN: Integrationsbeauftragte" in text, path
        assert "Eva Beispiel" in text
    assert "EN: Integrationsbeauftragte" not in soup(visit(client, voelklingen, "/")).get_text()
