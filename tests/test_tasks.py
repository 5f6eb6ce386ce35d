"""Background tasks: the feedback e-mail leaves the request (django-tasks)."""

import pytest
from django.core import mail
from django.test import override_settings

from core import protection
from home.models import AccessibilityFeedback, MunicipalitySettings
from tests.helpers import post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns"), pytest.mark.sqlite]

REPORT = {
    "message": "Der Kontrast der Links ist zu schwach.",
    "name": "",
    "email": "",
    "form_token": protection.issue_token("feedback"),
}
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.setattr(protection, "MIN_SECONDS", 0)


@pytest.fixture
def statement(merzig):
    config = MunicipalitySettings.for_site(merzig.site)
    config.feedback_email = "barrierefreiheit@merzig.example"
    config.save()
    return merzig


def test_in_tests_and_development_the_mail_goes_out_at_once(client, statement):
    response = post(client, statement, "/de/barrierefreiheit/", REPORT)
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["barrierefreiheit@merzig.example"]


def test_with_the_database_backend_the_worker_sends_the_mail(client, statement):
    from django_tasks_db.models import DBTaskResult

    with override_settings(TASKS=DATABASE_TASKS):
        response = post(client, statement, "/de/barrierefreiheit/", REPORT)
        assert response.status_code == 302
        assert AccessibilityFeedback.objects.count() == 1
        assert mail.outbox == []  # the request did not wait for the mail server
        # (Wagtail queues its own index updates on the same backend.)
        assert DBTaskResult.objects.filter(task_path="home.tasks.send_feedback_mail").exists()
        # What `manage.py db_worker` does with each queued task (the command
        # itself closes the database connection, which a test cannot allow).
        for queued in DBTaskResult.objects.filter(task_path="home.tasks.send_feedback_mail"):
            queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    assert len(mail.outbox) == 1
    assert "Der Kontrast der Links ist zu schwach." in mail.outbox[0].body
    assert mail.outbox[0].subject == "Rückmeldung zur Barrierefreiheit"


def test_the_worker_command_is_there():
    from django.core.management import get_commands

    assert get_commands()["db_worker"] == "django_tasks_db"


def test_a_report_deleted_before_the_worker_came_sends_nothing(statement):
    from home.tasks import send_feedback_mail

    result = send_feedback_mail.enqueue(987654)
    assert result.return_value == 0
    assert mail.outbox == []


def test_a_task_left_running_by_a_killed_worker_runs_again(statement):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    from core.management.commands.run_worker import requeue_interrupted
    from home.tasks import send_feedback_mail

    with override_settings(TASKS=DATABASE_TASKS):
        interrupted, busy = (
            DBTaskResult.objects.get(id=send_feedback_mail.enqueue(pk).id) for pk in (1, 2)
        )
    for result, started in ((interrupted, timedelta(hours=2)), (busy, timedelta(minutes=1))):
        result.claim("verstorbener-worker")
        DBTaskResult.objects.filter(pk=result.pk).update(started_at=timezone.now() - started)

    assert requeue_interrupted() == 1
    assert DBTaskResult.objects.ready().filter(pk=interrupted.pk).exists()
    # a task started a minute ago may still be running in another worker
    assert DBTaskResult.objects.running().filter(pk=busy.pk).exists()
