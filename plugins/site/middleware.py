"""Site pages served from the API's scoped response cache.

An anonymous GET of a page without a query string is answered from the cache
(``plugins.headless.caching``) while nothing it shows has changed: any publish
(``navigation``, which every publish invalidates, as the menu and the
listings may show the page), any snippet change (FAQs, the technology
registry), any move, unpublish, deletion or privacy change (``global``) and a
change of the agency's details misses it, and no entry outlives the next
scheduled expiry. Only a page the public may see is stored
(``rendering.page_context`` says so): never a preview, a form, a restricted
page or its password form, nor a response that sets a cookie. A visitor with
a session (an editor, or a reader who entered a page's password) always gets
a fresh page.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control

from plugins.headless import caching, scopes

SCOPES = [
    scopes.GLOBAL,
    scopes.RESPONSES,
    scopes.NAVIGATION,
    scopes.SNIPPETS,
    scopes.SITE_AGENCY,
]
HTML = "text/html; charset=utf-8"
# Browsers and proxies ask again each time (a 304 while unchanged), so a
# publish shows on the reader's next request.
CACHE_CONTROL = "no-cache"


def is_site_path(path):
    """A page of the site: under a language prefix (``/es/...``), not the API,
    the admin, feeds or files."""
    prefix = path.split("/", 2)[1] if path.count("/") > 1 else ""
    return prefix in {code for code, _name in settings.LANGUAGES}


def may_use_cache(request):
    if request.method not in {"GET", "HEAD"} or request.GET:
        return False
    if not is_site_path(request.path_info):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


class SitePageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            return self.get_response(request)
        signature = caching.request_signature(request, {})
        where = caching.storage_key(signature, bounded=True)
        tokens, made, entry = caching.read_response(SCOPES, where)
        key = caching.response_key(signature, tokens)
        if entry is not None and entry.get("key") == key:
            return caching.to_response(request, entry, CACHE_CONTROL)
        caching.read_ahead(request)
        response = self.get_response(request)
        if not self.storable(request, response):
            # The scopes are a fixed few, shared with the API's responses made
            # meanwhile (an API request passes here too): their tokens stay.
            return response
        entry = caching.body_entry(response.content, HTML)
        caching.cache.set(
            where, {**entry, "key": key}, timeout=caching.response_timeout(request)
        )
        response["ETag"] = entry["etag"]
        patch_cache_control(response, no_cache=True)
        return response

    @staticmethod
    def storable(request, response):
        return (
            getattr(request, "site_page_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            # A CSRF token or session written while rendering is a cookie that
            # the middleware above this one is about to set: not for sharing.
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not getattr(getattr(request, "session", None), "modified", False)
            and response.get("Content-Type", "").startswith("text/html")
        )
