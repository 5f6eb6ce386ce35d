"""Pieces of a page that are the same for every reader of a municipality and
language – the main menu, the footer links, breadcrumbs, a page's language
versions, the site root in each language – kept in the page cache's store and
purged with it.

A fragment's key holds the same two purge versions as the page cache's
entries (core/cache.py): publishing, unpublishing, moving or deleting a page
of the site, and any change to a site, its settings or a shared snippet, make
every fragment of that site unreachable at once, on every app server. A
fragment only ever holds what every anonymous reader of the site may see
(live, public pages); what differs per request (which item is the current
page) is worked out when the fragment is used, not stored with it.

Fragments are kept even when the page cache itself is switched off (tests,
``PAGE_CACHE_ENABLED=false``): rendering a page costs the same few queries
either way. ``FRAGMENT_CACHE_ENABLED=false`` switches them off.
"""

from django.conf import settings

from . import cache as page_cache
from . import cache_keys as keys

MISSING = object()


def enabled():
    return getattr(settings, "FRAGMENT_CACHE_ENABLED", True)


def _versions(request, site_id):
    """The site's purge versions, read once per request."""
    memo = getattr(request, "_weltoffen_fragment_versions", None)
    if memo is None or memo[0] != site_id:
        memo = (site_id, page_cache._versions(site_id))
        request._weltoffen_fragment_versions = memo
    return memo[1]


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
    key = f"{keys.KEY_PREFIX}:fragment:" + keys._digest(
        name, site_id, *parts, *_versions(request, site_id)
    )
    store = page_cache._cache()
    value = store.get(key, MISSING)
    if value is MISSING:
        value = build()
        store.set(key, value, page_cache._timeout())
    memo[local] = value
    return value
