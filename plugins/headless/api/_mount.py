"""The delivery API at /api/v1/: every registered type's routes, mounted once."""

import functools

from ninja import NinjaAPI

from plugins.headless import errors, openapi
from plugins.headless.api._generic import pages_router, site_router
from plugins.headless.api._pages import page_router
from plugins.headless.api._preview import preview_router
from plugins.headless.api._snippets import snippet_router
from plugins.headless.api.responses import Unions, discriminated_union
from plugins.headless.block_schemas import type_block_lists
from plugins.headless.endpoints import registry
from plugins.headless.redirects import RedirectAnswer
from plugins.headless.rich_text import links_checked_by
from plugins.headless.visibility import for_request


class DeliveryAPI(NinjaAPI):
    """Ninja's API, its document completed for standard tools (``openapi``):
    operation ids in the agency's words, problem documents for errors, the
    headers of cached responses, no ``null`` in a URL's parameters."""

    def get_openapi_schema(self, **kwargs):
        return openapi.complete(
            super().get_openapi_schema(**kwargs), self.renderer.media_type
        )

    def get_openapi_operation_id(self, operation):
        return openapi.operation_id(operation.view_func.__name__)


def withholding_links(operation):
    """Every operation serializes under its request's visibility rule, so that
    rich text links to pages the API withholds lose their ``href``."""

    @functools.wraps(operation)
    def serve(request, *args, **kwargs):
        with links_checked_by(for_request(request)):
            return operation(request, *args, **kwargs)

    return serve


def new_api():
    api = DeliveryAPI(
        title="Community Trust CMS delivery API",
        version="1.0.0",
        description=(
            "Live, public content of the agency: policies, the technology "
            "registry, success stories, tips, guides, FAQs and awards, in every "
            "language."
        ),
        urls_namespace="cms_api",
        openapi_url="/openapi.json",
        docs_url="/docs",
    )
    api.add_decorator(withholding_links)
    errors.install(api)
    return api


def unions_of_registered_types():
    """The registered types' unions, from their detail schemas with typed
    block lists (``type_block_lists``)."""
    pages = list(registry.pages.values())
    snippets = list(registry.snippets.values())
    type_block_lists([*pages, *snippets])
    page_detail = discriminated_union(endpoint.detail_schema for endpoint in pages)
    # Find-by-path may also answer a redirect (``redirects``).
    found = discriminated_union(
        [*(endpoint.detail_schema for endpoint in pages), RedirectAnswer]
    )
    listed = (*(endpoint for endpoint in pages if endpoint.path), *snippets)
    return Unions(page_detail=page_detail, found=found, listed=listed)


@functools.cache
def mount():
    """The API, built once from what the plugins registered in their
    ``ready()``: the registered types' unions first, then every router, in
    the registry's stable order. The URLconf calls it; a later call returns
    the same API."""
    api = new_api()
    unions = unions_of_registered_types()
    api.add_router("/", site_router())
    for prefix, make_router in registry.routers.items():
        api.add_router(f"/{prefix}/", make_router(unions))
    for endpoint in registry.snippets.values():
        api.add_router(f"/{endpoint.path}/", snippet_router(endpoint))
    for endpoint in registry.pages.values():
        if endpoint.path:
            api.add_router(f"/{endpoint.path}/", page_router(endpoint))
    api.add_router("/pages/", pages_router(unions.page_detail, unions.found))
    api.add_router("/preview/", preview_router(unions.page_detail))
    return api


def collections():
    """What the API's index lists: every content type's collection, each
    plugin's own routes (search, feedback) and the site's languages and menu,
    as (name, path under the API) pairs."""
    paths = [
        *(endpoint.path for endpoint in registry.pages.values() if endpoint.path),
        *(endpoint.path for endpoint in registry.snippets.values()),
        *registry.routers,
        "locales",
        "navigation",
    ]
    return [(path, f"{path}/") for path in dict.fromkeys(paths)]
