"""Cached pages at the speed of static files: the front of the page cache.

:class:`FrontCacheMiddleware` sits right after ``SecurityMiddleware`` (and
whitenoise), before sessions, authentication, messages, CSRF, redirects and
the language machinery. For an anonymous GET or HEAD without a session or
messages cookie it looks up the page cache's own key (core/cache.py: the same
purge versions, the same canonical query string, core/cache_keys.py) and, on a
hit, answers at once with the page as it was last sent: its final headers
(``Vary``, ``Content-Language``, CSP, framing and the other security headers)
and its body, compressed once when it was stored (gzip, and brotli where that
is smaller).

It stores only what the page cache itself shared (``request._weltoffen_shared``)
and what carries nothing of the reader: no cookie but the language cookie, no
CSRF token, no session change, no message. The language cookie is the one
thing a hit adds per reader, exactly as ``LanguageMiddleware`` would: a reader
whose remembered language differs from the page's gets it, with the page
marked ``private`` (a response setting a cookie is never ``public``).
"""

import gzip
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from . import cache as page_cache
from . import cache_keys as keys
from .i18n import READER_VIEWS, remember_language
from .local import LocalEntries
from .malformed import problem

try:  # brotli is pinned; without it the front cache keeps to gzip
    import brotli
except ImportError:  # pragma: no cover
    brotli = None

# Bodies this small are sent as they are: compressing them saves nothing.
MIN_COMPRESS = 512
# Headers that belong to one response, not to the stored page.
NOT_STORED = frozenset(
    ("set-cookie", "cache-control", "content-length", "content-encoding", "date", "x-page-cache")
)


def accepted_encodings(request):
    """The encodings the reader accepts (q > 0), lower case."""
    accepted = set()
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, _, params = part.strip().partition(";")
        quality = params.strip()
        if quality.startswith("q="):
            try:
                if float(quality[2:]) <= 0:
                    continue
            except ValueError:
                continue
        if name:
            accepted.add(name.strip().lower())
    return accepted


def compress(content):
    """The encodings worth storing for `content`: {"gzip": …, "br": …}."""
    if len(content) < MIN_COMPRESS:
        return {}
    bodies = {"gzip": gzip.compress(content, compresslevel=6, mtime=0)}
    if brotli is not None:
        packed = brotli.compress(content, quality=9)
        if len(packed) < len(bodies["gzip"]):  # brotli where it pays
            bodies["br"] = packed
    return bodies


def choose(bodies, request):
    """The best stored encoding for this reader: brotli, gzip, or none."""
    accepted = accepted_encodings(request)
    for name in ("br", "gzip"):
        if name in bodies and name in accepted:
            return name
    return None


def _front_key(page_key):
    return f"{page_key}:front2"  # entries: see FrontCacheMiddleware._store


# The most read pages, kept in this process as well (core/local.py).
LOCAL = LocalEntries(getattr(settings, "FRONT_CACHE_LOCAL_ENTRIES", 500))


def _get(key):
    entry = LOCAL.get(key)
    if entry is None:
        entry = page_cache._cache().get(key)
        if entry is not None:
            _keep(key, entry)
    return entry


def _keep(key, entry):
    # entry[-1]: when it was stored, on whichever server
    LOCAL.put(key, entry, entry[-1] + page_cache._timeout())


def lookup_key(request):
    """The page cache's key for this request, or None if the front may not answer it."""
    if not page_cache.enabled() or not page_cache.shareable_request(request):
        return None
    if problem(request) is not None:  # malformed: the 400 is the inner middleware's
        return None
    try:
        keys.host_of(request)
    except DisallowedHost:
        return None
    keys.keep_read_parameters(request)
    site_id = page_cache.site_id_for(request)
    versions = page_cache.recent_versions(site_id)
    if not all(versions):
        # The shared cache does not answer (core/shared_cache.py): no purge
        # could reach a copy now, so every page is rendered, as it was before.
        return None
    shape = None
    if request.GET:
        shape = page_cache._cache().get(keys.shape_key(request, site_id, versions))
    return keys.entry_key(request, site_id, versions, keys.query_of(request, shape))


def send(request, status, headers, content, bodies):
    """A response with `content` in the best encoding the reader accepts
    (`headers` name ``Accept-Encoding`` in ``Vary`` already if there are `bodies`)."""
    encoding = choose(bodies, request)
    body = bodies[encoding] if encoding else content
    response = HttpResponse(b"" if request.method == "HEAD" else body, status=status)
    for name, value in headers:
        response[name] = value
    if encoding:
        response["Content-Encoding"] = encoding
    response["Content-Length"] = str(len(body))
    return response


class FrontCacheMiddleware:
    """Answers page-cache hits before the session machinery (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = lookup_key(request)
        if key is not None:
            stored = _get(_front_key(key))
            if stored is not None:
                return self._hit(request, stored)
        response = self.get_response(request)
        if key is not None and self._storable(request, response):
            return self._store(request, response)
        return response

    def _hit(self, request, stored):
        status, headers, content, bodies, language, reader_view, public, _stored_at = stored
        response = send(request, status, headers, content, bodies)
        response[page_cache.HEADER] = "HIT"
        if reader_view and language and remember_language(request, response, language):
            page_cache.private_headers(response)
        else:
            response["Cache-Control"] = public
        return response

    @staticmethod
    def _storable(request, response):
        if not getattr(request, "_weltoffen_shared", False):
            return False
        if response.get(page_cache.HEADER) not in ("MISS", "HIT"):
            return False  # not stored by the page cache (switched off, STALE)
        if response.status_code != 200 or response.streaming:
            return False
        if response.has_header("Content-Encoding"):
            return False
        if set(response.cookies) - {settings.LANGUAGE_COOKIE_NAME}:
            return False
        return not page_cache._personal(request)

    def _store(self, request, response):
        page_key = getattr(request, "_weltoffen_page_key", None)
        if page_key is None:
            return response
        match = getattr(request, "resolver_match", None)
        reader_view = bool(match is not None and match.url_name in READER_VIEWS)
        language = response.get("Content-Language", "")
        headers = [
            (name, value) for name, value in response.items() if name.lower() not in NOT_STORED
        ]
        content = response.content
        bodies = compress(content)
        if bodies:  # Vary and Cache-Control worked out once, not on every hit
            varied = HttpResponse()
            for name, value in headers:
                varied[name] = value
            patch_vary_headers(varied, ("Accept-Encoding",))
            headers = list(varied.items())
        public = HttpResponse()
        page_cache.public_headers(public)
        entry = (
            response.status_code,
            headers,
            content,
            bodies,
            language,
            reader_view,
            public["Cache-Control"],
            time.time(),
        )
        page_cache._cache().set(_front_key(page_key), entry, page_cache._timeout())
        _keep(_front_key(page_key), entry)
        # This reader gets the stored page too, so a miss and a hit look alike.
        sent = send(request, response.status_code, headers, content, bodies)
        for morsel in response.cookies.values():
            sent.cookies[morsel.key] = morsel
        sent[page_cache.HEADER] = response[page_cache.HEADER]
        sent["Cache-Control"] = response.get("Cache-Control", "")
        if not sent["Cache-Control"]:
            del sent["Cache-Control"]
        return sent
