"""The address of the client that sent a request, read by one rule everywhere.

``REMOTE_ADDR`` is the peer that opened the connection. Behind reverse proxies
that peer is the nearest proxy, and each proxy appends the address it received
the request from to ``X-Forwarded-For``. Only the entries the agency's own
proxies wrote can be trusted: anything to their left was written by the client,
who can write anything. ``CMS_TRUSTED_PROXY_COUNT`` says how many proxies stand
in front of the application:

- 0 (the default): the client is ``REMOTE_ADDR``; ``X-Forwarded-For`` is ignored.
- N: the client is the entry N hops from the right of ``X-Forwarded-For``. When
  the header has fewer entries than N, every entry was written by a trusted
  proxy, so the leftmost one is the furthest address known; with no header at
  all the client is ``REMOTE_ADDR``.

An entry that is not an IP address (a port is allowed and dropped) gives no
address (``None``), never a string a client chose. The feedback rate limit,
the addresses stored with feedback and the admin login throttle (django-axes,
``AXES_CLIENT_IP_CALLABLE``) all read the client here.
"""

import ipaddress

from django.conf import settings
from django.core.checks import Error
from django.core.exceptions import ImproperlyConfigured

SETTING = "CMS_TRUSTED_PROXY_COUNT"
# Trusted the leftmost X-Forwarded-For entry, which the client writes.
REMOVED_SETTING = "CMS_FEEDBACK_TRUST_X_FORWARDED_FOR"
REMOVED_MESSAGE = (
    f"{REMOVED_SETTING} was removed: it trusted an address the client writes. "
    f"Set {SETTING} to the number of reverse proxies in front of the application."
)


def trusted_proxy_count(value=None):
    """The configured number of trusted proxies, checked: a whole number >= 0."""
    value = getattr(settings, SETTING, 0) if value is None else value
    try:
        count = int(str(value).strip())
    except ValueError:
        count = -1
    if count < 0:
        raise ImproperlyConfigured(
            f"{SETTING} is the number of reverse proxies in front of the "
            f"application (0 or more); got {value!r}."
        )
    return count


def normalized(address):
    """``address`` as a canonical IP address string, or None if it is not one."""
    address = address.strip()
    if address.startswith("[") and "]" in address:  # "[2001:db8::1]:443"
        address = address[1 : address.index("]")]
    elif address.count(":") == 1:  # "203.0.113.7:51234"
        address = address.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None


def trusted_entry(header_value):
    """The entry of an X-Forwarded-* header (comma-separated, one entry
    appended by each proxy) that the furthest trusted proxy wrote, or None
    without trusted proxies or entries."""
    count = trusted_proxy_count()
    hops = [hop for hop in (part.strip() for part in header_value.split(",")) if hop]
    if count and hops:
        return hops[-min(count, len(hops))]
    return None


def client_address(request):
    """The client's IP address under the trusted-proxy rule, or None if unknown."""
    hop = trusted_entry(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    if hop is not None:
        return normalized(hop)
    return normalized(request.META.get("REMOTE_ADDR", ""))


def check_client_address_settings(app_configs=None, **kwargs):
    """System check: the proxy count is valid and the removed setting is gone."""
    problems = []
    if hasattr(settings, REMOVED_SETTING):
        problems.append(Error(REMOVED_MESSAGE, id="cms.E001"))
    try:
        trusted_proxy_count()
    except ImproperlyConfigured as error:
        problems.append(Error(str(error), id="cms.E002"))
    return problems
