"""Redis as a cache, not a dependency: an unreachable Redis costs speed, never pages.

:class:`RedisCache` is django-redis's backend with its own ``IGNORE_EXCEPTIONS``
always on, so that every failed command is a miss (``get`` gives the default,
``get_many`` nothing, ``set``/``add``/``incr`` give ``None``), plus two things
django-redis does not do:

* a **pause**: after a failed command, the process leaves Redis alone for
  ``RETRY_SECONDS`` and answers every call as a miss at once, so a dead or
  unanswering Redis does not cost each request a socket timeout per call;
  the first call after the pause tries again, which is how the cache comes
  back by itself when Redis does;
* **one warning a minute** per process (logger ``weltoffen.cache``) instead
  of a traceback per request.

:func:`options` is the one place for the connection options: production
settings and the outage test both use it.
"""

import logging
import sys
import threading
import time

from django_redis.cache import RedisCache as _DjangoRedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger("weltoffen.cache")

# Seconds: how long connecting and answering may take (loopback or a LAN;
# Redis answers in well under a millisecond), how long to leave a failed
# Redis alone, and how often to say so in the log.
CONNECT_TIMEOUT = 0.25
SOCKET_TIMEOUT = 0.5
RETRY_SECONDS = 2.0
WARN_EVERY = 60.0
_clock = time.monotonic


def options():
    """The OPTIONS of the Redis cache in every environment that uses one."""
    return {
        "SOCKET_CONNECT_TIMEOUT": CONNECT_TIMEOUT,
        "SOCKET_TIMEOUT": SOCKET_TIMEOUT,
        "IGNORE_EXCEPTIONS": True,
        # Pages shrink to about a fifth; values stored before still read.
        "COMPRESSOR": "django_redis.compressors.zlib.ZlibCompressor",
    }


def cache_settings(url, key_prefix="weltoffen"):
    """A CACHES entry for the Redis server at `url`."""
    return {
        "BACKEND": "core.shared_cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": options(),
    }


class _State:
    """Per process and server: when Redis failed last, when we last said so."""

    def __init__(self):
        self.lock = threading.Lock()
        self.paused_until = 0.0
        self.warned_at = None
        self.failures = 0


_STATES = {}
_STATES_LOCK = threading.Lock()


def _state(server):
    with _STATES_LOCK:
        return _STATES.setdefault(str(server), _State())


class _Paused(ConnectionInterrupted):
    """Raised instead of asking Redis while the pause lasts."""


class _Outage:
    """Stands where django-redis keeps its logger: it is told of every
    ignored failure, pauses Redis for the process and warns at most once a
    minute, without a traceback."""

    def __init__(self, state):
        self.state = state

    def exception(self, *args, **kwargs):
        error = sys.exc_info()[1]
        if isinstance(error, _Paused):
            return
        state, now = self.state, _clock()
        with state.lock:
            state.paused_until = now + RETRY_SECONDS
            state.failures += 1
            if state.warned_at is not None and now - state.warned_at < WARN_EVERY:
                return
            state.warned_at, failures = now, state.failures
            state.failures = 0
        logger.warning(
            "Redis nicht erreichbar (%s); Cache-Zugriffe zählen als Fehlschlag, "
            "%d Fehler seit der letzten Meldung.",
            error,
            failures,
        )


class RedisCache(_DjangoRedisCache):
    """django-redis, whose failures are misses (see the module docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._ignore_exceptions = True
        self._log_ignored_exceptions = True
        self._state = _state(server)
        self.logger = _Outage(self._state)

    @property
    def client(self):
        if _clock() < self._state.paused_until:
            raise _Paused(connection=None)
        return super().client
