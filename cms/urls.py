from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import health, sitemaps

urlpatterns = [
    # Probes for load balancers and supervisors: no language prefix (see
    # cms/middleware.py), no HTTPS redirect (SECURE_REDIRECT_EXEMPT), no cache.
    path("healthz", health.liveness, name="healthz"),
    path("readyz", health.readiness, name="readyz"),
    # One sitemap per content language (cms/sitemaps.py).
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<str:section>.xml", sitemaps.locale_sitemap, name="sitemap-locale"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", include("plugins.headless.urls")),
    path("feeds/", include("plugins.policies.urls")),
    path("feeds/", include("plugins.community.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages are served under a language prefix (/en/, /es/, ...), previews included.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)), prefix_default_language=True
)

# An address under a language prefix that is no page: the site's answer, in
# that language (plugins/site/views.py).
handler404 = "plugins.site.views.page_not_found"
