"""Page-cache hygiene: a hit looks like the page it stands for, and query
parameters a page does not read neither bypass the cache nor fill it."""

import pytest
from django.core.cache import cache
from django.test import Client, override_settings

from core import cache as page_cache
from tests.factories import EventFactory, PressReleaseFactory, StandardPageFactory
from tests.helpers import path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

HEADER = page_cache.HEADER
SAME = ("Vary", "Content-Language", "Content-Type", "X-Frame-Options", "Content-Security-Policy")


@pytest.fixture(autouse=True)
def cache_on():
    page_cache.forget_hosts()
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield
    page_cache.forget_hosts()


@pytest.fixture
def reader():
    client = Client()
    client.cookies["weltoffen_sprache"] = "de"
    return client


def entries():
    """The page-cache entries the local-memory cache holds now."""
    return sorted(key for key in cache._cache if ":pagecache:page:" in key)


def test_a_hit_carries_the_headers_of_the_rendered_page(reader, merzig):
    release = PressReleaseFactory(town=merzig, title="Sprachcafé eröffnet")
    event = EventFactory(town=merzig, title="Fest der Kulturen")
    standard = StandardPageFactory(town=merzig, parent=merzig.home, title="Über uns")
    for path in ["/de/", "/de/presse/", path_of(release), "/de/veranstaltungen/"] + [
        path_of(event),
        path_of(standard),
        "/de/presse/feed/rss/",
    ]:
        rendered = visit(reader, merzig, path)
        hit = visit(reader, merzig, path)
        assert (rendered[HEADER], hit[HEADER]) == ("MISS", "HIT"), path
        for name in SAME:
            assert hit.get(name) == rendered.get(name), (path, name)
        if rendered["Content-Type"].startswith("text/html"):  # the page read the session
            assert "Cookie" in hit["Vary"], path


def test_parameters_no_page_reads_are_a_hit_of_the_plain_page(reader, merzig):
    plain = visit(reader, merzig, "/de/presse/")
    stored = entries()
    for query in ["?x=123", "?utm_source=newsletter&x=1", "?q=<b>Werbung</b>"]:
        again = visit(reader, merzig, "/de/presse/" + query)
        assert again[HEADER] == "HIT", query
        assert again.content == plain.content
    assert entries() == stored  # nothing new in the cache
    assert b"Werbung" not in visit(reader, merzig, "/de/presse/?q=Werbung").content


def test_a_parameter_only_another_page_reads_is_a_hit_once_the_page_is_known(reader, merzig):
    standard = StandardPageFactory(town=merzig, parent=merzig.home, title="Über uns")
    path = path_of(standard)
    plain = visit(reader, merzig, path)
    visit(reader, merzig, path + "?seite=2")  # learns: this page reads no "seite"
    stored = entries()
    for number in range(3, 8):
        again = visit(reader, merzig, f"{path}?seite={number}")
        assert again[HEADER] == "HIT"
        assert again.content == plain.content
    assert entries() == stored


def test_parameters_a_page_reads_keep_their_own_entries(reader, merzig):
    PressReleaseFactory(town=merzig, title="Sprachcafé eröffnet")
    plain = visit(reader, merzig, "/de/presse/")
    filtered = visit(reader, merzig, "/de/presse/?jahr=1999")
    assert filtered[HEADER] == "MISS" and filtered.content != plain.content
    again = visit(reader, merzig, "/de/presse/?x=1&jahr=1999")
    assert again[HEADER] == "HIT" and again.content == filtered.content
