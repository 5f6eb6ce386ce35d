"""When the database does not answer: the last good copy of a page, or a 503.

Django's ``handler500`` (site/urls.py) is this module's :func:`server_error`.
It is called while the exception is being handled, so it can tell a database
that cannot answer (``OperationalError``, ``InterfaceError``: a restart, a
dropped connection, a full connection table) from a bug:

* an anonymous reader asking for a page the page cache has seen gets its last
  good copy (``X-Page-Cache: STALE``), as Varnish's grace mode would serve it;
* everyone else gets a short German page with status 503 and ``Retry-After``,
  rendered without a database like ``500.html`` (the read-only API and
  clients asking only for JSON get the same message as JSON);
* the log gets one line at most every ``LOG_EVERY`` seconds instead of a
  traceback per request.

Any other error is Django's own 500 page, with its traceback in the log.
"""

import logging
import sys
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.views import defaults

from . import cache as page_cache

logger = logging.getLogger("weltoffen.database")
DATABASE_ERRORS = (OperationalError, InterfaceError)
LOG_EVERY = 10.0
JSON_PREFIXES = ("/api/",)

_lock = threading.Lock()
_log = {"at": None, "count": 0}


def _note(error, served):
    now = time.monotonic()
    with _lock:
        _log["count"] += 1
        if _log["at"] is not None and now - _log["at"] < LOG_EVERY:
            return
        count, _log["at"], _log["count"] = _log["count"], now, 0
    logger.warning(
        "Datenbank antwortet nicht (%s: %s); %s, %d Anfragen seit der letzten Meldung.",
        type(error).__name__,
        str(error).strip().splitlines()[0] if str(error).strip() else "",
        served,
        count,
    )


def _wants_json(request):
    """The read-only API and clients asking for JSON get no HTML page."""
    accept = request.headers.get("Accept", "")
    return request.path.startswith(JSON_PREFIXES) or (
        "application/json" in accept and "text/html" not in accept
    )


def unavailable_response(request):
    """The German 503 page (or JSON message) with Retry-After."""
    seconds = getattr(settings, "RETRY_AFTER_SECONDS", 30)
    if _wants_json(request):
        message = (
            "Der Dienst ist vorübergehend nicht erreichbar. "
            f"Bitte in {seconds} Sekunden erneut versuchen."
        )
        response = JsonResponse({"message": message}, status=503)
    else:
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, template_name="500.html"):
    error = sys.exc_info()[1]
    if not isinstance(error, DATABASE_ERRORS):
        return defaults.server_error(request, template_name=template_name)
    try:
        response = page_cache.stale_copy(request)
    except Exception:  # the cache is no help either
        response = None
    _note(error, "letzte gute Fassung" if response is not None else "503")
    if response is None:
        response = unavailable_response(request)
    # Logged above, once: Django's request logger need not add a traceback.
    response._has_been_logged = True
    return response
