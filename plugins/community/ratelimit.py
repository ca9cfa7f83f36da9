"""A fixed-window rate limit kept in Django's cache.

Why not django-ratelimit: its decorator wraps Django views, while the API is a
django-ninja operation that must answer with the API's JSON problem body and a
Retry-After header, and the HTML form must re-render with a message. All that is
needed is a counter per client and window, which ``cache.add`` and
``cache.incr`` give atomically on Redis, shared by every process (production
settings refuse a process-local cache); local memory, in development, counts
per process. This module is that and nothing more, and keeps the plugin free of
a dependency.
"""

import hashlib
import re
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

from plugins.community.conf import setting

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


def parse_rate(rate):
    """(count, seconds) from "10/h", "5/10m" or "100/d"."""
    match = RATE_PATTERN.match(str(rate))
    if not match:
        raise ImproperlyConfigured(
            f"A rate limit is 'count/period', such as '10/h' or '5/10m'; got {rate!r}."
        )
    count, multiplier, unit = match.groups()
    return int(count), int(multiplier or 1) * UNITS[unit]


@dataclass
class Verdict:
    allowed: bool
    retry_after: int = 0


def hit(scope, client, rate=None, now=None):
    """Count one request by ``client`` in ``scope``; say if it is within the rate."""
    limit, period = parse_rate(rate or setting("CMS_FEEDBACK_RATE_LIMIT"))
    now = time.time() if now is None else now
    window = int(now // period)
    # The cache holds a hash, not the address: no personal data in Redis.
    digest = hashlib.sha256(f"{scope}:{client}".encode()).hexdigest()[:32]
    key = f"cms-ratelimit:{scope}:{digest}:{period}:{window}"
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period + 1)
        count = 1
    if count > limit:
        return Verdict(False, max(1, int(period - now % period)))
    return Verdict(True)
