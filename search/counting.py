"""Searches counted in batches: a process adds up its searches of a few
seconds and writes them at once, one statement per query of the batch.

Counting each search as it happened cost the search a write, about a
twentieth of its throughput at 10,000 pages (`make bench`). The counts of
`SEARCH_LOG_SECONDS` (default 5; 0 writes each search at once, as the tests
do) wait in memory and are written by a timer thread, so no reader waits for
them; the process writes what is left when it exits. What a hard kill of the
process takes with it is a few seconds of statistics, never a page.

A count the database refuses (it is down, or restarting) is kept for the
next batch, up to `TRIES` attempts and `MAX_KEYS` queries, and logged; the
search that added it was answered long before.
"""

import atexit
import logging
import threading

from django.conf import settings
from django.db import DatabaseError, connections, router, transaction
from django.utils import timezone

from .models import SearchLog, _logged

log = logging.getLogger(__name__)

MAX_KEYS = 1000  # a batch this large is written at once, by the search that fills it
TRIES = 3

_lock = threading.Lock()
_pending = {}  # (site id, query, language, Wagtail's day, the log's day) -> [searches, hits, tries]
_timer = None


def window():
    return float(getattr(settings, "SEARCH_LOG_SECONDS", 5))


def add(site, query, language, hits):
    """One search of `query` on `site` with `hits` results, counted within
    the window (at once when the window is 0)."""
    query = _logged(query)
    if site is None or not query:
        return
    # Wagtail's day of its query statistics (Query.add_hit) and the log's
    key = (site.pk, query, language, timezone.now().date(), timezone.localdate())
    seconds = window()
    with _lock:
        entry = _pending.setdefault(key, [0, hits, 0])
        entry[0] += 1
        entry[1] = hits
        now = seconds <= 0 or len(_pending) >= MAX_KEYS
        if not now:
            _schedule()
    if now:
        flush()


def flush():
    """Writes the counts waiting in this process; returns how many searches
    it wrote."""
    global _timer
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        if _timer is not None and _timer is not threading.current_thread():
            _timer.cancel()
        _timer = None
    written = 0
    failed = {}
    for key, (searches, hits, tries) in batch.items():
        site_id, query, language, today, day = key
        try:
            with transaction.atomic(using=router.db_for_write(SearchLog)):
                SearchLog.add(site_id, query, language, hits, searches, today, day)
            written += searches
        except DatabaseError as error:
            if tries + 1 < TRIES:
                failed[key] = [searches, hits, tries + 1]
            else:
                log.warning("%s Suchen nach %s Versuchen nicht gezählt: %s", searches, TRIES, error)
    if failed:
        log.warning("%s Suchbegriffe nicht gezählt, neuer Versuch im nächsten Schub", len(failed))
        with _lock:
            for key, (searches, hits, tries) in failed.items():
                if key not in _pending and len(_pending) >= MAX_KEYS:
                    continue
                entry = _pending.setdefault(key, [0, hits, tries])
                entry[0] += searches
                entry[2] = max(entry[2], tries)
            if window() > 0:
                _schedule()
    return written


def _schedule():
    """Starts the timer of the waiting counts unless it runs (under _lock)."""
    global _timer
    if _timer is None and _pending:
        _timer = threading.Timer(window(), _flush_in_thread)
        _timer.daemon = True
        _timer.start()


def _flush_in_thread():
    try:
        flush()
    finally:
        connections.close_all()  # this thread's own connections


def discard():
    """Forgets the counts waiting in this process (the tests' clean slate)."""
    global _timer
    with _lock:
        _pending.clear()
        if _timer is not None:
            _timer.cancel()
        _timer = None


atexit.register(flush)
