"""Background work (django-tasks): e-mails leave the request; a deleted object's waiting tasks go.

The one mail task every app uses; apps with mails of their own define their
tasks next to their models (home.tasks).

In production the tasks go into the database (``django_tasks_db``) and
``manage.py run_worker`` runs them; in development and tests the immediate
backend runs them at once (see TASKS in the settings).
"""

from django.core.mail import send_mail
from django_tasks import task


@task()
def send_mail_later(subject, body, recipients):
    """A message already written in its reader's language (receipts,
    invitations, "the report is published"), sent outside the request."""
    return send_mail(subject, body, None, recipients)


# --- Wagtail's reference index in the database queue -------------------------------

REFERENCE_INDEX_TASK = "wagtail.tasks.update_reference_index_task"


def withdraw_reference_index_task(sender, instance, **kwargs):
    """A tracked object is deleted: its waiting reference-index task goes too.

    Wagtail queues ``update_reference_index_task`` with the model and primary
    key of every object it tracks, on every save, and the task looks the object
    up again when the worker runs it. Publishing a page rewrites its inline
    rows (a new translation's contacts and event contributors get new rows,
    the first ones are deleted in the same transaction), so the task of a row
    that no longer exists would fail with DoesNotExist: 72 failed tasks after
    ``load_demo``, and one per row for every translation an editor publishes.
    Wagtail already removes a deleted object's index entries itself
    (post_delete), and the rows that replace it have tasks of their own, so
    the waiting task has nothing left to do.
    """
    from wagtail.models import ReferenceIndex

    if type(instance) not in ReferenceIndex.tracked_models or instance.pk is None:
        return
    from django_tasks_db.backend import DatabaseBackend
    from wagtail.tasks import update_reference_index_task

    if not isinstance(update_reference_index_task.get_backend(), DatabaseBackend):
        return
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.ready().filter(
        task_path=REFERENCE_INDEX_TASK,
        args_kwargs__args=[instance._meta.app_label, instance._meta.model_name, str(instance.pk)],
    ).delete()


def connect():
    from django.db.models.signals import post_delete

    post_delete.connect(
        withdraw_reference_index_task, dispatch_uid="weltoffen-withdraw-reference-index-task"
    )
