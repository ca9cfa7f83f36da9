"""A Redis cache for tests that share one Redis server with other test runs.

Django's ``RedisCache.clear()`` flushes the whole database, which would wipe
what a parallel test run keeps there. This one clears only its own keys (its
``KEY_PREFIX``), and lists them, through its own redis-py client."""

import redis
from django.core.cache.backends.redis import RedisCache


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
