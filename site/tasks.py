"""Background work (django-tasks): e-mails leave the request.

In production the tasks go into the database (``django_tasks_db``) and
``manage.py db_worker`` runs them; in development and tests the immediate
backend runs them at once (see TASKS in the settings).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task


@task()
def send_mail_later(subject, body, recipients):
    """A message already written in its reader's language (receipts,
    invitations, "the report is published"), sent outside the request."""
    return send_mail(subject, body, None, recipients)


@task()
def send_feedback_mail(feedback_id):
    """Tell the municipality about an accessibility report (staff read German)."""
    from home.models import AccessibilityFeedback

    feedback = AccessibilityFeedback.objects.filter(pk=feedback_id).first()
    if feedback is None:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        return send_mail(
            subject=_("Rückmeldung zur Barrierefreiheit"),
            message=_(
                "Nachricht:\n%(message)s\n\nSeite: %(url)s\nName: %(name)s\nE-Mail: %(email)s"
            )
            % {
                "message": feedback.message,
                "url": feedback.affected_url or "–",
                "name": feedback.name or "–",
                "email": feedback.email or "–",
            },
            from_email=None,
            recipient_list=[feedback.recipient],
        )
