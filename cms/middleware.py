from django.middleware.locale import LocaleMiddleware


class ContentLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its 404 redirect for paths outside the
    language-prefixed site: an API 404 must stay a JSON 404, not become a
    redirect to ``/en/api/...``."""

    unprefixed_paths = (
        "/api/",
        "/admin/",
        "/documents/",
        "/django-admin/",
        "/feeds/",
        "/healthz",
        "/readyz",
        "/sitemap",
    )

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)
