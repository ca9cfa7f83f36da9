"""Absolute addresses of uploaded files (images, documents) in everything the
API and the site deliver, right behind any host, port or proxy.

One setting says where the public reads uploaded files: ``CMS_MEDIA_URL``
(for example ``https://www.agency.gov`` or the address of the CDN in front of
object storage); a file's URL is that address plus the file's path. Unset,
the address is the origin of the request being served, as the client used it:
its scheme, host and port, or, behind ``CMS_TRUSTED_PROXY_COUNT`` reverse
proxies, what the outermost trusted proxy wrote in ``X-Forwarded-Proto``,
``X-Forwarded-Host`` and ``X-Forwarded-Port`` (a forwarded host outside
``ALLOWED_HOSTS`` is ignored). Storage that gives absolute URLs already (S3)
is left alone. Outside a request, with no setting, a URL stays as storage
gives it: a path.

``serving_media_for(request)`` sets the origin for the request being served
(``plugins.headless.middleware`` does it for every request);
``absolute_media_url`` reads it.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.http.request import split_domain_port, validate_host

from cms.client_address import trusted_entry

_origin = ContextVar("media_origin", default=None)


def forwarded(request, header):
    """The value the outermost trusted proxy wrote in an X-Forwarded-* header,
    or None without trusted proxies."""
    return trusted_entry(request.META.get(header, ""))


def request_origin(request):
    """``scheme://host[:port]`` as the client reached this application."""
    scheme = forwarded(request, "HTTP_X_FORWARDED_PROTO") or request.scheme
    if scheme not in {"http", "https"}:
        scheme = request.scheme
    host = forwarded(request, "HTTP_X_FORWARDED_HOST")
    if host:
        domain, _port = split_domain_port(host)
        if not domain or not validate_host(domain, settings.ALLOWED_HOSTS):
            host = None
    host = host or request.get_host()
    port = forwarded(request, "HTTP_X_FORWARDED_PORT")
    if port and port.isdigit() and not split_domain_port(host)[1]:
        default = {"http": "80", "https": "443"}[scheme]
        host = host if port == default else f"{host}:{port}"
    return f"{scheme}://{host}"


def media_origin(request=None):
    """Where uploaded files are read: ``CMS_MEDIA_URL``, else the origin of
    ``request`` (or of the request being served), else None."""
    configured = getattr(settings, "CMS_MEDIA_URL", "")
    if configured:
        return configured.rstrip("/")
    if request is not None:
        return request_origin(request)
    return _origin.get()


@contextmanager
def serving_media_for(request):
    """Within this block, file URLs are absolute for ``request``."""
    token = _origin.set(request_origin(request))
    try:
        yield
    finally:
        _origin.reset(token)


def absolute_media_url(url):
    """``url`` (a file's URL from storage) made absolute by ``media_origin``."""
    if not url or urlsplit(url).scheme:
        return url
    origin = media_origin()
    return urljoin(f"{origin}/", url) if origin else url
