"""Addresses no person can type are answered with 400 before any view sees them.

A NUL byte or another control character has no place in a path or a query
parameter. Left to the views,
such input ends in the database, where PostgreSQL refuses NUL characters with
an error (a 500 page), or in the search. :class:`RefuseMalformedRequestsMiddleware`
answers it at once: JSON under ``/api/``, the German page ``400.html``
elsewhere. POST bodies are left to the forms, which refuse control characters
field by field with a message next to the field (core/protection.py).
"""

from urllib.parse import unquote_to_bytes

from django.http import HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .protection import CONTROL_CHARACTERS

# The same characters the reader forms refuse (core/protection.py), as bytes:
# line breaks and tabs may appear in a form sent by GET; everything else below
# the space, and DEL, may not.
FORBIDDEN = frozenset(ord(ch) for ch in CONTROL_CHARACTERS)
API_PREFIX = "/api/"


def problem(request):
    """What is wrong with the address, or None."""
    path = request.path_info
    if any(ord(ch) in FORBIDDEN for ch in path):
        return "path"
    query = request.META.get("QUERY_STRING", "")
    # The raw bytes, so that a control character cannot hide in an invalid
    # percent sequence that Django would turn into a replacement character.
    raw = unquote_to_bytes(query.replace("+", " "))
    if any(byte in FORBIDDEN for byte in raw):
        return "query"
    return None


API_MESSAGES = {
    "path": "the path must not contain control characters",
    "query": "query parameters must not contain control characters",
}


def bad_request(request, reason):
    if request.path_info.startswith(API_PREFIX):
        return JsonResponse({"message": API_MESSAGES[reason]}, status=400)
    message = _(
        "Die Adresse enthält Steuerzeichen, die in einer Internetadresse nicht "
        "vorkommen dürfen. Bitte prüfen Sie die Adresse oder kopieren Sie den Link "
        "noch einmal."
    )
    # Rendered without the request: nothing of the malformed address reaches
    # the template, the database or the navigation.
    return HttpResponseBadRequest(render_to_string("400.html", {"message": message}))


class RefuseMalformedRequestsMiddleware:
    """400 for control characters in path or query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        reason = problem(request)
        if reason is not None:
            return bad_request(request, reason)
        return self.get_response(request)
