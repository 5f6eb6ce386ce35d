"""Background work (django-tasks): e-mails leave the request.

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
