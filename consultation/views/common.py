"""What the public and the account views share: the municipality of the request
and the limit on submissions per hour."""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from home.feedback import client_address, submission_count

# Submissions per person (or address) and hour, per kind of form.
LIMITS = {"comment": 20, "statement": 3, "report": 10, "register": 5}


def limit_reached(request, scope):
    """Counts a submission; True once the person or their address is over the limit."""
    limit = getattr(settings, "CONSULTATION_RATE_LIMITS", LIMITS)[scope]
    keys = [f"consultation:{scope}:ip:{client_address(request)}"]
    if request.user.is_authenticated:
        keys.append(f"consultation:{scope}:user:{request.user.pk}")
    counts = [submission_count(key) for key in keys]  # each key counts, always
    return any(count > limit for count in counts)


RATE_LIMIT_MESSAGE = gettext_lazy(
    "Sie haben in kurzer Zeit sehr viele Beiträge gesendet. "
    "Bitte versuchen Sie es in einer Stunde noch einmal."
)


def current_site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site
