"""The municipality's background work: the accessibility feedback mail."""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .models import AccessibilityFeedback


@task()
def send_feedback_mail(feedback_id):
    """Tell the municipality about an accessibility report (staff read German)."""
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
