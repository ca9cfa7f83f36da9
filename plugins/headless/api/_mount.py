"""The delivery API at /api/v1/: every registered type's routes, mounted once."""

import functools

from ninja import NinjaAPI

from plugins.headless import errors, openapi
from plugins.headless.api._generic import pages_router, site_router
from plugins.headless.api._pages import page_router
from plugins.headless.api._preview import preview_router
from plugins.headless.api._snippets import snippet_router
from plugins.headless.api.responses import discriminated_union
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


@functools.cache
def mount():
    """The API with every registered content type's routes. Called from the
    URLconf; later calls return the same API."""
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
    api.add_router("/", site_router())
    type_block_lists([*registry.pages.values(), *registry.snippets.values()])
    for prefix, router in registry.routers.items():
        api.add_router(f"/{prefix}/", router)
    for endpoint in registry.snippets.values():
        api.add_router(f"/{endpoint.path}/", snippet_router(endpoint))
    for endpoint in registry.pages.values():
        if endpoint.path:
            api.add_router(f"/{endpoint.path}/", page_router(endpoint))
    details = [endpoint.detail_schema for endpoint in registry.pages.values()]
    detail_union = discriminated_union(details)
    # Find-by-path may also answer a redirect (``redirects``).
    find_union = discriminated_union([*details, RedirectAnswer])
    api.add_router("/pages/", pages_router(detail_union, find_union))
    api.add_router("/preview/", preview_router(detail_union))
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
