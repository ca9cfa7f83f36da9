"""Response caching with scoped invalidation, ETags and conditional requests.

Every cached response is stored under a key that embeds the current token of
each scope it depends on (``type:policy``, ``page:42``, ``navigation``, ...).
Invalidating a scope replaces its token, so every response that depended on it
misses from then on; nothing has to be found and deleted. A repeated request
costs two cache reads and no database query.
"""

import hashlib
import json
import uuid
from email.utils import format_datetime, parsedate_to_datetime

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.utils.http import quote_etag

from plugins.headless.conf import setting

GLOBAL_SCOPE = "global"
# Every cached response, but not the derived values (site roots, restricted
# paths, ...) that responses are built from.
RESPONSES_SCOPE = "responses"
_TOKEN_PREFIX = "cms-api:scope:"  # noqa: S105 - a cache key, not a secret
_RESPONSE_PREFIX = "cms-api:response:"


def scope_tokens(scopes):
    keys = [_TOKEN_PREFIX + scope for scope in scopes]
    tokens = cache.get_many(keys)
    missing = {key: uuid.uuid4().hex for key in keys if key not in tokens}
    if missing:
        cache.set_many(missing, timeout=None)
        tokens.update(missing)
    return [tokens[key] for key in keys]


def replace_tokens(scopes):
    cache.set_many(
        {_TOKEN_PREFIX + scope: uuid.uuid4().hex for scope in scopes}, timeout=None
    )


def invalidate(*scopes):
    """Make everything cached under ``scopes`` miss, now and, inside a
    transaction, again once it commits: until then another process still reads
    the old content, and would cache it under the new tokens."""
    replace_tokens(scopes)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: replace_tokens(scopes))


def request_signature(request):
    params = sorted(request.GET.lists())
    return f"{request.get_host()}{request.path}?{json.dumps(params)}"


def forget_responses():
    """Drop every cached response and keep the derived values: what a cold
    response costs when the site itself is warm (``make bench``'s uncached)."""
    invalidate(RESPONSES_SCOPE)


def response_key(request, scopes):
    tokens = scope_tokens([GLOBAL_SCOPE, RESPONSES_SCOPE, *scopes])
    raw = request_signature(request) + ":" + ":".join(tokens)
    return _RESPONSE_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def last_modified_of(data):
    """The newest publish time in a response: a page, or a list of items."""
    candidates = []
    for item in data.get("items", [data]) if isinstance(data, dict) else []:
        if isinstance(item, dict) and item.get("last_published_at"):
            candidates.append(item["last_published_at"])
    return max(candidates) if candidates else None


def encode(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode()


def build_entry(data, status=200):
    body = encode(data)
    last_modified = last_modified_of(data)
    return {
        "status": status,
        "body": body,
        "etag": quote_etag(hashlib.sha256(body).hexdigest()[:40]),
        "last_modified": format_datetime(last_modified, usegmt=True)
        if hasattr(last_modified, "tzinfo")
        else None,
    }


def opaque_tag(etag):
    """An entity tag without its weakness flag: If-None-Match compares weakly
    (RFC 9110, 13.1.2), and a compressing proxy weakens the tags it passes on."""
    return etag[2:] if etag.startswith("W/") else etag


def not_modified(request, entry):
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match:
        candidates = {opaque_tag(tag.strip()) for tag in if_none_match.split(",")}
        return opaque_tag(entry["etag"]) in candidates or "*" in candidates
    if_modified_since = request.headers.get("If-Modified-Since")
    if if_modified_since and entry["last_modified"]:
        try:
            since = parsedate_to_datetime(if_modified_since)
            return parsedate_to_datetime(entry["last_modified"]) <= since
        except (TypeError, ValueError):
            return False
    return False


def to_response(request, entry, cache_control=None):
    if entry["status"] == 200 and not_modified(request, entry):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(
            entry["body"], status=entry["status"], content_type="application/json"
        )
    response["ETag"] = entry["etag"]
    if entry["last_modified"]:
        response["Last-Modified"] = entry["last_modified"]
    response["Cache-Control"] = cache_control or setting("CMS_API_CACHE_CONTROL")
    return response


def cached_response(request, scopes, build):
    """Serve from the cache, or ``build()`` a (status, data) pair and cache it."""
    key = response_key(request, scopes)
    entry = cache.get(key)
    if entry is None:
        status, data = build()
        entry = build_entry(data, status)
        cache.set(key, entry, timeout=response_timeout(request))
    return to_response(request, entry)


def response_timeout(request):
    """How long a response may be kept: until the next scheduled expiry of a live
    page at the latest, since no signal fires when a page's expire_at passes.
    The next expiry is itself cached until any publish."""
    from django.db.models import Min
    from django.utils import timezone
    from wagtail.models import Page

    now = timezone.now()

    def next_expiry():
        soonest = Page.objects.filter(live=True, expire_at__gt=now).aggregate(
            soonest=Min("expire_at")
        )["soonest"]
        return {"at": soonest}

    timeout = setting("CMS_API_CACHE_TIMEOUT")
    expiry = cached_value(request, "next-expiry", ["paths"], next_expiry)["at"]
    if expiry is not None and expiry <= now:
        expiry = next_expiry()["at"]
    if expiry is not None:
        timeout = min(timeout, max(1, int((expiry - now).total_seconds())))
    return timeout


def value_key(request, name, scopes, *, per_host=True):
    tokens = scope_tokens([GLOBAL_SCOPE, *scopes])
    host = request.get_host() if per_host else "*"
    raw = f"{host}:{name}:" + ":".join(tokens)
    return "cms-api:value:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_value(request, name, scopes, compute):
    """A small derived value (such as path to page id) cached under scopes."""
    key = value_key(request, name, scopes)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=setting("CMS_API_CACHE_TIMEOUT"))
    return value


# name and host: (key, value) of each value ``process_value`` holds.
_process_values = {}


def process_value(request, name, scopes, compute, *, per_host=True):
    """A large derived value (search's facts about every page) held in this
    process's memory under scopes, as ``cached_value`` holds small ones in the
    shared cache: read on every request, it would cost more to unpickle from
    the cache than to use. Each process computes its own after a change
    invalidates the scopes, and holds one value per name and host, or one
    for every host (``per_host=False``) when the value does not depend on
    the site."""
    key = value_key(request, name, scopes, per_host=per_host)
    slot = (request.get_host() if per_host else "*", name)
    held = _process_values.get(slot)
    if held is None or held[0] != key:
        held = _process_values[slot] = (key, compute())
    return held[1]
