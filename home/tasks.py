"""The municipality's background work: the accessibility feedback mails."""

from django.conf import settings
from django.core.mail import send_mail
from django.utils import translation
from django.utils.formats import date_format
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
            }
            + "\n\n"
            + _("Antwort fällig bis: %(due)s") % {"due": date_format(feedback.due_date)},
            from_email=None,
            recipient_list=[feedback.recipient],
        )


@task()
def send_feedback_receipt(feedback_id, language):
    """The sender's receipt, in the language they wrote in, with the deadline."""
    feedback = AccessibilityFeedback.objects.filter(pk=feedback_id).first()
    if feedback is None or not feedback.email:
        return 0
    with translation.override(language):
        return send_mail(
            subject=_("Ihre Rückmeldung zur Barrierefreiheit ist angekommen"),
            message=_(
                "Vielen Dank für Ihre Nachricht. Wir antworten Ihnen bis spätestens "
                "%(due)s.\n\nIhre Nachricht:\n%(message)s"
            )
            % {"due": date_format(feedback.due_date), "message": feedback.message},
            from_email=None,
            recipient_list=[feedback.email],
        )


@task()
def send_feedback_reminder(feedback_id):
    """Remind the responsible group a week before a report's answer is due."""
    from .inbox import responsible_addresses

    feedback = AccessibilityFeedback.objects.filter(pk=feedback_id).first()
    if feedback is None or feedback.status == AccessibilityFeedback.Status.ANSWERED:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        return send_mail(
            subject=_("Erinnerung: Rückmeldung zur Barrierefreiheit bis %(due)s beantworten")
            % {"due": date_format(feedback.due_date)},
            message=_(
                "Eine Rückmeldung zur Barrierefreiheit vom %(received)s ist noch nicht "
                "beantwortet. Die Antwortfrist endet am %(due)s.\n\nNachricht:\n%(message)s"
            )
            % {
                "received": date_format(feedback.created_at.date()),
                "due": date_format(feedback.due_date),
                "message": feedback.message,
            },
            from_email=None,
            recipient_list=responsible_addresses(feedback),
        )
