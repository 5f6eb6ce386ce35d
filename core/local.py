"""What one process keeps of the shared cache: the most read entries, in memory.

The page cache and its fragments live in the shared cache (Redis), under keys
that hold the purge versions (core/cache.py). Reading the same entry from
there costs a round trip and unpickling on every request; the entries read
most are kept here as well. A purge changes the versions, so a purged entry is
never asked for again and falls out of the least recently used end; the
versions themselves are read at most once a second per process
(``core.cache.recent_versions``), which is how long a purge on another server
takes to reach this one.
"""

import threading
import time
from collections import OrderedDict

KEPT = []  # every store of this process, for clear_all()


def clear_all():
    for store in KEPT:
        store.clear()


class LocalEntries:
    """A least-recently-used store bounded by entries and by bytes, whose
    entries expire when the shared copy they came from does."""

    def __init__(self, size, max_bytes=None):
        self.size, self.max_bytes = size, max_bytes
        self.entries, self.lock, self.weight = OrderedDict(), threading.Lock(), 0
        KEPT.append(self)

    def get(self, key):
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                return None
            expires, value, weight = found
            if expires < time.time():
                self._drop(key)
                return None
            self.entries.move_to_end(key)
            return value

    def put(self, key, value, expires, weight=0):
        """Keep `value` until `expires` (seconds since the epoch); `weight`
        is its size in bytes, counted against ``max_bytes``."""
        if self.size <= 0 or (self.max_bytes is not None and weight > self.max_bytes // 4):
            return
        with self.lock:
            if key in self.entries:
                self._drop(key)
            self.entries[key] = (expires, value, weight)
            self.weight += weight
            while len(self.entries) > self.size or (
                self.max_bytes is not None and self.weight > self.max_bytes
            ):
                self._drop(next(iter(self.entries)))

    def _drop(self, key):
        self.weight -= self.entries.pop(key)[2]

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.weight = 0
