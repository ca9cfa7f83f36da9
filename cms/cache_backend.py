"""The shared cache (Redis) that degrades instead of failing requests.

Django's ``RedisCache`` raises on every call while Redis is unreachable, so any
view that reads the cache would answer 500. This backend catches Redis's
connection and timeout errors on every operation and answers as a cache that
holds nothing: reads miss, writes are dropped, so the API and the site serve
uncached. The failure is logged once per ``LOG_INTERVAL`` seconds per process,
and ``/readyz`` reports the cache as failing (``probe``). After a failure the
process leaves Redis alone for ``RETRY_SECONDS``, so a server that times out
does not add its timeout to every request.

Two consequences are handled here rather than left to callers:

* Counters (``add``, ``incr``; the feedback rate limit) fall back to a
  process-local memory cache while Redis is unreachable, so a limit keeps
  holding, counted per process (at most the rate times the number of worker
  processes) rather than refusing every resident or none. Cached values never
  fall back: another process would keep serving a page after it was made
  private.
* A write dropped during an outage may have been an invalidation (a publish or
  a privacy change). When this process reaches Redis again it first deletes
  every key under its ``KEY_PREFIX``, so nothing cached before the outage
  outlives a change made during it.

``clear()`` likewise deletes only the keys under ``KEY_PREFIX``, so sites
sharing one Redis server keep each other's entries.
"""

import logging
import threading
import time

import redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

UNREACHABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
LOG_INTERVAL = 60
RETRY_SECONDS = 5
UNANSWERED = object()
# Connecting or answering slower than this counts as unreachable.
DEFAULT_TIMEOUTS = {"socket_connect_timeout": 1, "socket_timeout": 1}


class Outage:
    """What one process knows of its Redis being unreachable."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_since = None  # monotonic time of the last failure
        self.last_logged = None
        self.writes_lost = False


OUTAGES = {}


class DegradingRedisCache(RedisCache):
    def __init__(self, server, params):
        options = {**DEFAULT_TIMEOUTS, **params.get("OPTIONS", {})}
        super().__init__(server, {**params, "OPTIONS": options})
        self.location = server if isinstance(server, str) else server[0]
        self.location = self.location.split(",")[0].split(";")[0]
        self.socket_options = {name: options[name] for name in DEFAULT_TIMEOUTS}
        # Django makes one backend per thread; an outage is the process's.
        name = f"{self.location}|{self.key_prefix}"
        self.outage = OUTAGES.setdefault(name, Outage())
        self.counters = LocMemCache(f"degraded-counters|{name}", {})

    # State -------------------------------------------------------------------

    def available(self):
        """Whether to try Redis now; on the first success after writes were
        lost, purge what was cached before them."""
        if (
            self.outage.down_since is not None
            and time.monotonic() - self.outage.down_since < RETRY_SECONDS
        ):
            return False
        if self.outage.writes_lost:
            try:
                self.purge()
            except UNREACHABLE as error:
                self.failed("purge after an outage", error)
                return False
        return True

    def failed(self, operation, error, *, lost_write=False):
        with self.outage.lock:
            self.outage.down_since = time.monotonic()
            self.outage.writes_lost = self.outage.writes_lost or lost_write
            now = self.outage.down_since
            if (
                self.outage.last_logged is None
                or now - self.outage.last_logged >= LOG_INTERVAL
            ):
                self.outage.last_logged = now
                logger.warning(
                    "Redis cache unreachable (%s: %s); serving uncached",
                    operation,
                    error,
                )

    def recovered(self):
        if self.outage.down_since is not None:
            with self.outage.lock:
                self.outage.down_since = None
                logger.warning("Redis cache reachable again")

    def call(self, operation, default, *args, lost_write=False, **kwargs):
        if not self.available():
            if lost_write:
                self.outage.writes_lost = True
            return default
        try:
            result = getattr(super(), operation)(*args, **kwargs)
        except UNREACHABLE as error:
            self.failed(operation, error, lost_write=lost_write)
            return default
        self.recovered()
        return result

    def client(self):
        return redis.Redis.from_url(self.location, **self.socket_options)

    def probe(self):
        """A round trip to Redis that raises when it is unreachable (readiness)."""
        with self.client() as client:
            client.ping()

    def purge(self):
        """Delete every key under this cache's prefix (all keys without one)."""
        with self.client() as client:
            if not self.key_prefix:
                client.flushdb()
            else:
                batch = []
                for key in client.scan_iter(match=f"{self.key_prefix}:*", count=1000):
                    batch.append(key)
                    if len(batch) == 1000:
                        client.unlink(*batch)
                        batch = []
                if batch:
                    client.unlink(*batch)
        if self.outage.writes_lost:
            self.outage.writes_lost = False
            logger.warning("Redis cache emptied: writes were lost in an outage")

    # Cache operations --------------------------------------------------------

    def get(self, key, default=None, version=None):
        return self.call("get", default, key, default, version=version)

    def get_many(self, keys, version=None):
        return self.call("get_many", {}, keys, version=version)

    def has_key(self, key, version=None):
        return self.call("has_key", False, key, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.call("set", None, key, value, timeout, lost_write=True, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call(
            "set_many", list(data), data, timeout, lost_write=True, version=version
        )

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.call("touch", False, key, timeout, lost_write=True, version=version)

    def delete(self, key, version=None):
        return self.call("delete", False, key, lost_write=True, version=version)

    def delete_many(self, keys, version=None):
        self.call("delete_many", None, keys, lost_write=True, version=version)

    def clear(self):
        """Delete this cache's keys only (RedisCache flushes the whole Redis
        database, other sites' keys under other prefixes included)."""
        if not self.available():
            self.outage.writes_lost = True
            return
        try:
            self.purge()
        except UNREACHABLE as error:
            self.failed("clear", error, lost_write=True)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        result = self.call(
            "add", UNANSWERED, key, value, timeout, lost_write=True, version=version
        )
        if result is UNANSWERED:
            return self.counters.add(key, value, timeout, version=version)
        return result

    def incr(self, key, delta=1, version=None):
        result = self.call("incr", UNANSWERED, key, delta, version=version)
        if result is UNANSWERED:
            return self.counters.incr(key, delta, version=version)
        return result
