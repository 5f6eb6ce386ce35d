"""Two app servers behind one load balancer share PostgreSQL and Redis: a page
cached on server B is purged by a publication that happens in another process.

Runs only on PostgreSQL with a Redis server on 127.0.0.1:6379 (`make test`'s
PostgreSQL run); on SQLite the servers could not share the test database.
"""

import http.client
import os
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.db import connection

from tests.factories import MERZIG, VOELKLINGEN, PressReleaseFactory, TownFactory, paragraph
from tests.helpers import berlin, path_of

ROOT = Path(__file__).resolve().parents[1]
REDIS = os.environ.get("TWO_SERVERS_REDIS_URL", "redis://127.0.0.1:6379/5")


def redis_is_there():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: two server processes must share the test database",
    ),
    pytest.mark.skipif(not redis_is_there(), reason="needs Redis on 127.0.0.1:6379"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_env(prefix):
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="weltoffen.settings.dev",
        DATABASE_URL=url,
        REDIS_URL=REDIS,
        CACHE_KEY_PREFIX=prefix,
        PAGE_CACHE_ENABLED="true",
        # a hit reads the purge versions at most once a second (core/cache.py)
        PAGE_CACHE_VERSIONS_SECONDS="1",
        PYTHONPATH=str(ROOT),
    )
    return env


def start(env, *, log_seconds="5"):
    env = {**env, "SEARCH_LOG_SECONDS": log_seconds}
    port = free_port()
    process = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "weltoffen.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    return port, process


def get(port, host, path, deadline=30):
    stop = time.monotonic() + deadline
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.request("GET", path, headers={"Host": host, "Cookie": "weltoffen_sprache=de"})
            response = conn.getresponse()
            body = response.read().decode()
            conn.close()
            return response.status, response.getheader("X-Page-Cache"), body
        except OSError:
            if time.monotonic() > stop:
                raise
            time.sleep(0.2)


@pytest.fixture(scope="module")
def committed(django_db_setup, django_db_blocker):
    """Two municipalities and a press release, committed (outside any test
    transaction) so that the server processes see them; afterwards the
    database goes back to what the migrations left (like tests/browser)."""
    from django.apps import apps
    from django.core.management import call_command
    from django.core.management.color import no_style

    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        TownFactory.of(VOELKLINGEN)
        merzig = TownFactory.of(MERZIG)
        release = PressReleaseFactory(
            town=merzig,
            title="Alte Überschrift",
            date=berlin(2024, 6, 1, 9),
            lead="Ein Vorspann.",
            body=paragraph("<p>Der Text.</p>"),
        )
    try:
        yield merzig, release
    finally:
        with django_db_blocker.unblock():
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True)
            connection.creation.deserialize_db_from_string(snapshot)
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), apps.get_models()):
                    cursor.execute(sql)


def test_a_publication_through_server_a_purges_the_page_cached_on_server_b(committed):
    merzig, release = committed
    path = path_of(release)
    assert path.startswith("/de/")
    env = server_env(f"two-servers-{uuid.uuid4().hex[:8]}")
    servers = [start(env), start(env)]
    try:
        (port_a, _a), (port_b, _b) = servers
        status, state, body = get(port_b, merzig.host, path)
        assert status == 200 and "Alte Überschrift" in body
        status, state, body = get(port_b, merzig.host, path)
        assert state == "HIT", "server B keeps the page in the shared cache"
        status, state, _body = get(port_a, merzig.host, path)
        assert state == "HIT", "server A reads the same shared cache"
        last_read = time.monotonic()

        # The change is published by a third process with server A's settings,
        # through Wagtail's own publishing (page_published -> core.cache).
        script = (
            "from wagtail.models import Page\n"
            f"page = Page.objects.get(pk={release.pk}).specific\n"
            "page.title = 'Neue Überschrift'\n"
            "page.save_revision().publish()\n"
        )
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", script],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=60,
        )
        # B's hits may use the versions they read up to a second ago
        time.sleep(max(0.0, last_read + 1.05 - time.monotonic()))
        status, state, body = get(port_b, merzig.host, path)
        assert status == 200
        assert "Neue Überschrift" in body and "Alte Überschrift" not in body
        assert state == "MISS"
    finally:
        for _port, process in servers:
            process.terminate()
            process.wait(timeout=20)


def searches_logged(query):
    from django.db.models import Sum

    from search.models import SearchLog

    return SearchLog.objects.filter(query=query).aggregate(n=Sum("searches"))["n"] or 0


def test_a_server_writes_its_searches_within_seconds_and_when_it_stops(committed):
    merzig, _release = committed
    env = server_env(f"two-servers-{uuid.uuid4().hex[:8]}")
    (port_a, a), (port_b, b) = start(env, log_seconds="0.5"), start(env, log_seconds="600")
    try:
        for port, query in ((port_a, "Überschrift"), (port_b, "Vorspann")):
            for _ in range(2):
                path = "/de/suche/?" + urlencode({"q": query})
                status, _state, _body = get(port, merzig.host, path)
                assert status == 200
        stop = time.monotonic() + 15
        while searches_logged("überschrift") < 2 and time.monotonic() < stop:
            time.sleep(0.1)
        assert searches_logged("überschrift") == 2, "A's timer writes within the window"
        assert searches_logged("vorspann") == 0, "B's window of ten minutes is still open"
        b.terminate()
        b.wait(timeout=20)
        assert searches_logged("vorspann") == 2, "B writes what it counted as it stops"
    finally:
        for process in (a, b):
            process.terminate()
            process.wait(timeout=20)
