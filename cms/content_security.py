"""Content-Security-Policy on every response, relaxed in one place for the admin.

``CONTENT_SECURITY_POLICY`` (cms/settings.py) lets a page run scripts and load
styles, fonts, images and data only from this server, and frame only this
server and HTTPS embeds. The public site and the API docs (django-ninja's
Swagger UI, served from this server's static files) run under it as it is.

Wagtail's admin still writes some scripts inline (date and time pickers, inline
panels, wagtail-localize's translation editor), so under the admin's URL
prefixes, and only there, ``script-src`` also allows inline scripts. Everything
else holds in the admin too: no script, style, font or image from another
origin, no plugins, no ``<base>`` elsewhere, forms post only here.
"""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware

# Wagtail's admin and Django's, as cms/urls.py mounts them.
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_ADDITIONS = {"script-src": [UNSAFE_INLINE]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's additions on admin paths
    (``get_policy_parts`` is django-csp's documented extension point)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith(ADMIN_PREFIXES):
            update = dict(parts.update or {})
            for directive, sources in ADMIN_ADDITIONS.items():
                update[directive] = [*update.get(directive, ()), *sources]
            parts.update = update
        return parts
