"""Mails queued before the layout change still go out after it.

django-tasks stores each queued task by its dotted path; the mail tasks moved
from weltoffen.tasks to core.tasks and home.tasks. The data migration
home.0004 points waiting tasks at the new paths, and the worker can then load
and run them.
"""

import importlib

import pytest
from django.apps import apps
from django.core import mail
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]

migration = importlib.import_module("home.migrations.0004_move_task_paths")


def queued(path, *args):
    return DBTaskResult.objects.create(
        task_path=path,
        args_kwargs={"args": list(args), "kwargs": {}},
        backend_name="default",
        run_after="2026-12-01T09:00:00+01:00",
    )


def test_waiting_mails_follow_their_task_to_its_new_module():
    old_mail = queued("weltoffen.tasks.send_mail_later", "Betreff", "Text", ["a@example.org"])
    old_feedback = queued("weltoffen.tasks.send_feedback_mail", 1)
    other = queued("search.tasks.something_else")

    migration.repoint(apps, None)

    old_mail.refresh_from_db()
    old_feedback.refresh_from_db()
    other.refresh_from_db()
    assert old_mail.task_path == "core.tasks.send_mail_later"
    assert old_feedback.task_path == "home.tasks.send_feedback_mail"
    assert other.task_path == "search.tasks.something_else"

    # The worker imports the task from its stored path and runs it.
    import_string(old_mail.task_path).call(*old_mail.args_kwargs["args"])
    assert [m.subject for m in mail.outbox] == ["Betreff"]


def test_the_migration_can_be_reversed():
    moved = queued("core.tasks.send_mail_later")
    migration.repoint_back(apps, None)
    moved.refresh_from_db()
    assert moved.task_path == "weltoffen.tasks.send_mail_later"
