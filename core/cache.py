"""The page cache for anonymous readers and the Cache-Control policy.

Two middlewares, two jobs:

* :class:`PageCacheMiddleware` sits innermost (just inside
  ``home.languages.routing.LanguageMiddleware``) and keeps the rendered bytes of anonymous
  reader pages (every address under a language prefix) in Django's cache –
  Redis in production, local memory otherwise. It stores what the view
  produced *before* the outer middlewares add cookies, so a stored entry never
  carries ``Set-Cookie``; the language cookie, CSP and framing headers are
  added again on every hit by the middlewares outside it.
* :class:`CacheControlMiddleware` sits outermost and decides, on the final
  response, what a CDN or browser may do: ``public, max-age, s-maxage`` only
  for a page the page cache would share; ``private, no-store`` for logged-in
  readers, forms (a CSRF token was rendered), the admin and previews; and
  never ``public`` on a response that sets a cookie.

Nothing is ever shared that a request with a session or messages cookie asked
for, that rendered a CSRF token, touched the session, or showed a message.

Purging: every entry's key holds two version numbers kept in the same cache,
one for all sites and one for the host's site. Publishing, unpublishing,
moving or deleting a page (translations too) bumps its site's number; a
change to a shared snippet, an image, a document, a site or its settings bumps
the global one. Old entries are never read again and expire. The numbers live
in the shared cache, so a purge on one app server holds for all of them;
each process reads them at most once a second (``recent_versions``).
"""

import contextlib
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection, transaction
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control

from . import cache_keys as keys
from . import local
from .middleware import is_admin_request

KEY_PREFIX = keys.KEY_PREFIX
HEADER = "X-Page-Cache"
# A session (logged in, consultation account, page password) or a pending
# message (django.contrib.messages' cookie storage has a fixed name) means
# "this reader may see something personal".
MESSAGES_COOKIE = "messages"
# Reader addresses that are never shared whatever they render: forms and
# accounts of the consultation; the search, whose query strings are endless
# and whose every request is counted for the editors' zero-hit report (its
# page texts are cached by the search itself).
EXCLUDED_SEGMENTS = ("/beteiligung/", "/suche/")  # PAGE_CACHE_EXCLUDED_SEGMENTS overrides


def _setting(name, default):
    return getattr(settings, name, default)


def enabled():
    return _setting("PAGE_CACHE_ENABLED", True)


def _cache():
    return caches[_setting("PAGE_CACHE_ALIAS", "default")]


# --- Versions (purging) ----------------------------------------------------------


def _version_key(scope):
    return f"{KEY_PREFIX}:v:{scope}"


def bump(scope="all"):
    """Make every entry of `scope` (a site id or "all") unreachable; inside a
    transaction (Wagtail publishes in one) once more after the commit, as a
    reader may render the old rows until then and keep them under the new version."""
    _bump(scope)
    if connection.in_atomic_block:
        transaction.on_commit(lambda: _bump(scope))


def _bump(scope):
    cache = _cache()
    key = _version_key(scope)
    # A fresh, unique number (not incr): works the same on every backend and
    # cannot fall back to a number that was used before an eviction.
    cache.set(key, time.time_ns(), None)
    _RECENT.clear()
    _BUMPS[0] += 1


def bump_site(site_id):
    bump(site_id if site_id is not None else "all")


def _versions(site_id):
    keys = [_version_key("all"), _version_key(site_id)]
    found = _cache().get_many(keys)
    for key in keys:
        if key not in found:
            # Never yet set, or evicted (Redis with allkeys-lru): a fresh
            # number, so that no entry stored under an older one comes back.
            fresh = time.time_ns()
            found[key] = fresh if _cache().add(key, fresh, None) else _cache().get(key, 0)
    return found[keys[0]], found[keys[1]]


_RECENT = {}  # site id -> (read until, versions), for hits and fragments
_BUMPS = [0]  # purges sent by this process: versions read before one are not kept


def recent_versions(site_id):
    """The versions as this process read them at most PAGE_CACHE_VERSIONS_SECONDS
    ago (a purge here forgets them at once; one on another server reaches
    this one's hits within that time). Saves a hit its one round trip."""
    seconds = _setting("PAGE_CACHE_VERSIONS_SECONDS", 1.0)
    now = time.monotonic()
    found = _RECENT.get(site_id)
    if found is not None and found[0] > now:
        return found[1]
    bumps = _BUMPS[0]
    versions = _versions(site_id)
    if seconds > 0 and all(versions) and bumps == _BUMPS[0]:
        _RECENT[site_id] = (now + seconds, versions)
    return versions


# --- Which site a host belongs to, without a database query on a hit ---------------

_HOSTS = {}
_HOSTS_TTL = 60


def site_id_for(request):
    host = keys.host_of(request)
    now = time.monotonic()
    cached = _HOSTS.get(host)
    if cached is not None and cached[1] > now:
        return cached[0]
    from wagtail.models import Site

    site = Site.find_for_request(request)
    site_id = site.pk if site is not None else None
    _HOSTS[host] = (site_id, now + _HOSTS_TTL)
    return site_id


def forget_hosts():
    """Forget what this process keeps (tests, outages)."""
    _HOSTS.clear()
    _RECENT.clear()
    _BUMPS[0] += 1
    local.clear_all()


# --- What may be shared ----------------------------------------------------------


def is_reader_path(path):
    code = translation.get_language_from_path(path)
    if not code:
        return False
    excluded = _setting("PAGE_CACHE_EXCLUDED_SEGMENTS", EXCLUDED_SEGMENTS)
    return not any(segment in path for segment in excluded)


def shareable_request(request):
    """A request whose answer may come from (and go into) the shared cache."""
    if request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return False  # Wagtail previews render drafts under the public address
    cookies = request.COOKIES
    if cookies and (settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies):
        return False
    return is_reader_path(request.path_info)


def _personal(request, check_user=False):
    """Did rendering produce something for this reader only? (`check_user`:
    or is someone logged in; the page cache takes no session cookie anyway.)"""
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return True  # a form with a CSRF token
    session = getattr(request, "session", None)
    if session is not None and getattr(session, "modified", False):
        return True
    storage = getattr(request, "_messages", None)
    if storage is not None and (getattr(storage, "used", False) or storage.added_new):
        return True
    user = getattr(request, "user", None) if check_user else None
    return bool(user is not None and getattr(user, "is_authenticated", False))


def shareable_response(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    return response.get("Vary", "").strip() != "*" and not _personal(request)


def stale_copy(request):
    """The last good copy of this reader page for an anonymous reader, or None."""
    if not (enabled() and shareable_request(request)):
        return None
    keys.keep_read_parameters(request)
    stored = _cache().get(keys.stale_key(request.get_host(), request.path, keys.query_of(request)))
    if stored is None:
        return None
    response = PageCacheMiddleware._rebuild(stored)
    response[HEADER] = "STALE"
    return response


def forget_stale(sender=None, instance=None, **kwargs):
    """An unpublished or deleted page's last good copy goes too (not the listings')."""
    page = instance if instance is not None else kwargs.get("page")
    try:
        parts = page.get_url_parts() if page is not None else None
    except Exception:  # a page outside every site
        parts = None
    if parts:
        _site_id, root_url, path = parts
        host = root_url.split("://", 1)[-1]
        _cache().delete(keys.stale_key(host, path))


def public_headers(response):
    """Cache-Control for a page a CDN may share."""
    if "Cache-Control" in response:
        del response["Cache-Control"]
    patch_cache_control(
        response,
        public=True,
        max_age=_setting("PAGE_CACHE_MAX_AGE", 60),
        s_maxage=_setting("PAGE_CACHE_S_MAXAGE", 300),
    )


def private_headers(response):
    del response["Cache-Control"]  # nothing happens if it is not there
    add_never_cache_headers(response)  # no-cache, no-store, must-revalidate, private


class PageCacheMiddleware:
    """Serves and stores anonymous reader pages (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not shareable_request(request):
            return self.get_response(request)
        keys.keep_read_parameters(request)
        use_store, key = enabled(), None
        if use_store:
            # The versions are read before rendering: a page rendered while a
            # purge happens is stored under the old versions and never read.
            site_id = site_id_for(request)
            versions = _versions(site_id)
            shape = None
            if request.GET:  # which of them does the page at this address read?
                shape = _cache().get(keys.shape_key(request, site_id, versions))
            key = keys.entry_key(request, site_id, versions, keys.query_of(request, shape))
            stored = _cache().get(key)
            if stored is not None:
                request._weltoffen_page_key = key  # for the front (core/front_cache.py)
                return self._hit(request, stored)
        response = self.get_response(request)
        if response.get(HEADER) == "STALE":  # the database failed (core/unavailable.py)
            return response
        if request.method == "GET" and shareable_response(request, response):
            request._weltoffen_shared = True
            if use_store:
                self._store(request, response, site_id, versions, key)
        return response

    def _hit(self, request, stored):
        response = self._rebuild(stored)
        response[HEADER] = "HIT"
        request._weltoffen_shared = True
        if stored[3] and hasattr(request, "session"):
            # Rendering read the session (Vary: Cookie); so does the hit.
            request.session.accessed = True
        # The middlewares outside (the language cookie) look at which
        # view answered; resolving is a regular expression, no query.
        with contextlib.suppress(Resolver404):
            request.resolver_match = resolve(request.path_info, getattr(request, "urlconf", None))
        return response

    def _store(self, request, response, site_id, versions, key):
        read = getattr(request, "_weltoffen_page_parameters", None)  # core/wagtail_hooks.py
        query = keys.query_of(request)
        if read is not None and request.GET:
            query = keys.query_of(request, read)
            key = keys.entry_key(request, site_id, versions, query)
            shape = tuple(sorted(read))
            _cache().set(keys.shape_key(request, site_id, versions), shape, _timeout())
        frozen = self._freeze(request, response)
        _cache().set(key, frozen, _timeout())
        request._weltoffen_page_key = key
        stale = keys.stale_key(request.get_host(), request.path, query)
        _cache().set(stale, frozen, _setting("PAGE_CACHE_STALE_TIMEOUT", 86400))
        response[HEADER] = "MISS"

    @staticmethod
    def _freeze(request, response):
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in ("set-cookie", "cache-control", HEADER.lower())
        ]
        session = getattr(request, "session", None)
        accessed = bool(getattr(session, "accessed", False))
        return (response.status_code, headers, response.content, accessed)

    @staticmethod
    def _rebuild(stored):
        status, headers, content = stored[:3]
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response


def _timeout():
    return _setting("PAGE_CACHE_TIMEOUT", 600)


class CacheControlMiddleware:
    """The final word on Cache-Control (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_weltoffen_shared", False) and not response.cookies:
            public_headers(response)
        elif getattr(request, "_weltoffen_shared", False) or _must_not_share(request, response):
            private_headers(response)
        return response


def _must_not_share(request, response):
    if response.cookies or is_admin_request(request) or _personal(request, check_user=True):
        return True
    control = response.get("Cache-Control", "")
    if not control:
        # Anything else dynamic without its own policy (search for a logged-in
        # reader, redirects, 404s, documents) is not for shared caches.
        return response.status_code < 500 and not response.streaming
    return False


# --- Purging on change (connected in each app's AppConfig.ready) ------------------


def _site_of(page):
    try:
        site = page.get_site()
    except Exception:  # a page outside every site, or a half-deleted tree
        site = None
    return site.pk if site is not None else None


def purge_page(sender=None, instance=None, **kwargs):
    """A page changed what readers see: its municipality's pages go stale."""
    page = instance if instance is not None else kwargs.get("page")
    if page is None:
        bump("all")
        return
    bump_site(_site_of(page))


def purge_moved(sender=None, instance=None, parent_page_before=None, parent_page_after=None, **kw):
    for parent in (parent_page_before, parent_page_after):
        if parent is not None:
            bump_site(_site_of(parent))
    if instance is not None:
        bump_site(_site_of(instance))


def purge_all(sender=None, instance=None, update_fields=None, **kwargs):
    # Image and document models save their file size and hash lazily while a
    # page renders; that changes nothing a reader sees.
    if update_fields and set(update_fields) <= {"file_size", "file_hash"}:
        return
    bump("all")


def purge_sites(sender=None, **kwargs):
    forget_hosts()
    bump("all")


def purge_site_settings(sender=None, instance=None, **kwargs):
    bump_site(getattr(instance, "site_id", None))


def purge_all_on_change(*models):
    """Any change to one of these models (snippets readers see on many pages)
    makes every site's pages stale. Each app names its own models."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        uid = f"weltoffen-page-cache-{model._meta.label_lower}"
        post_save.connect(purge_all, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(purge_all, sender=model, dispatch_uid=f"{uid}-delete")


def purge_site_on_change(model):
    """A change to a per-site setting makes that site's pages stale."""
    from django.db.models.signals import post_save

    uid = f"weltoffen-page-cache-{model._meta.label_lower}"
    post_save.connect(purge_site_settings, sender=model, dispatch_uid=uid)


def connect():
    """The purges every installation needs: pages, images, documents, sites."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    uid = "weltoffen-page-cache"
    page_published.connect(purge_page, dispatch_uid=f"{uid}-published")
    page_unpublished.connect(purge_page, dispatch_uid=f"{uid}-unpublished")
    page_unpublished.connect(forget_stale, dispatch_uid=f"{uid}-unpublished-stale")
    post_page_move.connect(purge_moved, dispatch_uid=f"{uid}-moved")

    def purge_deleted_page(sender, instance, **kwargs):
        if isinstance(instance, Page) and type(instance) is Page:
            purge_page(instance=instance)
            forget_stale(instance=instance)

    # Deleting a specific page deletes its base Page row too: one bump is enough.
    post_delete.connect(purge_deleted_page, sender=Page, dispatch_uid=f"{uid}-deleted", weak=False)
    purge_all_on_change(get_image_model(), get_document_model(), PageViewRestriction)
    post_save.connect(purge_sites, sender=Site, dispatch_uid=f"{uid}-site-save")
    post_delete.connect(purge_sites, sender=Site, dispatch_uid=f"{uid}-site-del")
