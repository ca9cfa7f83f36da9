"""Benchmark-only URLconf: our API beside Wagtail's stock API v2 and a bare
JSON view of the same size. Never mounted by the project's own urls."""

from django.http import JsonResponse
from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms import urls as project_urls

stock_v2 = WagtailAPIRouter("stock_v2")
stock_v2.register_endpoint("pages", PagesAPIViewSet)

BARE_PAYLOAD = {"count": 0, "items": []}


def bare_json(request):
    return JsonResponse(BARE_PAYLOAD)


urlpatterns = [
    path("bench/v2/", stock_v2.urls),
    path("bench/bare/", bare_json),
    *project_urls.urlpatterns,
]
