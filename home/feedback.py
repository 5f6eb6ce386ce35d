"""The accessibility feedback channel: stored, e-mailed, rate-limited, spam-trapped."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.protection import rate_limited

from .forms import AccessibilityFeedbackForm
from .models.feedback import due_after
from .tasks import send_feedback_mail, send_feedback_receipt

SCOPE = "feedback"


def handle_feedback(page, request, serve, *args, **kwargs):
    form = AccessibilityFeedbackForm(scope=SCOPE)
    if request.method == "POST":
        form = AccessibilityFeedbackForm(request.POST, scope=SCOPE)
        if rate_limited(request, "feedback", settings.FEEDBACK_RATE_LIMIT):
            form.add_error(
                None,
                _(
                    "Sie haben in kurzer Zeit sehr viele Nachrichten gesendet. "
                    "Bitte versuchen Sie es in einer Stunde noch einmal."
                ),
            )
        elif form.is_valid():
            if not form.is_spam:
                feedback = form.save(commit=False)
                feedback.page = page
                feedback.save()
                # Sent in the background (core.tasks), once the report is stored.
                send_feedback_mail.enqueue(feedback.pk)
                if feedback.email:
                    send_feedback_receipt.enqueue(feedback.pk, translation.get_language())
                due = feedback.due_date
            else:
                due = due_after(timezone.now())
            messages.success(
                request,
                _(
                    "Vielen Dank! Ihre Nachricht ist bei uns angekommen. "
                    "Wir antworten bis spätestens %(due)s."
                )
                % {"due": date_format(due)},
            )
            return redirect(page.get_url(request) + "#feedback")
        # A new key for the next try, so that a corrected form is not taken
        # for the same one sent twice.
        form.fresh_token()
    request.feedback_form = form
    return serve(request, *args, **kwargs)
