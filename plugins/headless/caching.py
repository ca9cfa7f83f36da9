"""Response caching with scoped invalidation, ETags and conditional requests.

Every cached response is kept with a key that embeds the current token of
each scope it depends on (``type:policy``, ``page:42``, ``navigation``, ...),
and is served only while that key is still the one the current tokens make.
Invalidating a scope replaces its token, so every response that depended on it
misses from then on; nothing has to be found and deleted. A response is stored
by what it is (not by its tokens), so the tokens and the response are read in
one round trip: a repeated request costs one cache read and no database query.

What an anonymous client can make the cache hold is bounded, whatever it asks:

* a response is keyed by what it is (its path, or the resource it shares with
  other routes) and by the request's validated parameters, not by the query
  string as written, so ``?limit=020&fallback=yes`` and ``?fallback=true``
  share one entry, and parameters the schema does not know are refused before
  anything is cached;
* nothing is kept for a miss: an error, a page past the end of a list, a filter
  or a search that matches nothing; the page scope tokens such a request made
  are dropped again, so a request for an id that does not exist leaves no
  trace (the other scopes are a fixed few, and keep what the request looked
  up on its way, such as the site's roots);
* responses to requests without parameters (or with only a content language)
  are bounded by the content itself and keep their own entries. Any other
  response (a page of a list, a filter, a search) is kept in one of
  ``CMS_API_CACHE_SLOTS`` slots chosen by its key, replacing what was there:
  however many distinct queries arrive, they hold at most that many entries.

Derived values (site roots, restricted pages, locales, ...) are kept the same
way, by name, each with the tokens of its scopes (``cached_value``). A response
that is not cached reads every value its building needs, with their tokens, in
one round trip before it is built (``read_ahead``): an uncached detail reads
the cache twice, its renditions once, and stores itself.

A list's only validator is its ETag, a hash of its body: when an item leaves
the list (unpublished, made private, expired), the body and so the ETag
change. A list sends no ``Last-Modified``: the newest remaining item's date
does not move when an item leaves, and would answer ``If-Modified-Since``
with a stale 304. A single page's ``Last-Modified`` is its last publication.
"""

import functools
import hashlib
import json
import uuid
from email.utils import format_datetime, parsedate_to_datetime
from typing import NamedTuple

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.http import HttpResponse
from django.utils.http import quote_etag

from cms.media_urls import request_origin
from plugins.headless.conf import setting
from plugins.headless.scopes import (
    GLOBAL,
    LOCALES,
    PATHS,
    RESPONSES,
    SITES,
    SNIPPETS,
    names_one_page,
)

_TOKEN_PREFIX = "cms-api:scope:"  # noqa: S105 - a cache key, not a secret
_RESPONSE_PREFIX = "cms-api:response:"
_SLOT_PREFIX = "cms-api:slot:"
# Parameters that pick one of a few variants of the same content (a content
# language, validated against the configured ones): a response varying only
# by them is bounded by the content, like one without parameters.
BOUNDED_PARAMETERS = frozenset({"locale", "fallback"})


def token_keys(scopes):
    return [_TOKEN_PREFIX + scope for scope in scopes]


def scope_tokens(scopes):
    """The current token of each scope, and the keys of those this call made.

    A missing token is made with ``add`` (another process may be making it
    too; then both use the one that won). A page's token a call made is
    dropped again if it keeps nothing (``forget_tokens``), so a request for
    an id that does not exist leaves no token behind."""
    keys = token_keys(scopes)
    return complete_tokens(keys, cache.get_many(keys))


def read_response(scopes, where, request=None):
    """The scope tokens (as ``scope_tokens``) and the entry stored at
    ``where``, read together in one round trip to the cache (none when the
    ``request`` read them ahead: ``read_ahead``)."""
    keys = token_keys(scopes)
    found = read_keys(request, [*keys, where])
    entry = found.pop(where, None)
    tokens, made = complete_tokens(keys, found, request)
    return tokens, made, entry


def complete_tokens(keys, tokens, request=None):
    """``tokens`` (what the cache held of ``keys``) with the missing ones
    made; and the keys this call made."""
    made = []
    for key in keys:
        if key in tokens:
            continue
        token = uuid.uuid4().hex
        if cache.add(key, token, timeout=None):
            made.append(key)
        else:
            # Made by another process meanwhile; if gone again already, this
            # call's own token keys nothing anyone can find: only a miss.
            token = cache.get(key) or token
        tokens[key] = token
        remember_read(request, {key: token})
    return [tokens[key] for key in keys], made


def forget_tokens(made):
    """Drop the tokens of pages' scopes a call made when it kept nothing
    under them: one per id asked for, they would pile up. The other scopes are
    a fixed few, and the values a request stored on its way (site roots,
    locales) are kept under them. Always safe: a missing token is made
    afresh, so whatever was cached under the old one misses, like after an
    invalidation."""
    per_page = [key for key in made if names_one_page(key.removeprefix(_TOKEN_PREFIX))]
    if per_page:
        cache.delete_many(per_page)


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


def forget_responses():
    """Drop every cached response and keep the derived values: what a cold
    response costs when the site itself is warm (``make bench``'s uncached)."""
    invalidate(RESPONSES)


def parameters_of(request, query):
    """The parameters that shape a response: the validated ``query`` without
    its defaults (so every spelling of the same request is one), or, without
    a schema, the query string's."""
    if query is None:
        return dict(sorted(request.GET.lists()))
    return query.model_dump(mode="json", exclude_defaults=True)


def is_bounded(query, parameters):
    """Whether the content alone bounds the responses like this one: no
    parameters, or only a validated content language."""
    if query is None:
        return not parameters
    return set(parameters) <= BOUNDED_PARAMETERS


def request_signature(request, parameters, resource=None):
    encoded = json.dumps(parameters, sort_keys=True, cls=DjangoJSONEncoder)
    # By the host that chooses the site (Wagtail reads the Host header) and by
    # the origin the client reached: file URLs in a response are absolute for
    # it (cms.media_urls), and behind a proxy it comes from X-Forwarded-Host.
    # Keyed by the origin alone, a request naming one site's host and
    # forwarding another's was kept for the other site's readers.
    host, origin = request.get_host(), request_origin(request)
    return f"{host} {origin}{resource or request.path}?{encoded}"


def response_key(signature, tokens):
    raw = signature + ":" + ":".join(tokens)
    return _RESPONSE_PREFIX + hashlib.sha256(raw.encode()).hexdigest()


def storage_key(signature, bounded):
    """Where a response is kept: by what it is (its signature, without the
    tokens, so a new version replaces the old) when the content bounds it,
    else in one of the slots (``CMS_API_CACHE_SLOTS``)."""
    digest = hashlib.sha256(signature.encode()).hexdigest()
    if bounded:
        return _RESPONSE_PREFIX + digest
    return f"{_SLOT_PREFIX}{int(digest[:15], 16) % setting('CMS_API_CACHE_SLOTS')}"


def is_miss(data):
    """An empty window of a list or a search: a page past the end, a filter
    or a query that matches nothing. Cheap to answer again; not kept."""
    return isinstance(data, dict) and "items" in data and not data["items"]


def last_modified_of(data):
    """The publish time of a single page; None for a list (see the module's
    docstring) or anything else."""
    if isinstance(data, dict) and "items" not in data:
        return data.get("last_published_at")
    return None


def encode(data):
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).encode()


def build_entry(data, status=200):
    return body_entry(encode(data), JSON, status, last_modified_of(data))


JSON = "application/json"


def body_entry(body, content_type, status=200, last_modified=None):
    """What the cache keeps of a response: its bytes (JSON here, a page of
    the HTML site in ``plugins.site``) and its validators."""
    return {
        "status": status,
        "body": body,
        "content_type": content_type,
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
            entry["body"],
            status=entry["status"],
            content_type=entry.get("content_type", JSON),
        )
    response["ETag"] = entry["etag"]
    if entry["last_modified"]:
        response["Last-Modified"] = entry["last_modified"]
    response["Cache-Control"] = cache_control or setting("CMS_API_CACHE_CONTROL")
    return response


def cached_response(request, scopes, build, *, query=None, resource=None):
    """Serve from the cache, or ``build()`` a (status, data) pair and cache it.

    ``query``: the request's validated parameters (a ninja ``Schema``), which
    key the response instead of the raw query string. ``resource``: what the
    response is, when several routes serve the same one (a page's detail by
    type, by id or by path); by default the request's path."""
    parameters = parameters_of(request, query)
    bounded = is_bounded(query, parameters)
    signature = request_signature(request, parameters, resource)
    where = storage_key(signature, bounded)
    tokens, made, entry = read_response([GLOBAL, RESPONSES, *scopes], where)
    key = response_key(signature, tokens)
    if entry is not None and entry.get("key") == key:
        return to_response(request, entry)
    read_ahead(request)
    try:
        status, data = build()
    except BaseException:
        forget_tokens(made)
        raise
    entry = build_entry(data, status)
    if status == 200 and not is_miss(data):
        cache.set(where, {**entry, "key": key}, timeout=response_timeout(request))
    else:
        forget_tokens(made)
    return to_response(request, entry)


def response_timeout(request):
    """How long a response may be kept: until the next scheduled expiry of a
    live page or snippet at the latest, since no signal fires when an
    ``expire_at`` passes. The next expiry is itself cached until any publish
    or snippet change."""
    from django.utils import timezone

    now = timezone.now()

    def next_expiry():
        return soonest_expiry(now)

    timeout = setting("CMS_API_CACHE_TIMEOUT")
    expiry = NEXT_EXPIRY.get(request, next_expiry)
    if expiry is not None and expiry <= now:
        expiry = next_expiry()
    if expiry is not None:
        timeout = min(timeout, max(1, int((expiry - now).total_seconds())))
    return timeout


def soonest_expiry(now):
    """The earliest ``expire_at`` after ``now`` of anything live that can
    expire: pages, and snippets with drafts (FAQs, technologies)."""
    from django.apps import apps
    from django.db.models import Min
    from wagtail.models import DraftStateMixin, Page

    models = [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    found = [
        model.objects.filter(live=True, expire_at__gt=now).aggregate(
            soonest=Min("expire_at")
        )["soonest"]
        for model in models
    ]
    found = [at for at in found if at is not None]
    return min(found) if found else None


def value_key(request, name, tokens, *, per_host=True):
    host = request.get_host() if per_host else "*"
    raw = f"{host}:{name}:" + ":".join(tokens)
    return "cms-api:value:" + hashlib.sha256(raw.encode()).hexdigest()


class Missing:
    """What ``cached_value`` keeps for a ``compute`` that found nothing (None),
    since the cache answers None for a key it does not hold. Pickled by name,
    so the one ``MISSING`` comes back from any process's cache."""

    def __reduce__(self):
        return "MISSING"

    def __repr__(self):
        return "MISSING"


MISSING = Missing()


def value_place(request, name):
    """Where a derived value is kept: by its name and host, not its tokens,
    so that the tokens and the value are read in one round trip and a new
    value replaces the old."""
    return host_value_place(request.get_host(), name)


@functools.lru_cache(maxsize=1024)
def host_value_place(host, name):
    """``value_place`` of a host: the same few places every response reads,
    hashed once per process (bounded, whatever hosts are sent)."""
    raw = f"{host}:{name}"
    return "cms-api:value:" + hashlib.sha256(raw.encode()).hexdigest()


def cached_value(request, name, scopes, compute, *, shows_content=False):
    """A small derived value (such as path to page id) cached under scopes.
    ``compute`` raises for a miss (an Http404), which is not kept; a None it
    returns ("nothing there") is kept, as ``MISSING``, and served as None.
    A value that ``shows_content`` (an export of pages or snippets) is kept
    as a response is, until the next expiry at the latest
    (``response_timeout``). One round trip to the cache, none when the
    request read it ahead."""
    where = value_place(request, name)
    tokens, made, entry = read_response([GLOBAL, *scopes], where, request)
    if entry is not None and entry.get("tokens") == tokens:
        value = entry["value"]
    else:
        try:
            value = compute()
        except BaseException:
            forget_tokens(made)
            raise
        value = MISSING if value is None else value
        entry = {"tokens": tokens, "value": value}
        timeout = (
            response_timeout(request)
            if shows_content
            else setting("CMS_API_CACHE_TIMEOUT")
        )
        cache.set(where, entry, timeout=timeout)
        remember_read(request, {where: entry})
    return None if value is MISSING else value


class CachedValue(NamedTuple):
    """A derived value that building responses reads: its name and the scopes
    it is kept under (``cached_value``)."""

    name: str
    scopes: tuple = ()

    def get(self, request, compute):
        return cached_value(request, self.name, self.scopes, compute)


SITE_ROOTS = CachedValue("site-roots", (SITES,))
RESTRICTED_PATHS = CachedValue("restricted-paths")
RESTRICTED_GROUPS = CachedValue("restricted-groups", (PATHS,))
SITE_LOCALES = CachedValue("locales", (LOCALES,))
OFFICIAL_LANGUAGES = CachedValue("official-languages")
NEXT_EXPIRY = CachedValue("next-expiry", (PATHS, SNIPPETS))
# What building any response reads, whatever it shows: the visibility rule's
# site roots and restricted pages, the locales, the official languages, and,
# to store it, the next expiry. Read ahead together when a response is built.
READ_BY_EVERY_RESPONSE = (
    SITE_ROOTS,
    RESTRICTED_PATHS,
    RESTRICTED_GROUPS,
    SITE_LOCALES,
    OFFICIAL_LANGUAGES,
    NEXT_EXPIRY,
)

# The request attribute holding what a request read ahead: {key: what the
# cache held, or NOT_HELD}.
_READ_AHEAD = "_cms_cache_read_ahead"
NOT_HELD = object()


def read_ahead(request, values=READ_BY_EVERY_RESPONSE):
    """Read ``values`` and their scopes' tokens in one round trip, for the
    response ``request`` is about to build: each ``cached_value`` of them
    then reads nothing more. Only on a miss: a cached response reads its
    own entry alone. What the request reads is as of this moment, as if
    every value were read at once; a value computed later is remembered."""
    scopes = {GLOBAL, *(scope for value in values for scope in value.scopes)}
    keys = token_keys(sorted(scopes))
    keys += [value_place(request, value.name) for value in values]
    found = cache.get_many(keys)
    setattr(request, _READ_AHEAD, {key: found.get(key, NOT_HELD) for key in keys})


def read_keys(request, keys):
    """{key: value} of what the cache holds of ``keys``: from what
    ``request`` read ahead when it read them all, else in one round trip."""
    ahead = getattr(request, _READ_AHEAD, {})
    if all(key in ahead for key in keys):
        return {key: ahead[key] for key in keys if ahead[key] is not NOT_HELD}
    return cache.get_many(keys)


def remember_read(request, stored):
    """Keep what this request just stored ({key: value}) in what it read
    ahead, so that its later reads agree with its writes."""
    ahead = getattr(request, _READ_AHEAD, None)
    if ahead is not None:
        ahead.update(stored)


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
    tokens, _made = scope_tokens([GLOBAL, *scopes])
    key = value_key(request, name, tokens, per_host=per_host)
    slot = (request.get_host() if per_host else "*", name)
    held = _process_values.get(slot)
    if held is None or held[0] != key:
        held = _process_values[slot] = (key, compute())
    return held[1]
