"""Redis is a cache: when it goes away the site gets slower, never broken.

A throwaway redis-server (tests/servers.py) holds the page cache with the
options production uses (core.shared_cache.cache_settings). It is killed
while readers keep reading every page type, then started again on the same
port, and the page cache takes up its work again by itself.
"""

import logging
import time
from pathlib import Path

import pytest
from django.test import Client, override_settings

from core import cache as page_cache
from core import shared_cache
from tests.factories import (
    ConceptEditionFactory,
    EventFactory,
    PressReleaseFactory,
    StandardPageFactory,
    field_of_action,
    structure,
)
from tests.helpers import path_of, visit
from tests.servers import REDIS_SERVER, Redis

pytestmark = [
    pytest.mark.once,  # about the cache, not the database: run in the SQLite pass
    pytest.mark.django_db,
    pytest.mark.skipif(not Path(REDIS_SERVER).exists(), reason="no redis-server"),
]


@pytest.fixture
def redis():
    server = Redis()
    server.start()
    shared_cache._STATES.clear()
    page_cache.forget_hosts()
    settings = {"default": shared_cache.cache_settings(server.url, "resil-test")}
    try:
        with override_settings(CACHES=settings, PAGE_CACHE_ENABLED=True):
            yield server
    finally:
        server.stop()
        shared_cache._STATES.clear()
        page_cache.forget_hosts()


def reader_paths(town):
    """One address of every kind a reader can reach."""
    release = PressReleaseFactory(town=town, title="Sprachcafé eröffnet")
    event = EventFactory(town=town, title="Fest der Kulturen")
    edition = ConceptEditionFactory(
        town=town,
        title="Integrationskonzept 2025",
        year=2025,
        structure=structure((field_of_action("sprache"), [("Sprachkurse", [])])),
    )
    standard = StandardPageFactory(town=town, parent=town.home, title="Über uns")
    return [
        "/de/",
        "/de/presse/",
        "/de/presse/?jahr=2024",
        path_of(release),
        "/de/presse/feed/rss/",
        "/de/veranstaltungen/",
        path_of(event),
        "/de/veranstaltungen/ical/",
        path_of(edition),
        path_of(standard),
        path_of(town.imprint),
        "/de/suche/?q=Sprachcafé",
        "/de/beteiligung/",
        "/sitemap.xml",
        "/robots.txt",
        "/api/v2/pages/",
        f"/api/v2/pages/{release.pk}/",
    ]


def read_all(reader, town, paths):
    return {path: visit(reader, town, path) for path in paths}


def test_a_dead_redis_costs_speed_never_pages(redis, voelklingen, caplog):
    reader = Client()
    reader.cookies["weltoffen_sprache"] = "de"
    paths = reader_paths(voelklingen)

    before = read_all(reader, voelklingen, paths)
    assert {p: r.status_code for p, r in before.items()} == dict.fromkeys(paths, 200)
    stored = read_all(reader, voelklingen, paths)
    hits = [p for p, r in stored.items() if r.get(page_cache.HEADER) == "HIT"]
    assert "/de/" in hits and "/de/presse/" in hits and len(hits) >= 8

    redis.stop()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        answers = [read_all(reader, voelklingen, paths) for _round in range(3)]
    statuses = [r.status_code for round_ in answers for r in round_.values()]
    failed = [s for s in statuses if not 200 <= s < 300]
    print(f"\nRedis down: {len(statuses)} requests, {len(failed)} not 2xx")
    assert failed == []
    for round_ in answers:
        for path in hits:  # what the cache held is now rendered from the database
            assert round_[path].content == stored[path].content, path

    # one warning, not a traceback per request (the whole outage lies in one minute)
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.name for r in warnings] == ["weltoffen.cache"]
    assert "Redis nicht erreichbar" in warnings[0].getMessage()
    assert not any(r.exc_info for r in caplog.records)

    redis.start()  # same port, empty
    served = []
    for _attempt in range(100):  # the process leaves Redis alone for a moment
        again = visit(reader, voelklingen, "/de/presse/")
        served.append((again.status_code, again.get(page_cache.HEADER)))
        # A hit alone is not enough: when the outage took less than a second,
        # the copy in this process still answers under the versions read
        # before it (core.cache.recent_versions), with Redis still empty.
        if again.get(page_cache.HEADER) == "HIT" and redis_has_keys(redis):
            break
        time.sleep(0.1)
    assert redis_has_keys(redis), "the page cache did not store again"
    assert all(status == 200 for status, _header in served)
    assert served[-1][1] == "HIT", f"no hit again after Redis came back: {served[-5:]}"


def redis_has_keys(server):
    import redis as redis_py

    return bool(redis_py.Redis.from_url(server.url).dbsize())


def test_rate_limits_still_count_while_redis_is_down(redis, rf):
    from core.protection import rate_limited

    redis.stop()
    request = rf.post("/de/feedback/", REMOTE_ADDR="192.0.2.7", HTTP_HOST="merzig.localhost")
    results = [rate_limited(request, "test", limit=2) for _ in range(4)]
    assert results == [False, False, True, True]


def test_a_long_outage_writes_one_warning_a_minute(redis, caplog, monkeypatch):
    from django.core.cache import cache

    clock = [1000.0]
    monkeypatch.setattr(shared_cache, "_clock", lambda: clock[0])
    redis.stop()
    with caplog.at_level(logging.WARNING, logger="weltoffen.cache"):
        for _step in range(60):  # three minutes of a dead Redis, a call every 3 s
            assert cache.get("irgendwas", "weg") == "weg"
            clock[0] += 3.0
    warnings = [r.getMessage() for r in caplog.records if r.name == "weltoffen.cache"]
    assert len(warnings) == 3
    # each later warning says how many failures it stands for
    assert "20 Fehler seit der letzten Meldung" in warnings[1]


def test_readers_can_still_send_a_form_while_redis_is_down(redis, merzig, monkeypatch):
    """The one-time key is remembered in the cache; a cache that cannot answer
    must not make every key look used."""
    from django.core import mail

    from core import protection
    from home.models import AccessibilityFeedback
    from tests.helpers import post

    monkeypatch.setattr(protection, "MIN_SECONDS", 0)
    redis.stop()
    data = {
        "message": "Die Schrift im Kopf der Seite ist zu klein.",
        "form_token": protection.issue_token("feedback"),
    }
    response = post(Client(), merzig, "/de/barrierefreiheit/", data, REMOTE_ADDR="192.0.2.8")
    assert response.status_code == 302
    assert AccessibilityFeedback.objects.filter(message__startswith="Die Schrift").exists()
    assert len(mail.outbox) == 1
