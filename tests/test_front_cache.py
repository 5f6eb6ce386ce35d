"""The front of the page cache (core/front_cache.py): a hit for an anonymous
reader is answered before sessions, authentication and the language
machinery, compressed once, with the headers of the rendered page; nothing
personal is ever stored or served."""

import gzip

import brotli
import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from core import cache as page_cache
from core import front_cache
from tests.factories import PressReleaseFactory, fresh
from tests.helpers import path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

HEADER = page_cache.HEADER
# Headers a hit must carry exactly as the page rendered without any cache.
SAME_AS_UNCACHED = (
    "Content-Type",
    "Content-Language",
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
)


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


def front_hit(response):
    """Answered by the front: the session middleware never saw the request."""
    return response[HEADER] == "HIT" and not hasattr(response.wsgi_request, "session")


def vary(response):
    return {part.strip() for part in response.get("Vary", "").split(",") if part.strip()}


def test_a_hit_is_answered_before_the_session_without_a_query(reader, merzig):
    first = visit(reader, merzig, "/de/presse/")
    assert first[HEADER] == "MISS"
    with CaptureQueriesContext(connection) as ctx:
        hit = visit(reader, merzig, "/de/presse/")
    assert front_hit(hit)
    assert len(ctx.captured_queries) == 0
    assert hit.content == first.content
    assert "public" in hit["Cache-Control"] and not hit.cookies


def test_a_hit_carries_the_headers_of_the_uncached_page(reader, merzig):
    release = PressReleaseFactory(town=merzig, title="Sprachcafé eröffnet")
    for path in ["/de/", "/de/presse/", path_of(release), "/de/presse/feed/rss/"]:
        with override_settings(PAGE_CACHE_ENABLED=False):
            uncached = visit(reader, merzig, path)
        visit(reader, merzig, path)
        hit = visit(reader, merzig, path)
        assert front_hit(hit), path
        for name in SAME_AS_UNCACHED:
            assert hit.get(name) == uncached.get(name), (path, name)
        assert vary(hit) == vary(uncached) | {"Accept-Encoding"}, path
        assert hit["Cache-Control"] == uncached["Cache-Control"], path
        assert int(hit["Content-Length"]) == len(hit.content)


def test_the_body_is_stored_compressed_and_sent_in_the_encoding_asked_for(reader, merzig):
    plain = visit(reader, merzig, "/de/presse/").content
    as_gzip = visit(reader, merzig, "/de/presse/", HTTP_ACCEPT_ENCODING="gzip, deflate")
    assert as_gzip["Content-Encoding"] == "gzip"
    assert gzip.decompress(as_gzip.content) == plain
    as_br = visit(reader, merzig, "/de/presse/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert as_br["Content-Encoding"] == "br"
    assert brotli.decompress(as_br.content) == plain
    assert len(as_br.content) < len(as_gzip.content) < len(plain) / 3
    refused = visit(reader, merzig, "/de/presse/", HTTP_ACCEPT_ENCODING="br;q=0, gzip;q=0")
    assert "Content-Encoding" not in refused and refused.content == plain
    head = reader.head("/de/presse/", HTTP_HOST=merzig.host, HTTP_ACCEPT_ENCODING="gzip")
    assert front_hit(head) and head.content == b""
    assert head["Content-Length"] == as_gzip["Content-Length"]


def test_a_newcomer_gets_the_language_cookie_and_a_private_answer(reader, merzig):
    visit(reader, merzig, "/de/presse/")
    newcomer = visit(Client(), merzig, "/de/presse/")
    assert front_hit(newcomer)
    assert newcomer.cookies["weltoffen_sprache"].value == "de"
    assert "private" in newcomer["Cache-Control"] and "public" not in newcomer["Cache-Control"]
    english = Client()
    english.cookies["weltoffen_sprache"] = "en"
    switched = visit(english, merzig, "/de/presse/")
    assert switched.cookies["weltoffen_sprache"].value == "de"


def test_session_messages_logged_in_and_post_pass_by_the_front(reader, merzig, django_user_model):
    visit(reader, merzig, "/de/presse/")
    for cookie in ("sessionid", "messages"):
        other = Client()
        other.cookies[cookie] = "irgendwas"
        response = visit(other, merzig, "/de/presse/")
        assert hasattr(response.wsgi_request, "session"), cookie
        assert HEADER not in response, cookie
    user = django_user_model.objects.create_user("leserin", "l@example.org", "pw")
    member = Client()
    member.force_login(user)
    response = visit(member, merzig, "/de/presse/")
    assert HEADER not in response and "private" in response["Cache-Control"]
    posted = reader.post("/de/presse/", {}, HTTP_HOST=merzig.host)
    assert HEADER not in posted


def test_a_form_page_is_never_stored_in_front(reader, merzig):
    for _ in range(2):
        response = visit(reader, merzig, "/de/barrierefreiheit/")
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert HEADER not in response and hasattr(response.wsgi_request, "session")
    front = front_cache._front_key("")
    assert not [key for key in page_cache._cache()._cache if key.endswith(front)]


def test_parameters_no_page_reads_are_front_hits_of_the_plain_page(reader, merzig):
    plain = visit(reader, merzig, "/de/presse/")
    stored = set(page_cache._cache()._cache)
    for query in ["?x=123", "?utm_source=newsletter&x=1", "?fbclid=abc"]:
        again = visit(reader, merzig, "/de/presse/" + query)
        assert front_hit(again), query
        assert again.content == plain.content
    assert set(page_cache._cache()._cache) == stored  # no new entry
    # a parameter the page reads has its own entry
    visit(reader, merzig, "/de/presse/?seite=2")
    assert front_hit(visit(reader, merzig, "/de/presse/?seite=2&x=1"))


def test_malformed_addresses_are_refused_even_when_the_page_is_stored(reader, merzig):
    visit(reader, merzig, "/de/presse/")
    response = reader.get("/de/presse/?x=%00", HTTP_HOST=merzig.host)
    assert response.status_code == 400


def test_publishing_purges_the_front_too(reader, merzig):
    visit(reader, merzig, "/de/presse/")
    assert front_hit(visit(reader, merzig, "/de/presse/"))
    PressReleaseFactory(town=fresh(merzig), title="Neu im Archiv")
    again = visit(reader, merzig, "/de/presse/")
    assert again[HEADER] == "MISS" and "Neu im Archiv" in again.content.decode()


def test_a_purge_through_another_server_reaches_the_hits_here_within_a_second(
    reader, merzig, monkeypatch
):
    visit(reader, merzig, "/de/presse/")
    assert front_hit(visit(reader, merzig, "/de/presse/"))
    # Another app server publishes: a new version in the shared cache, which
    # this process's memory of the versions (read just now) does not know yet.
    page_cache._cache().set(page_cache._version_key(merzig.site.pk), 1, None)
    assert front_hit(visit(reader, merzig, "/de/presse/"))
    later = page_cache.time.monotonic() + 1.01
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: later)
    assert visit(reader, merzig, "/de/presse/")[HEADER] == "MISS"


def test_accepted_encodings_follow_the_quality_values(rf):
    request = rf.get("/", HTTP_ACCEPT_ENCODING="gzip;q=1.0, br;q=0, identity")
    assert front_cache.accepted_encodings(request) == {"gzip", "identity"}
    assert front_cache.compress(b"kurz") == {}
