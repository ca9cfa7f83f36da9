"""`make loadtest` only: the project's URLs plus ``/bench/bare/``, a bare Django
view that returns the bytes of a cached API list (written by ``run.py`` before
the app processes start), through the same middleware."""

from pathlib import Path

from django.conf import settings
from django.http import HttpResponse
from django.urls import path

from cms import urls as project_urls

BARE_BODY = Path(settings.BASE_DIR) / ".bench" / "loadtest-bare-body.json"


def bare(request):
    return HttpResponse(BARE_BODY.read_bytes(), content_type="application/json")


urlpatterns = [path("bench/bare/", bare), *project_urls.urlpatterns]
