"""A database that restarts or stops costs readers no traceback and the task
worker no restart.

Against a throwaway PostgreSQL cluster (tests/servers.py), started, stopped and
restarted by the test itself: readers get the last good copy of a page or a
German 503 with Retry-After (probe: tests/database_outage_site.py, run in a
process of its own), and `manage.py run_worker` carries on after the restart.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.servers import POSTGRES_BINARIES, Postgres

# Starts a PostgreSQL cluster of its own, whatever the suite's database is, so
# make test runs it once, in the SQLite pass.
pytestmark = [
    pytest.mark.once,
    pytest.mark.skipif(not POSTGRES_BINARIES, reason="no PostgreSQL binaries"),
]

ROOT = Path(__file__).resolve().parent.parent
DATABASE = "weltoffen_resil_outage"


def manage(*args, env, **kwargs):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, timeout=180, **kwargs
    )


@pytest.fixture(scope="module")
def cluster():
    server = Postgres()
    try:
        server.init()
        server.create_database(DATABASE)
        env = probe_env(server)
        manage("migrate", "--run-syncdb", "-v0", env=env, check=True, capture_output=True)
        yield server
    finally:
        server.remove()


def probe_env(server):
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="tests.outage_settings",
        DATABASE_URL=server.url(DATABASE),
    )


def production_env(server):
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="weltoffen.settings.production",
        SECRET_KEY="outage-test-only",
        ALLOWED_HOSTS="localhost",
        DATABASE_URL=server.url(DATABASE),
        REDIS_URL="",
        WELTOFFEN_DEMO="",
        LOG_LEVEL="INFO",
    )


def test_readers_get_the_last_good_copy_or_a_german_503(cluster):
    probe = subprocess.run(
        [sys.executable, "-m", "tests.database_outage_site", str(cluster.dir), str(cluster.port)],
        cwd=ROOT,
        env=probe_env(cluster),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert probe.returncode == 0, probe.stderr[-3000:]
    result = json.loads(probe.stdout.strip().splitlines()[-1])

    # the database is stopped: pages the cache has seen come as they were
    for answer in result["stale"].values():
        assert (answer["status"], answer["cache"]) == (200, "STALE")
    assert result["same_content"]
    # a page it has not seen, and any reader with a session: a German 503
    for answer in (result["uncached"], result["with_session"]):
        assert answer["status"] == 503
        assert answer["retry_after"] == "30"
        assert "Vorübergehend nicht erreichbar" in answer["text"]
        assert '<html lang="de"' in answer["text"]
        assert "Traceback" not in answer["text"]
    # the read-only API answers in its own language: JSON
    api = result["api"]
    assert (api["status"], api["type"], api["retry_after"]) == (503, "application/json", "30")
    assert "nicht erreichbar" in json.loads(api["text"])["message"]
    # started again: everything answers without anyone doing anything
    assert set(result["after_start"].values()) == {200}

    # while it restarts, pages in the cache keep coming; others may be a 503, never a 500
    statuses = result["restart_statuses"]
    not_ok = [status for _path, status in statuses if status != 200]
    print(
        f"\nDatabase restart: {len(statuses)} requests, {len(not_ok)} not 2xx "
        f"({sorted(set(not_ok))}), all of them for pages not in the cache"
    )
    assert {s for p, s in statuses if p in result["cached_paths"]} == {200}
    assert set(not_ok) <= {503}
    # no traceback in the log: one line now and then instead
    assert not any(entry["traceback"] for entry in result["log"]), result["log"]
    assert {entry["name"] for entry in result["log"]} <= {"weltoffen.database"}


def task_status(cluster, task_id):
    import psycopg

    with psycopg.connect(cluster.url(DATABASE), connect_timeout=2) as conn:
        row = conn.execute(
            "SELECT status FROM django_tasks_database_dbtaskresult WHERE id = %s", (task_id,)
        ).fetchone()
    return row[0] if row else None


def enqueue(cluster):
    code = (
        "from core.tasks import send_mail_later;"
        "print(send_mail_later.enqueue('Eingang', 'Danke.', ['leser@example.org']).id)"
    )
    done = manage(
        "shell", "-c", code, env=production_env(cluster), capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def wait_for(condition, seconds):
    for _ in range(int(seconds / 0.1)):
        if condition():
            return True
        time.sleep(0.1)
    return False


LOST, BACK = "Datenbank nicht erreichbar", "Datenbank wieder erreichbar"


def test_the_worker_carries_on_after_the_database_restarts(cluster, tmp_path):
    log = tmp_path / "worker.log"
    with open(log, "w") as out:
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "run_worker", "--interval", "0.1"]
            + ["--no-startup-delay"],
            cwd=ROOT,
            env=production_env(cluster),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        first = enqueue(cluster)
        assert wait_for(lambda: task_status(cluster, first) == "SUCCESSFUL", 60), log.read_text()

        # a fast restart while the worker polls ten times a second
        cluster.restart()
        after_restart = enqueue(cluster)
        assert wait_for(lambda: task_status(cluster, after_restart) == "SUCCESSFUL", 60), (
            log.read_text()
        )

        # a stop the worker certainly notices, then a start
        lost, back = (log.read_text().count(w) for w in (LOST, BACK))
        cluster.stop()
        assert wait_for(lambda: log.read_text().count(LOST) > lost, 30), log.read_text()
        cluster.start()
        started = time.monotonic()
        resumed = wait_for(lambda: log.read_text().count(BACK) > back, 30)
        print(
            f"\nWorker: {log.read_text().count(LOST)} database failures survived; resumed "
            f"{time.monotonic() - started:.1f} s after the database was up again"
        )
        assert resumed, log.read_text()
        after_stop = enqueue(cluster)
        assert wait_for(lambda: task_status(cluster, after_stop) == "SUCCESSFUL", 60), (
            log.read_text()
        )
        assert worker.poll() is None, "the worker ended"
    finally:
        worker.terminate()
        worker.wait(timeout=30)
