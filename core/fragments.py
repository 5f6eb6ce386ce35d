"""What every reader of a municipality and language gets the same, kept with the page cache.

The main menu, the footer links, breadcrumbs, a page's language versions,
the site root in each language, the settings, the route to a page: kept in
the page cache's store and purged with it.

A fragment's key holds the same two purge versions as the page cache's
entries (core/cache.py): publishing, unpublishing, moving or deleting a page
of the site, and any change to a site, its settings or a shared snippet, make
every fragment of that site unreachable: at once on this app server, within
a second on the others (``core.cache.recent_versions``, as for the page
cache's hits). The fragments read most are kept in the process too. A
fragment only ever holds what every anonymous reader of the site may see
(live, public pages); what differs per request (which item is the current
page) is worked out when the fragment is used, not stored with it.

Fragments are kept even when the page cache itself is switched off (tests,
``PAGE_CACHE_ENABLED=false``): rendering a page costs the same few queries
either way. ``FRAGMENT_CACHE_ENABLED=false`` switches them off.
"""

import pickle
import time

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.http import Http404
from django.utils import translation

from . import cache as page_cache
from . import cache_keys as keys
from . import root_paths
from .local import LocalEntries

MISSING = object()


def enabled():
    return getattr(settings, "FRAGMENT_CACHE_ENABLED", True)


# The fragments read most, kept in this process as well (core/local.py), as
# pickles: every request unpickles its own copy, so no two requests (threads)
# ever share an object.
LOCAL = LocalEntries(
    getattr(settings, "FRAGMENT_LOCAL_ENTRIES", 2000),
    getattr(settings, "FRAGMENT_LOCAL_BYTES", 32 * 1024 * 1024),
)


def _versions(request, site_id):
    """The site's purge versions, read once per request (and by this process
    at most once a second, ``core.cache.recent_versions``)."""
    memo = getattr(request, "_weltoffen_fragment_versions", None)
    if memo is None or memo[0] != site_id:
        memo = (site_id, page_cache.recent_versions(site_id))
        request._weltoffen_fragment_versions = memo
    return memo[1]


def _shared(key, build):
    """`build()`'s value under `key`: from this process, the shared cache, or built."""
    kept = LOCAL.get(key)
    if kept is not None:
        return pickle.loads(kept)
    store = page_cache._cache()
    value = store.get(key, MISSING)
    if value is MISSING:
        value = build()
        store.set(key, value, page_cache._timeout())
    kept = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    LOCAL.put(key, kept, time.time() + page_cache._timeout(), len(kept))
    return value


def fragment(request, site_id, name, parts, build):
    """`build()`'s value for this site and `parts`, from the cache if it has it.

    The value must be picklable and the same for every anonymous reader of the
    site; `parts` names everything else it depends on (language, page)."""
    if request is None or site_id is None or not enabled():
        return build()
    memo = request.__dict__.setdefault("_weltoffen_fragments", {})
    local = (name, *parts)
    if local in memo:
        return memo[local]
    versions = _versions(request, site_id)
    key = f"{keys.KEY_PREFIX}:fragment:" + keys._digest(name, site_id, *parts, *versions)
    # Without versions the shared cache does not answer: nothing is kept, as
    # no purge could reach it.
    value = _shared(key, build) if all(versions) else build()
    memo[local] = value
    return value


def site_for(request):
    """Wagtail's site for the request (``Site.find_for_request``) with its root
    page, as a fragment: Wagtail asks the database on every request."""
    from wagtail.models import Site

    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    site_id = page_cache.site_id_for(request)

    def build():
        return Site.objects.select_related("root_page").filter(pk=site_id).first()

    site = fragment(request, site_id, "site", (), build) if site_id is not None else None
    if site is None:  # no site for the host, or it is gone: Wagtail decides
        return Site.find_for_request(request)
    request._wagtail_site = site
    return site


def _route(request, path):
    """Wagtail's route for `path`, remembered as (model, page id, path parts
    the page tree took): the next reader's request costs one query for the
    page instead of two for every level of the tree."""
    from django.apps import apps
    from wagtail.models import Page

    site = site_for(request)
    if site is None:
        return None
    parts = [part for part in path.split("/") if part]

    def build():
        root = site.root_page.localized.specific
        page = root.route(request, parts)[0]  # Http404: nothing is stored
        return (page._meta.label, page.pk, page.depth - root.depth)

    found = fragment(request, site.pk, "route", (translation.get_language(), *parts), build)
    label, pk, taken = found
    try:
        page = apps.get_model(label).objects.get(pk=pk)
    except (LookupError, ObjectDoesNotExist):
        return Page.route_for_request(request, path)
    # Found under this site's root: it is the page's site (core.pages.BasePage.get_site).
    page._weltoffen_site = site
    prime_locale(page, request)
    root_paths.prime(page)  # its full_url, asked for without the request
    return page.route(request, parts[taken:])


class KnownRoutesMiddleware:
    """Finds a page by the route a reader's earlier request took (see _route)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if enabled():
            root_paths.prime(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if not enabled() or match is None or match.url_name != "wagtail_serve":
            return None
        if hasattr(request, "_wagtail_route_for_request"):
            return None
        # Wagtail's serve pattern hands the path over as its one positional argument.
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        try:
            request._wagtail_route_for_request = _route(request, path)
        except Http404:
            request._wagtail_route_for_request = None
        return None


def locale_codes(request):
    """{locale id: language code} of the installation's few locales, a fragment."""
    from wagtail.models import Locale

    return fragment(
        request,
        page_cache.site_id_for(request),
        "locales",
        (),
        lambda: dict(Locale.objects.values_list("pk", "language_code")),
    )


def prime_locale(page, request):
    """Give `page` its locale from `locale_codes`, so that reading
    ``page.locale`` costs no query."""
    from wagtail.models import Locale

    if "locale" in page._state.fields_cache or request is None:
        return
    codes = locale_codes(request)
    if page.locale_id in codes:
        page._state.fields_cache["locale"] = Locale(
            pk=page.locale_id, language_code=codes[page.locale_id]
        )
