"""The accessibility feedback channel: stored, e-mailed, rate-limited, spam-trapped."""

from django.contrib import messages
from django.core.cache import cache
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .forms import AccessibilityFeedbackForm


def client_address(request):
    return request.META.get("REMOTE_ADDR", "unknown")


def submission_count(key, window=3600):
    """Counts one submission under `key`; the number within `window` seconds."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def rate_limited(request, scope, limit, window=3600):
    """True once a client has sent `limit` submissions within `window` seconds."""
    return submission_count(f"ratelimit:{scope}:{client_address(request)}", window) > limit


def handle_feedback(page, request, serve, *args, **kwargs):
    from django.conf import settings

    form = AccessibilityFeedbackForm()
    if request.method == "POST":
        form = AccessibilityFeedbackForm(request.POST)
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
                # Sent in the background (weltoffen.tasks), once the report is stored.
                from weltoffen.tasks import send_feedback_mail

                send_feedback_mail.enqueue(feedback.pk)
            messages.success(
                request,
                _(
                    "Vielen Dank! Ihre Nachricht ist bei uns angekommen. "
                    "Wir antworten innerhalb eines Monats."
                ),
            )
            return redirect(page.get_url(request) + "#feedback")
    request.feedback_form = form
    return serve(request, *args, **kwargs)
