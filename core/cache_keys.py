"""Which requests share a page-cache entry: the address, and of its query
string only the parameters the page reads.

Each page type names the GET parameters it reads (``reader_parameters``, a
class attribute: the press index reads ``jahr``, ``handlungsfeld`` and
``seite``, the event index ``seite``, every other page none). For a request
the page cache may share, :func:`keep_read_parameters` drops every parameter
no page type reads *before* the page is rendered, so ``?x=123`` or a tracking
parameter renders, and is stored as, the plain page. Once a page has been
rendered, its address remembers which parameters that page reads (the
"shape", under the same purge versions as the entries), so ``?seite=2`` on a
page without paging is a hit of the plain page too and creates no entry.
"""

import hashlib
from functools import lru_cache

from django.http import QueryDict

KEY_PREFIX = "pagecache"


@lru_cache(maxsize=1)
def read_anywhere():
    """The parameters some page type reads."""
    from wagtail.models import get_page_models

    names = set()
    for model in get_page_models():
        names.update(getattr(model, "reader_parameters", ()))
    return frozenset(names)


def _set_query(request, pairs):
    query = QueryDict(mutable=True)
    for name, values in sorted(pairs):
        query.setlist(name, values)
    query._mutable = False
    request.GET = query
    request.META["QUERY_STRING"] = query.urlencode()


def keep_read_parameters(request):
    """Drop, from a request the page cache may share, the parameters no page reads."""
    if not request.GET:
        return
    known = read_anywhere()
    _set_query(request, [(k, v) for k, v in request.GET.lists() if k in known])


def query_of(request, names=None):
    """The query string of `request` reduced to `names` (all if None), sorted."""
    if not request.GET:
        return ""
    pairs = sorted(
        (name, values) for name, values in request.GET.lists() if names is None or name in names
    )
    query = QueryDict(mutable=True)
    for name, values in pairs:
        query.setlist(name, values)
    return query.urlencode()


def host_of(request):
    """``request.get_host()``, validated once per request."""
    host = request.__dict__.get("_weltoffen_host")
    if host is None:
        host = request._weltoffen_host = request.get_host()
    return host


def _digest(*parts):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()


def entry_key(request, site_id, versions, query):
    return f"{KEY_PREFIX}:page:" + _digest(
        request.scheme, host_of(request), request.path, query, site_id, *versions
    )


def shape_key(request, site_id, versions):
    """Where an address keeps the names of the parameters its page reads."""
    return f"{KEY_PREFIX}:shape:" + _digest(host_of(request), request.path, site_id, *versions)


def stale_key(host, path, query=""):
    """The last good copy of an address: no versions, so that a purge does
    not take it away; it is only read while the database does not answer."""
    return f"{KEY_PREFIX}:stale:" + _digest(host, path, query)
