"""Rich text links in everything the site renders follow the visibility rule.

The API serializes under its request's ``Visibility`` (``api.withholding_links``);
this does the same for the HTML site, feeds and previews: while a request is
handled, and its templates rendered, a link to a page the public may not see
keeps its words and loses its ``href``.
"""

from cms.media_urls import serving_media_for
from plugins.headless.rich_text import links_checked_by
from plugins.headless.visibility import for_request


class LinkVisibilityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Template responses are rendered inside get_response, so inside this.
        with links_checked_by(for_request(request)), serving_media_for(request):
            return self.get_response(request)
