"""The site's answer to an address that is no page."""

from django.shortcuts import render
from django.utils.translation import get_language_from_path
from django.views import defaults

from plugins.site.rendering import missing_page_frame


def page_not_found(request, exception):
    """``handler404``: under a language prefix (``/es/...``), a page in that
    language, in the site's frame, with a way home; anywhere else (the API,
    the admin), Django's own answer."""
    if get_language_from_path(request.path) is not None:
        site = missing_page_frame(request)
        if site is not None:
            return render(request, "site/404.html", {"site": site}, status=404)
    return defaults.page_not_found(request, exception)
