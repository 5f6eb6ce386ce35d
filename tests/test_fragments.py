"""Fragments kept in the process (core/fragments.py, core/local.py): the parts
of a page that are the same for every reader come from this process's memory
after the first request, and a publication on another app server reaches
them within a second, as it reaches the page cache's hits."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from core import cache as page_cache
from core import fragments
from tests.factories import PressReleaseFactory, fresh
from tests.helpers import path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def release_titles(client, town):
    """The text of the press listing's main part."""
    return soup(visit(client, town, "/de/presse/")).find("main").get_text(" ")


def test_a_kept_listing_is_read_from_this_process_not_the_shared_cache(client, merzig):
    PressReleaseFactory(town=fresh(merzig), title="Sprachkurse im Frühjahr")
    assert "Sprachkurse im Frühjahr" in release_titles(client, merzig)
    store = page_cache._cache()
    asked = []
    original = store.get

    def counting_get(key, *args, **kwargs):
        asked.append(key)
        return original(key, *args, **kwargs)

    store.get = counting_get
    try:
        with CaptureQueriesContext(connection) as queries:
            assert "Sprachkurse im Frühjahr" in release_titles(client, merzig)
    finally:
        del store.get
    assert not [key for key in asked if ":fragment:" in key]
    assert not any("news_pressreleasepage" in q["sql"] for q in queries.captured_queries)


def test_a_publication_through_another_server_shows_here_within_a_second(
    client, merzig, monkeypatch
):
    release = PressReleaseFactory(town=fresh(merzig), title="Alter Titel")
    assert "Alter Titel" in release_titles(client, merzig)
    # Another app server renames the release: the rows change and it bumps the
    # site's version in the shared cache; this process hears of neither.
    type(release).objects.filter(pk=release.pk).update(title="Neuer Titel")
    page_cache._cache().set(page_cache._version_key(merzig.site.pk), 7, None)
    later = page_cache.time.monotonic() + 1.01
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: later)
    titles = release_titles(client, merzig)
    assert "Neuer Titel" in titles and "Alter Titel" not in titles


def test_every_request_gets_its_own_copy_of_a_kept_fragment(merzig):
    factory = RequestFactory()
    built = []

    def build():
        built.append(1)
        return {"items": ["Start", "Presse"]}

    def request():
        return factory.get("/de/", HTTP_HOST=merzig.host)

    first = fragments.fragment(request(), merzig.site.pk, "menu-test", ("de",), build)
    first["items"].append("changed by one request")
    second = fragments.fragment(request(), merzig.site.pk, "menu-test", ("de",), build)
    assert second == {"items": ["Start", "Presse"]} and len(built) == 1


def test_versions_read_while_this_process_purges_are_not_kept(merzig, monkeypatch):
    site_id = merzig.site.pk
    read = page_cache._versions

    def read_then_purge(scope):
        versions = read(scope)
        page_cache.bump_site(site_id)  # a publication while the versions were read
        return versions

    monkeypatch.setattr(page_cache, "_versions", read_then_purge)
    stale = page_cache.recent_versions(site_id)
    monkeypatch.setattr(page_cache, "_versions", read)
    assert page_cache.recent_versions(site_id) != stale


def test_a_kept_edition_shows_a_report_published_after_it_was_read(client, merzig):
    """The body of a concept edition is kept ({% kept "edition" %}); a progress
    report published under it changes a measure's status on the page at once."""
    from tests import progress_world

    edition = progress_world.build(fresh(merzig))["edition"]
    path = path_of(edition)

    def row_of_paten():
        html = soup(visit(client, merzig, path))
        return html.find("th", string=lambda s: s and "Sprachpaten" in s).parent.get_text(" ")

    assert "Neu vergeben" not in row_of_paten()
    with CaptureQueriesContext(connection) as queries:
        row_of_paten()
    assert not any("concepts_progressreportpage" in q["sql"] for q in queries.captured_queries)
    progress_world.report(
        edition,
        "Bericht 2024",
        progress_world.datetime.date(2024, 12, 31),
        updates=[("paten", "started", "Neu vergeben")],
    )
    assert "Neu vergeben" in row_of_paten()


def test_a_new_host_is_in_the_page_addresses_at_once(client, merzig):
    """Wagtail's site root paths are kept in the process (core/root_paths.py);
    saving a site forgets them, so the next page names its new address."""
    visit(client, merzig, "/de/presse/")  # the root paths are read and kept
    site = merzig.site
    site.hostname = "merzig-neu.localhost"
    site.save()
    html = soup(client.get("/de/presse/", HTTP_HOST="merzig-neu.localhost"))
    assert html.find("link", rel="canonical")["href"].startswith("http://merzig-neu.localhost")
