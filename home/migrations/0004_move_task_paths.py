"""Waiting e-mails keep going out after the layout change.

django-tasks stores the dotted path of each queued task. The mail tasks moved
from ``weltoffen.tasks`` (site/tasks.py) to ``core.tasks`` and ``home.tasks``;
tasks queued before the upgrade are pointed at their new home here, so the
worker does not fail them.
"""

from django.db import migrations

MOVED = {
    "weltoffen.tasks.send_mail_later": "core.tasks.send_mail_later",
    "weltoffen.tasks.send_feedback_mail": "home.tasks.send_feedback_mail",
}


def repoint(apps, schema_editor, moves=MOVED):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in moves.items():
        DBTaskResult.objects.filter(task_path=old).update(task_path=new)


def repoint_back(apps, schema_editor):
    repoint(apps, schema_editor, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_municipality_languages"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(repoint, repoint_back)]
