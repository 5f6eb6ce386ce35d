"""The page cache: anonymous reader pages are shared and purged on every change;
logged-in readers, forms, previews and cookies never are."""

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from core import cache as page_cache
from tests.factories import PressReleaseFactory, field_of_action, fresh
from tests.helpers import berlin, path_of, visit

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("shared_towns"),
]

HEADER = page_cache.HEADER


@pytest.fixture(autouse=True)
def cache_on():
    page_cache.forget_hosts()
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield
    page_cache.forget_hosts()


@pytest.fixture
def reader():
    """An anonymous reader who already has the language cookie (a returning reader)."""
    client = Client()
    client.cookies["weltoffen_sprache"] = "de"
    return client


def test_the_second_anonymous_visit_is_served_from_the_cache_without_queries(reader, merzig):
    first = visit(reader, merzig, "/de/presse/")
    assert first.status_code == 200
    assert first[HEADER] == "MISS"
    with CaptureQueriesContext(connection) as ctx:
        second = visit(reader, merzig, "/de/presse/")
    assert second[HEADER] == "HIT"
    assert second.content == first.content
    assert len(ctx.captured_queries) == 0


def test_shared_pages_tell_a_cdn_it_may_keep_them(reader, merzig):
    response = visit(reader, merzig, "/de/presse/")
    control = response["Cache-Control"]
    assert "public" in control and "s-maxage=" in control and "max-age=" in control
    assert not response.cookies
    # the security headers are added on every hit as well
    hit = visit(reader, merzig, "/de/presse/")
    assert hit[HEADER] == "HIT"
    assert hit["X-Frame-Options"] == "DENY"
    assert "Content-Security-Policy" in hit
    assert hit["Content-Language"] == "de"


def test_a_stored_page_never_carries_the_language_cookie(merzig):
    newcomer = Client()
    first = visit(newcomer, merzig, "/de/veranstaltungen/")
    # the newcomer gets the cookie, and therefore a private answer
    assert "weltoffen_sprache" in first.cookies
    assert "private" in first["Cache-Control"] and "public" not in first["Cache-Control"]
    # ... but the page was stored without it: the next reader gets it from the cache
    other = Client()
    other.cookies["weltoffen_sprache"] = "de"
    hit = visit(other, merzig, "/de/veranstaltungen/")
    assert hit[HEADER] == "HIT"
    assert not hit.cookies
    assert "public" in hit["Cache-Control"]
    # a newcomer served from the cache still gets their cookie, never someone else's
    again = visit(Client(), merzig, "/de/veranstaltungen/")
    assert again[HEADER] == "HIT"
    assert again.cookies["weltoffen_sprache"].value == "de"
    assert "public" not in again["Cache-Control"]


def test_publishing_purges_the_municipality(reader, merzig):
    before = visit(reader, merzig, "/de/presse/")
    assert "Neue Sprechstunde" not in before.content.decode()
    assert visit(reader, merzig, "/de/presse/")[HEADER] == "HIT"
    PressReleaseFactory(town=merzig, title="Neue Sprechstunde", date=berlin(2024, 6, 1, 9))
    after = visit(reader, merzig, "/de/presse/")
    assert after[HEADER] == "MISS"
    assert "Neue Sprechstunde" in after.content.decode()


def test_a_page_stored_before_the_publication_commits_is_not_served_after(
    reader, merzig, django_capture_on_commit_callbacks
):
    """Another server process may render the listing between the purge (sent
    inside the publishing transaction) and the commit, from the rows it still
    sees without the new release; what it keeps then must not outlive the commit."""
    with django_capture_on_commit_callbacks(execute=True):
        PressReleaseFactory(town=merzig, title="Neue Sprechstunde", date=berlin(2024, 6, 1, 9))
        assert visit(reader, merzig, "/de/presse/")[HEADER] == "MISS"
        assert visit(reader, merzig, "/de/presse/")[HEADER] == "HIT"  # kept before the commit
    assert visit(reader, merzig, "/de/presse/")[HEADER] == "MISS"


def test_publishing_in_one_municipality_keeps_the_other_cached(reader, merzig, voelklingen):
    visit(reader, voelklingen, "/de/presse/")
    PressReleaseFactory(town=merzig, title="Nur in Merzig", date=berlin(2024, 6, 1, 9))
    assert visit(reader, voelklingen, "/de/presse/")[HEADER] == "HIT"


def test_unpublishing_purges(reader, merzig):
    release = PressReleaseFactory(town=merzig, title="Bald offline", date=berlin(2024, 6, 1, 9))
    path = path_of(release)
    assert visit(reader, merzig, path).status_code == 200
    assert visit(reader, merzig, path)[HEADER] == "HIT"
    release.unpublish()
    assert visit(reader, merzig, path).status_code == 404
    assert "Bald offline" not in visit(reader, merzig, "/de/presse/").content.decode()


def test_moving_a_page_purges(reader, merzig):
    release = PressReleaseFactory(town=merzig, title="Wandert umher", date=berlin(2024, 6, 1, 9))
    assert "Wandert umher" in visit(reader, merzig, "/de/presse/").content.decode()
    merzig = fresh(merzig)
    release.move(merzig.home, pos="last-child")
    assert "Wandert umher" not in visit(reader, merzig, "/de/presse/").content.decode()


def test_deleting_a_page_purges(reader, merzig):
    release = PressReleaseFactory(town=merzig, title="Wird geloescht", date=berlin(2024, 6, 1, 9))
    assert "Wird geloescht" in visit(reader, merzig, "/de/presse/").content.decode()
    type(release).objects.get(pk=release.pk).delete()
    assert "Wird geloescht" not in visit(reader, merzig, "/de/presse/").content.decode()


def test_a_changed_snippet_purges_every_municipality(reader, merzig):
    sprache = field_of_action("sprache")
    release = PressReleaseFactory(
        town=merzig, title="Mit Handlungsfeld", date=berlin(2024, 6, 1, 9), fields=[sprache]
    )
    path = path_of(release)
    assert sprache.name in visit(reader, merzig, path).content.decode()
    assert visit(reader, merzig, path)[HEADER] == "HIT"
    sprache.name = "Sprache und Bildung (neu benannt)"
    sprache.save()
    response = visit(reader, merzig, path)
    assert response[HEADER] == "MISS"
    assert "Sprache und Bildung (neu benannt)" in response.content.decode()


def test_a_translation_published_through_wagtail_localize_purges(reader, merzig):
    from wagtail.models import Locale
    from wagtail.signals import page_published

    visit(reader, merzig, "/de/presse/")
    assert visit(reader, merzig, "/de/presse/")[HEADER] == "HIT"
    # wagtail-localize publishes a translated page through revision.publish(),
    # which sends page_published for the translated page (same municipality).
    english = Locale.objects.get(language_code="en")
    news = fresh(merzig).news
    translated = news.copy_for_translation(english, copy_parents=True)
    revision = translated.save_revision()
    revision.publish()
    assert visit(reader, merzig, "/de/presse/")[HEADER] == "MISS"
    assert page_published.has_listeners()


def test_logged_in_readers_are_never_served_or_stored(client, merzig, django_user_model):
    reader = Client()
    reader.cookies["weltoffen_sprache"] = "de"
    visit(reader, merzig, "/de/presse/")
    user = django_user_model.objects.create_superuser("chefin", "c@example.org", "pw")
    client.force_login(user)
    response = visit(client, merzig, "/de/presse/")
    assert HEADER not in response
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    # what the logged-in user saw did not go into the cache either
    client.logout()


def test_the_feedback_form_is_never_shared(reader, merzig):
    for _ in range(2):
        response = visit(reader, merzig, "/de/barrierefreiheit/")
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert HEADER not in response
        assert "no-store" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]


def test_a_pending_message_is_not_served_from_the_cache(reader, merzig):
    visit(reader, merzig, "/de/presse/")
    reader.cookies["messages"] = "something"
    response = visit(reader, merzig, "/de/presse/")
    assert HEADER not in response


def test_previews_and_the_admin_are_private(client, merzig, django_user_model):
    user = django_user_model.objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)
    response = client.get("/admin/", HTTP_HOST=merzig.host)
    assert "no-store" in response["Cache-Control"]
    page = merzig.news
    preview = client.get(f"/admin/pages/{page.pk}/view_draft/", HTTP_HOST=merzig.host)
    assert preview.status_code == 200
    assert HEADER not in preview
    assert "public" not in preview.get("Cache-Control", "")


def test_a_preview_request_is_never_shareable(rf):
    request = rf.get("/de/presse/")
    request.is_dummy = True
    assert not page_cache.shareable_request(request)


def test_posts_and_unprefixed_addresses_are_not_cached(reader, merzig):
    assert not page_cache.is_reader_path("/api/v2/pages/")
    assert not page_cache.is_reader_path("/sitemap.xml")
    assert not page_cache.is_reader_path("/de/beteiligung/registrieren/")
    response = reader.get("/api/v2/pages/", HTTP_HOST=merzig.host)
    assert HEADER not in response


def test_the_search_is_not_cached_so_every_search_is_counted(reader, merzig):
    from search.models import SearchLog

    PressReleaseFactory(town=merzig, title="Sprachkurs im Rathaus", date=berlin(2024, 6, 1, 9))
    for _ in range(2):
        response = visit(reader, merzig, "/de/suche/?q=Quetzalcoatlus")
        assert HEADER not in response
    logged = SearchLog.objects.get(query="quetzalcoatlus")
    assert (logged.searches, logged.hits) == (2, 0)


def test_with_the_cache_off_pages_still_get_cdn_headers(reader, merzig):
    with override_settings(PAGE_CACHE_ENABLED=False):
        visit(reader, merzig, "/de/presse/")
        response = visit(reader, merzig, "/de/presse/")
    assert HEADER not in response
    assert "public" in response["Cache-Control"]


def test_frontend_cache_purging_is_configured_only_from_the_environment(settings):
    import json
    import os
    import subprocess
    import sys

    assert settings.WAGTAILFRONTENDCACHE == {}
    assert "wagtail.contrib.frontend_cache" not in settings.INSTALLED_APPS
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="weltoffen.settings.dev",
        FRONTEND_CACHE_VARNISH_URL="http://127.0.0.1:6081",
    )
    script = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps([settings.WAGTAILFRONTENDCACHE, "
        "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, check=True, timeout=60
    )
    config, installed = json.loads(out.stdout.decode().strip().splitlines()[-1])
    assert installed
    assert config["varnish"]["LOCATION"] == "http://127.0.0.1:6081"
