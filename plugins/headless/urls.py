from django.urls import path, re_path

from plugins.headless.api import mount
from plugins.headless.views import no_such_route

urlpatterns = [
    path("", mount().urls),
    # Anything else under /api/v1/ is a JSON 404 too, not Django's HTML page.
    # Only paths ending in a slash: a path without one still gets Django's
    # APPEND_SLASH redirect when the slashed path is a route. Any character
    # before it, line breaks included.
    re_path(r"^(?:[\s\S]*/)?$", no_such_route),
]
