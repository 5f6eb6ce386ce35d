"""What the public and the account views share: the municipality of the request
and the limit on submissions per hour."""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from core.protection import rate_limited

# Submissions per person (or address) and hour, per kind of form.
LIMITS = {"comment": 20, "statement": 3, "report": 10, "register": 5}


def limit_reached(request, scope):
    """Counts a submission; True once the person or their address is over the
    limit of this kind of form (the one rate limiter, core/protection.py)."""
    limit = getattr(settings, "CONSULTATION_RATE_LIMITS", LIMITS)[scope]
    return rate_limited(request, f"consultation-{scope}", limit)


RATE_LIMIT_MESSAGE = gettext_lazy(
    "Sie haben in kurzer Zeit sehr viele Beiträge gesendet. "
    "Bitte versuchen Sie es in einer Stunde noch einmal."
)


def current_site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site
