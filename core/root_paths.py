"""Wagtail's site root paths, read by this process at most once a second.

Every URL Wagtail builds for a page starts from ``Site.get_site_root_paths()``,
which it keeps in the shared cache and reads from there once per request and
once more per page object asked for its URL without the request (a page's
``full_url``): two round trips to Redis for every rendered page. This
process keeps the list it read for PAGE_CACHE_VERSIONS_SECONDS, the time a
publication on another app server already takes to reach this one's page
cache hits (core/cache.py ``recent_versions``), and hands it to the request
and the routed page the way Wagtail stores it on them
(``_wagtail_cached_site_root_paths``).

Wagtail forgets the shared list when a site is saved or deleted and when a
site's root page (or a translation of it) is saved; the same signals make
this process forget its copy at once.
"""

import time

from django.conf import settings
from django.db.models.signals import post_delete, post_save

_KEPT = {"until": 0.0, "paths": None, "forgotten": 0}
ATTRIBUTE = "_wagtail_cached_site_root_paths"  # where Wagtail looks first


def site_root_paths():
    from wagtail.models import Site

    now = time.monotonic()
    paths = _KEPT["paths"]
    if paths is None or _KEPT["until"] <= now:
        forgotten = _KEPT["forgotten"]
        paths = Site.get_site_root_paths()
        if forgotten == _KEPT["forgotten"]:  # not if a save came in meanwhile
            seconds = getattr(settings, "PAGE_CACHE_VERSIONS_SECONDS", 1.0)
            _KEPT.update(paths=paths, until=now + seconds)
    return paths


def prime(*holders):
    """Give the request or page objects the kept root paths, unless they have some."""
    paths = None
    for holder in holders:
        if holder is not None and not hasattr(holder, ATTRIBUTE):
            paths = paths or site_root_paths()
            setattr(holder, ATTRIBUTE, paths)


def forget(**kwargs):
    _KEPT["paths"] = None
    _KEPT["forgotten"] += 1


def _page_saved(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        forget()


def connect():
    from wagtail.models import Site

    post_save.connect(forget, sender=Site, dispatch_uid="weltoffen-root-paths-site")
    post_delete.connect(forget, sender=Site, dispatch_uid="weltoffen-root-paths-site-gone")
    post_save.connect(_page_saved, dispatch_uid="weltoffen-root-paths-page")
