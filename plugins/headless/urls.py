from django.urls import path, re_path

from plugins.headless.api import mount
from plugins.headless.views import api_index, no_such_route, openapi_document

urlpatterns = [
    path("", api_index, name="api_index"),
    # Before ninja's own view of the same path, which cannot name the server
    # the document was asked of (``openapi.server_url``).
    path("openapi.json", openapi_document, name="openapi_document"),
    path("", mount().urls),
    # Anything else under /api/v1/ is a JSON 404 too, not Django's HTML page.
    # Only paths ending in a slash: a path without one still gets Django's
    # APPEND_SLASH redirect when the slashed path is a route. Any character
    # before it, line breaks included.
    re_path(r"^(?:[\s\S]*/)?$", no_such_route),
]
