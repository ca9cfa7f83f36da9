"""A Redis cache for tests that share one Redis server with other test runs.

Django's ``RedisCache.clear()`` flushes the whole database, which would wipe
what a parallel test run keeps there. This one clears only its own keys (its
``KEY_PREFIX``), and lists them, through its own redis-py client."""

import os

import redis
from django.core.cache.backends.redis import RedisCache

# The real Redis of the tests that need one (the ``redis_cache`` fixture).
REDIS_URL = os.environ.get("CMS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class PrefixedRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self.client = redis.Redis.from_url(server)

    def own_keys(self):
        """Every key this cache holds, without its prefix and version."""
        pattern = f"{self.key_prefix}:*"
        return {key.decode().split(":", 2)[2] for key in self.client.scan_iter(pattern)}

    def clear(self):
        keys = list(self.client.scan_iter(f"{self.key_prefix}:*"))
        if keys:
            self.client.delete(*keys)
        return True


def cache_calls(backend, monkeypatch):
    """The names of the calls made to ``backend`` from now on: with Redis,
    each is one round trip."""
    calls = []
    for name in ("get", "get_many", "set", "set_many", "add", "delete_many"):
        method = getattr(backend, name)

        def spy(*args, _name=name, _method=method, **kwargs):
            calls.append(_name)
            return _method(*args, **kwargs)

        monkeypatch.setattr(backend, name, spy)
    return calls
