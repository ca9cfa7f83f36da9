"""The API is built once, by ``mount()``, from what the plugins registered in
their ``ready()``: the same document whatever order the plugins are installed
in, the same routes however often it is called, nothing mounted by an import."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from cms.models import HomePage
from plugins.headless.api import mount
from plugins.headless.endpoints import EndpointRegistry, PageEndpoint, registry
from plugins.headless.schemas import PageDetailBase
from plugins.policies.models import PolicyPage
from plugins.search.sources import searchable_type_names
from plugins.stories.models import StoryPage

ROOT = Path(__file__).resolve().parents[2]
# Prints, under the settings named by DJANGO_SETTINGS_MODULE: the order
# INSTALLED_APPS gives the plugins; how many APIs importing every module of the
# API mounted (the URLconf's own import mounts it: it is left out); and the
# document.
PRINT_DOCUMENT = """
import json, django
django.setup()
from django.conf import settings
from plugins.headless import api, views
from plugins.headless.api import _generic, _mount, _pages, _preview, _snippets
mounted_by_imports = api.mount.cache_info().currsize
print(json.dumps([
    [name for name in settings.INSTALLED_APPS if name.startswith("plugins.")],
    mounted_by_imports,
    api.mount().get_openapi_schema(path_prefix="/api/v1"),
]))
"""


def document_under(settings_module):
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module}
    environment.pop("DATABASE_URL", None)
    finished = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", PRINT_DOCUMENT],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr[-2000:]
    apps, mounted_by_imports, document = json.loads(finished.stdout.splitlines()[-1])
    assert mounted_by_imports == 0
    return apps, json.dumps(document)


def test_the_document_does_not_depend_on_the_order_of_the_plugins():
    apps, document = document_under("cms.settings")
    reordered_apps, reordered = document_under("tests.headless.reordered_settings")

    assert reordered_apps != apps
    assert reordered == document


def test_mounting_twice_adds_no_route():
    api = mount()
    routes = [str(pattern.pattern) for pattern in api.urls[0]]
    paths = list(api.get_openapi_schema(path_prefix="/api/v1")["paths"])

    again = mount()

    assert again is api
    assert [str(pattern.pattern) for pattern in again.urls[0]] == routes
    assert list(again.get_openapi_schema(path_prefix="/api/v1")["paths"]) == paths
    assert len(routes) == len(set(routes))


def test_the_urlconf_serves_the_mounted_api():
    assert reverse("cms_api:api-root") == "/api/v1/"
    assert mount().urls[2] == "cms_api"


class FirstDetail(PageDetailBase):
    pass


def endpoint(type_name, model):
    return PageEndpoint(
        model=model,
        type_name=type_name,
        summary_schema=FirstDetail,
        detail_schema=FirstDetail,
        path=f"{type_name}s",
    )


@pytest.mark.parametrize("reverse_order", [False, True])
def test_the_registry_lists_types_and_routers_in_a_stable_order(reverse_order):
    declared = [
        endpoint("story", StoryPage),
        endpoint("home", HomePage),
        endpoint("policy", PolicyPage),
    ]
    routers = ["search", "feedback", "paths"]
    fresh = EndpointRegistry()
    for page_endpoint in reversed(declared) if reverse_order else declared:
        fresh.register_page(page_endpoint)
    for prefix in reversed(routers) if reverse_order else routers:
        fresh.register_router(prefix, object())

    assert [e.type_name for e in fresh.pages.values()] == ["home", "policy", "story"]
    assert list(fresh.routers) == ["feedback", "paths", "search"]


def test_search_results_are_made_of_the_mounted_types(client, db):
    document = client.get("/api/v1/openapi.json").json()
    results = document["components"]["schemas"]["SearchResults"]
    members = results["properties"]["items"]["items"]["discriminator"]["mapping"]
    listed = {e.type_name for e in registry.pages.values() if e.path}
    listed |= {e.type_name for e in registry.snippets.values()}

    assert set(members) == listed & set(searchable_type_names())
    assert "faq" in members
    assert "section" not in members
