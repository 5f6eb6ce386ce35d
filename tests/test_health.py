"""The health endpoint a load balancer asks (core/health.py): ok, degraded, down,
never cached, and nothing in it that helps an attacker."""

import ast
import datetime
import json
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

# What a failing connection says in real life: host, port, user. None of it
# may reach the answer.
SECRET_ERROR = 'connection to server at "db-intern.kommune.example" (10.1.2.3), port 5432 failed'


def ask(client, **headers):
    response = client.get("/health/", **headers)
    return response, json.loads(response.content)


def queued_mail(**fields):
    """A mail task in the database queue, as django-tasks-db stores it."""
    return DBTaskResult.objects.create(
        task_path="core.tasks.send_mail_later",
        args_kwargs={"args": ["Betreff", "Text", ["a@example.org"]], "kwargs": {}},
        backend_name="default",
        run_after=fields.pop("run_after", get_date_max()),
        **fields,
    )


def test_healthy_installation_answers_ok_and_is_never_cached(client):
    response, body = ask(client)
    assert response.status_code == 200
    assert body == {"status": "ok", "database": "ok", "cache": "ok", "tasks": "ok"}
    control = response["Cache-Control"]
    assert "no-store" in control and "public" not in control
    assert "X-Page-Cache" not in response
    with override_settings(PAGE_CACHE_ENABLED=True):
        again = client.get("/health/")
    assert "X-Page-Cache" not in again and "no-store" in again["Cache-Control"]


def test_an_old_waiting_task_makes_it_degraded_but_still_serving(client):
    queued_mail()
    # A mail scheduled for tomorrow does not wait yet, however long ago it was queued.
    queued_mail(run_after=timezone.now() + datetime.timedelta(days=1))
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(hours=1))
    DBTaskResult.objects.filter(run_after=get_date_max()).update(enqueued_at=timezone.now())
    response, body = ask(client)
    assert body["tasks"] == "ok"  # just enqueued: the worker has time

    DBTaskResult.objects.filter(run_after=get_date_max()).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=6)
    )
    response, body = ask(client)
    assert response.status_code == 200
    assert body == {"status": "degraded", "database": "ok", "cache": "ok", "tasks": "delayed"}

    DBTaskResult.objects.update(status="SUCCESSFUL")  # the worker caught up
    assert ask(client)[1]["status"] == "ok"


def test_unreachable_cache_is_degraded_not_down(client):
    with mock.patch(
        "django.core.cache.backends.locmem.LocMemCache.get", side_effect=ConnectionError("x")
    ):
        response, body = ask(client)
    assert response.status_code == 200
    assert body["status"] == "degraded" and body["cache"] == "down"
    assert body["database"] == "ok"


def test_unreachable_database_is_down_without_details(client):
    def refuse(self, *args, **kwargs):
        raise OperationalError(SECRET_ERROR)

    # Every way to a database cursor fails, as when the server is gone.
    with (
        mock.patch.object(BaseDatabaseWrapper, "cursor", refuse),
        mock.patch.object(BaseDatabaseWrapper, "ensure_connection", refuse),
    ):
        response, body = ask(client)
    assert response.status_code == 503
    assert body == {"status": "down", "database": "down", "cache": "ok", "tasks": "unknown"}
    text = response.content.decode()
    for detail in ("db-intern", "10.1.2.3", "5432", "connection", "Unavailable", "alias"):
        assert detail not in text


def test_plain_http_probe_is_not_sent_to_https(client):
    """Load balancers probe inside the network over HTTP; production settings
    send everything else to HTTPS."""
    # Read, not imported: importing production.py would change the settings
    # lists it shares with the test settings.
    source = Path(settings.PROJECT_DIR, "settings", "production.py").read_text()
    exempt = next(
        ast.literal_eval(node.value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "SECURE_REDIRECT_EXEMPT"
    )
    with override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=exempt):
        assert client.get("/health/").status_code == 200
        assert client.get("/robots.txt").status_code == 301
