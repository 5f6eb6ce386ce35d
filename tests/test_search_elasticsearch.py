"""Elasticsearch: the index settings offline; a real server only when ELASTICSEARCH_URL is set."""

import importlib.util
import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings

from search import engine, es_settings

ES_URL = os.environ.get("ELASTICSEARCH_URL")


def test_the_database_backend_is_the_default_without_elasticsearch_url():
    if ES_URL:
        pytest.skip("ELASTICSEARCH_URL is set")
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == (
        "wagtail.search.backends.database"
    )


def test_elasticsearch_url_switches_to_the_elasticsearch_backend():
    code = (
        "import json, django; from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS['default']))"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "weltoffen.settings.test",
        "ELASTICSEARCH_URL": "http://search.example:9200",
    }
    env.pop("ELASTICSEARCH_VERSION", None)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    backend = json.loads(out)
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["http://search.example:9200"]
    analysis = backend["INDEX_SETTINGS"]["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"] == [
        "lowercase",
        "german_decompounder",
        "german_normalization",
        "german_stemmer",
    ]


def test_the_backend_modules_exist_in_this_wagtail():
    for module in es_settings.BACKENDS.values():
        assert importlib.util.find_spec(module) is not None, module
    assert es_settings.backend("http://x:9200", 9)["BACKEND"].endswith("elasticsearch9")


def test_the_german_analysis_decompounds_with_the_shipped_word_list_and_stems():
    analysis = es_settings.german_analysis()["analysis"]
    decompounder = analysis["filter"]["german_decompounder"]
    assert decompounder["type"] == "dictionary_decompounder"
    assert analysis["filter"]["german_stemmer"] == {"type": "stemmer", "language": "light_german"}
    words = decompounder["word_list"]
    assert words == sorted(set(words)) and all(w == w.lower() for w in words)
    # what the dictionary decompounder does: every listed word inside a token is a sub-token
    for compound, part in [
        ("integrationskonzept", "konzept"),
        ("sprachkurse", "kurs"),
        ("wohnungssuche", "wohnung"),
        ("sportvereine", "verein"),
        ("migrationsbüro", "büro"),
    ]:
        assert part in [w for w in words if w in compound], compound


@pytest.mark.skipif(not ES_URL, reason="ELASTICSEARCH_URL is not set")
@pytest.mark.django_db
def test_a_real_server_finds_compound_parts_and_word_forms(merzig):
    pytest.importorskip("elasticsearch")
    from django.core.management import call_command

    from tests.factories import PressReleaseFactory

    backend = es_settings.backend(
        ES_URL, os.environ.get("ELASTICSEARCH_VERSION", "8"), index_prefix="weltoffen_test_"
    )
    with override_settings(WAGTAILSEARCH_BACKENDS={"default": backend}):
        PressReleaseFactory(
            town=merzig, title="Ratsbeschluss", lead="Der Rat beschließt das Integrationskonzept."
        )
        PressReleaseFactory(town=merzig, title="Neue Kurse", lead="Sprachkurse für Eltern.")
        call_command("update_index", verbosity=0)
        found = [h.page.title for h in engine.run(merzig.site, "Konzept", "de").hits]
        assert "Ratsbeschluss" in found
        found = [h.page.title for h in engine.run(merzig.site, "Sprachkurs", "de").hits]
        assert "Neue Kurse" in found
