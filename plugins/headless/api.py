"""The delivery API at /api/v1/: typed, locale-aware, cached and leak-proof."""

import functools
import re

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.http import Http404, HttpResponse
from django.utils import translation
from ninja import NinjaAPI, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field, create_model, field_validator
from wagtail.api.v3.errors import problem_response
from wagtail.models import Locale, Page, Site

from plugins.headless import caching, errors, openapi
from plugins.headless import navigation as site_menu
from plugins.headless.block_schemas import type_block_lists
from plugins.headless.conf import setting
from plugins.headless.endpoints import (
    DetailQuery,
    LocaleCode,
    locale_filter,
    registry,
)
from plugins.headless.preview import InvalidPreviewToken, page_id_from_token
from plugins.headless.representation import (
    Representation,
    images_in,
    is_fallback,
    page_item,
    prefetch_images,
    rich_texts_in,
    rich_texts_of,
    site_locales,
    stream_leaves,
    stream_representation,
    translation_facts,
)
from plugins.headless.rich_text import (
    links_checked_by,
    prefetch_links,
    prefetch_links_of,
)
from plugins.headless.schemas import Locale as LocaleSchema
from plugins.headless.schemas import Navigation, Parameters, PositiveId, Problem
from plugins.headless.visibility import for_request

ERRORS = {400: Problem, 403: Problem, 404: Problem}
# A cached response answers a matching If-None-Match or If-Modified-Since: 304.
CACHED = {304: None, **ERRORS}


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


api = DeliveryAPI(
    title="Community Trust CMS delivery API",
    version="1.0.0",
    description=(
        "Live, public content of the agency: policies, the technology registry, "
        "success stories, tips, guides, FAQs and awards, in every language."
    ),
    urls_namespace="cms_api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)


def withholding_links(operation):
    """Every operation serializes under its request's visibility rule, so that
    rich text links to pages the API withholds lose their ``href``."""

    @functools.wraps(operation)
    def serve(request, *args, **kwargs):
        with links_checked_by(for_request(request)):
            return operation(request, *args, **kwargs)

    return serve


api.add_decorator(withholding_links)
errors.install(api)


def reject_unknown_parameters(request, query_schema):
    allowed = set(query_schema.model_fields) if query_schema else set()
    unknown = sorted(set(request.GET) - allowed)
    if unknown:
        raise HttpError(400, f"Unknown parameter: {', '.join(unknown)}")


def visible_page_or_404(request, model, page_id):
    """A live, public page of ``model`` on the request's site, or a JSON 404."""
    page = for_request(request)(model.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404(f"No live page with id {page_id}.")
    return page


def representation_for(request):
    return Representation(request, for_request(request))


def locale_by_code(rep, code):
    locale = site_locales(rep.request).get(code)
    if locale is None:
        raise Http404(f"No locale {code}")
    return locale


def default_locale(rep):
    return locale_by_code(rep, settings.LANGUAGE_CODE)


def serialize_detail(page, rep, endpoint, *, fallback=False, draft=False):
    # Rich text links lead to the page's own language where they can.
    with translation.override(rep.locale_code(page)):
        return serialize_detail_in_language(
            page, rep, endpoint, fallback=fallback, draft=draft
        )


def serialize_detail_in_language(page, rep, endpoint, *, fallback, draft):
    body = getattr(page, "body", None)
    # The page's own images get their renditions in the same query as the body's,
    # and its own rich text its links in the same query as the body's texts.
    leaves = list(stream_leaves(body or []))
    prefetch_images([*images_in(leaves), page.share_image, page.hero_image])
    # The page's own translations are read with its links' pages.
    translations = prefetch_links(
        [*rich_texts_in(leaves), *rich_texts_of(page)],
        translations_of=page.translation_key,
    )
    if translations is not None:
        rep.load_translations([page], translations)
    if not draft:
        rep.load_tags([page])
    item = page_item(page, rep, endpoint.type_name, fallback=fallback)
    item["authoritative_locale"] = authoritative_locale(page, rep.request)
    item["translation"] = translation_facts(page, rep, endpoint, fallback=fallback)
    item.update(endpoint.summary_fields(page, rep))
    item.update(endpoint.detail_fields(page, rep))
    for detail_field in registry.detail_fields.values():
        item[detail_field.name] = detail_field.value(page, rep, draft=draft)
    if body is not None:
        item["body"] = stream_representation(
            body, {"request": rep.request, "representation": rep}
        )
    item["json_ld"] = endpoint.json_ld(page, item)
    return checked(endpoint.detail_schema, item)


def authoritative_locale(page, request=None):
    """The official language of a page: what the registered provider (the
    translation plugin) says, its few per-page overrides cached together;
    without a provider, the site's LANGUAGE_CODE."""
    official = registry.official_languages
    if official is None:
        return settings.LANGUAGE_CODE
    chosen = caching.cached_value(request, "official-languages", [], official.overrides)
    return chosen.get(str(page.translation_key)) or official.default()


def checked(schema, data):
    """Validate a response against its schema when CMS_API_VALIDATE_RESPONSES is
    on (tests turn it on; the contract tests check every response against the
    OpenAPI document either way). Off in production: it costs a third of a
    listing's time."""
    if setting("CMS_API_VALIDATE_RESPONSES"):
        return schema.model_validate(data).model_dump(mode="python")
    return data


# A page's locale comes from the cached locales (``Representation.locale_code``).
IMAGE_FIELDS = ("share_image", "hero_image")


def visible_detail(endpoint, rep, **lookup):
    """The page of ``endpoint``'s type that ``lookup`` names uniquely, with all
    its detail needs, if the API may show it; else None. Fetched by the lookup
    alone and checked with ``Visibility.allows``: a page's visibility is cheaper
    to check than to compile into its query. Unordered: Wagtail's page manager
    orders by tree path, and compiling that ordering over every selected column
    costs more than running the query."""
    found = list(
        endpoint.model.objects.filter(**lookup)
        .order_by()
        .select_related(
            *IMAGE_FIELDS, *endpoint.select_related, *registry.detail_select_related
        )
        .prefetch_related(*endpoint.prefetch_related, *endpoint.detail_prefetch_related)
    )
    page = found[0] if len(found) == 1 else None
    return page if page is not None and rep.visible_pages.allows(page) else None


def translated(page, rep, endpoint, locale_code, fallback):
    """The page in ``locale_code``, or the page itself marked as a fallback.
    A synced copy (an alias) repeats its source untranslated: it is not a
    translation, and is served as its source, marked as a fallback in its
    own language, as the lists give it (``is_fallback``)."""
    if page.alias_of_id is not None:
        locale_code = locale_code or rep.locale_code(page)
        page = visible_detail(endpoint, rep, pk=page.alias_of_id)
        if page is None:
            raise Http404("The source of this page is not public.")
    if not is_fallback(rep, page, locale_code):
        return page, False
    target = locale_by_code(rep, locale_code)
    match = visible_detail(
        endpoint,
        rep,
        translation_key=page.translation_key,
        locale=target,
        alias_of__isnull=True,
    )
    if match:
        return match, False
    if not fallback:
        raise Http404(f"This page has no {locale_code} translation.")
    return page, True


def add_page_endpoint(endpoint):
    router = Router(tags=[endpoint.path])
    list_schema = create_model(
        f"{endpoint.detail_schema.__name__}List",
        __base__=Schema,
        count=(int, ...),
        items=(list[endpoint.summary_schema], Field(...)),
    )
    query_schema = endpoint.query_schema
    scopes = [f"type:{endpoint.type_name}", *endpoint.extra_scopes]
    list_defer = endpoint.listing_defer

    @router.get(
        "/", response={200: list_schema, **CACHED}, **openapi.list_texts(endpoint)
    )
    def list_pages(request, query: Query[query_schema]):
        reject_unknown_parameters(request, query_schema)

        def build():
            rep = representation_for(request)
            # Synced copies (aliases) repeat their source: list the source only.
            queryset = rep.visible_pages(
                endpoint.model.objects.filter(alias_of__isnull=True)
            )
            if query.locale:
                queryset = locale_filter(
                    queryset,
                    locale_by_code(rep, query.locale),
                    default_locale(rep),
                    query.fallback,
                    rep.visible_pages,
                )
            queryset = query.apply(queryset)
            order = getattr(query, "order", None) or endpoint.default_order
            count = queryset.count()
            # The window's ids first: sorting narrow rows is cheap, sorting
            # whole pages (with their images) is not.
            ids = list(
                queryset.order_by(order, "pk").values_list("pk", flat=True)[
                    query.offset : query.offset + query.limit
                ]
            )
            by_id = (
                endpoint.model.objects.order_by()
                .defer(*list_defer)
                .select_related(*IMAGE_FIELDS, *endpoint.select_related)
                .prefetch_related(*endpoint.prefetch_related)
                .in_bulk(ids)
            )
            pages = [by_id[pk] for pk in ids]
            rep.load(pages)
            items = []
            for page in pages:
                item = page_item(
                    page,
                    rep,
                    endpoint.type_name,
                    fallback=is_fallback(rep, page, query.locale),
                )
                item.update(endpoint.summary_fields(page, rep))
                items.append(item)
            return 200, checked(list_schema, {"count": count, "items": items})

        return caching.cached_response(request, scopes, build, query=query)

    @router.get(
        "/{int:page_id}/",
        response={200: endpoint.detail_schema, **CACHED},
        **openapi.detail_texts(endpoint),
    )
    def page_detail(request, page_id: PositiveId, query: Query[DetailQuery]):
        reject_unknown_parameters(request, DetailQuery)
        return detail_response(request, page_id, endpoint, query)

    # Named for their operation ids: listPolicies, getPolicy (``openapi``).
    list_pages.__name__ = f"list_{endpoint.path.replace('-', '_')}"
    page_detail.__name__ = f"get_{endpoint.type_name}"
    if endpoint.routes:
        endpoint.routes(router)
    api.add_router(f"/{endpoint.path}/", router)


def detail_response(request, page_id, endpoint, query=None):
    def build():
        rep = representation_for(request)
        page = visible_detail(endpoint, rep, pk=page_id)
        if page is None:
            raise Http404(f"No live page with id {page_id}.")
        page, fallback = translated(
            page,
            rep,
            endpoint,
            query.locale if query else None,
            query.fallback if query else True,
        )
        return 200, serialize_detail(page, rep, endpoint, fallback=fallback)

    scopes = [f"page:{page_id}", "snippets", *endpoint.extra_scopes]
    # One entry for the page however it is reached: by type, by id or by path.
    return caching.cached_response(
        request,
        scopes,
        build,
        query=query or DetailQuery(),
        resource=f"/{endpoint.type_name}/{page_id}/",
    )


def specific_page_or_404(request, rep, queryset):
    page = rep.visible_pages(queryset).select_related("content_type").first()
    if page is None:
        raise Http404("No live page matches.")
    endpoint = registry.for_page_model(page.specific_class)
    if endpoint is None:
        raise Http404("This page type is not served by the API.")
    return page, endpoint


pages_router = Router(tags=["pages"])


PATH_CHARACTERS = r"^/[\w\-./~%]*$"
DOT_SEGMENT = r"/\.\.?(?:/|$)"


class FindQuery(Parameters):
    path: str = Field(
        ...,
        min_length=1,
        max_length=500,
        pattern=PATH_CHARACTERS,
        # The pattern and the dot-segment check together.
        json_schema_extra={"pattern": f"^(?!.*{DOT_SEGMENT}){PATH_CHARACTERS[1:]}"},
        description="A front-end path with its locale prefix, e.g. `/es/policies/`.",
    )

    @field_validator("path")
    @classmethod
    def no_dot_segments(cls, value):
        if re.search(DOT_SEGMENT, value):
            raise ValueError("'.' and '..' segments are not allowed")
        return value


def path_segments(path):
    return [segment for segment in path.strip("/").split("/") if segment]


def page_by_path(rep, path):
    segments = path_segments(path)
    if not segments:
        raise Http404("Give a path with a locale prefix, for example /en/.")
    locale = locale_by_code(rep, segments[0])
    site = Site.find_for_request(rep.request)
    root = (
        Page.objects.filter(
            translation_key=site.root_page.translation_key, locale=locale
        )
        .only("url_path")
        .first()
    )
    if root is None:
        raise Http404("No site root in that locale.")
    url_path = root.url_path + "".join(f"{segment}/" for segment in segments[1:])
    return Page.objects.filter(url_path=url_path, locale=locale)


def resolve_or_404(request, cache_name, scopes, queryset_for):
    """The (id, endpoint) a generic route resolves to, cached like responses;
    a miss raises Http404 and is not cached (``caching.cached_value``)."""

    def compute():
        rep = representation_for(request)
        page, endpoint = specific_page_or_404(request, rep, queryset_for(rep))
        return {"id": page.pk, "model": endpoint.model._meta.label}

    found = caching.cached_value(request, cache_name, scopes, compute)
    return found["id"], registry.for_label(found["model"])


def register_generic_routes(detail_union, find_union):
    from plugins.headless import redirects

    @pages_router.get("/find/", response={200: find_union, **CACHED})
    def find_page(request, query: Query[FindQuery]):
        """The live, public page at a front-end path (`/es/policies/alpr/`),
        of whatever type, as its type's detail gives it: how a front end
        renders the URL a reader asked for. A 404 when no public page is
        there."""
        reject_unknown_parameters(request, FindQuery)
        try:
            page_id, endpoint = resolve_or_404(
                request,
                # Every spelling of a path (//, no trailing slash) is one entry.
                "find:/"
                + "".join(f"{segment}/" for segment in path_segments(query.path)),
                ["paths"],
                lambda rep: page_by_path(rep, query.path),
            )
        except Http404 as missing:
            # No page at the path: it may be a redirect (``redirects``).
            return redirects.find_response(request, query, missing)
        return detail_response(request, page_id, endpoint, DetailQuery())

    @pages_router.get("/{int:page_id}/", response={200: detail_union, **CACHED})
    def get_page(request, page_id: PositiveId, query: Query[DetailQuery]):
        """One live, public page of any type by id, as its type's detail
        gives it (`type` tells which). With `locale`, its translation."""
        reject_unknown_parameters(request, DetailQuery)
        page_id, endpoint = resolve_or_404(
            request,
            f"page:{page_id}",
            ["paths", f"page:{page_id}"],
            lambda rep: Page.objects.filter(pk=page_id),
        )
        return detail_response(request, page_id, endpoint, query)

    api.add_router("/pages/", pages_router)


@api.get("/locales/", response={200: list[LocaleSchema], **CACHED}, tags=["site"])
def list_locales(request):
    """The content languages the site has, in the order of `CMS_LANGUAGES`,
    each with its own name, its writing direction and whether it is the
    source language."""
    reject_unknown_parameters(request, None)

    def build():
        default = settings.LANGUAGE_CODE
        codes = set(Locale.objects.values_list("language_code", flat=True))
        return 200, [
            {
                "code": code,
                "name": LANG_INFO.get(code, {}).get("name_local", name),
                "direction": "rtl" if code in settings.LANGUAGES_BIDI else "ltr",
                "is_default": code == default,
            }
            for code, name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code in codes
        ]

    return caching.cached_response(request, ["locales"], build)


class NavigationQuery(Parameters):
    locale: LocaleCode | None = None


@api.get("/navigation/", response={200: Navigation, **CACHED}, tags=["site"])
def get_navigation(request, query: Query[NavigationQuery]):
    """The site's menu in one language: the sections under the home page
    that are shown in menus, and their pages shown in menus, in tree order."""
    reject_unknown_parameters(request, NavigationQuery)

    def build():
        rep = representation_for(request)
        code = query.locale or settings.LANGUAGE_CODE
        home = site_menu.home_in(rep, locale_by_code(rep, code))
        if home is None:
            raise Http404(f"The site has no home page in {code}.")
        return 200, {"locale": code, "items": site_menu.menu_items(rep, home)}

    return caching.cached_response(request, ["navigation"], build, query=query)


def add_snippet_endpoint(endpoint):
    router = Router(tags=[endpoint.path])
    list_schema = create_model(
        f"{endpoint.summary_schema.__name__}List",
        __base__=Schema,
        count=(int, ...),
        items=(list[endpoint.summary_schema], Field(...)),
    )
    query_schema = endpoint.query_schema
    scopes = [f"type:{endpoint.type_name}"]

    def live_objects(request):
        # Live and not past their expiry: the one visibility rule for snippets.
        objects = for_request(request)(endpoint.model.objects.all())
        return objects.select_related("locale").prefetch_related(
            *endpoint.prefetch_related
        )

    @router.get(
        "/",
        response={200: list_schema, **CACHED},
        **openapi.list_texts(endpoint, pages=False),
    )
    def list_snippets(request, query: Query[query_schema]):
        reject_unknown_parameters(request, query_schema)

        def build():
            objects = live_objects(request)
            if query.locale:
                objects = objects.filter(locale__language_code=query.locale)
            objects = query.apply(objects)
            order = getattr(query, "order", None) or endpoint.default_order
            count = objects.count()
            window = list(
                objects.order_by(order, "pk")[query.offset : query.offset + query.limit]
            )
            prefetch_links_of(window)
            items = [endpoint.representation(obj, request) for obj in window]
            return 200, checked(list_schema, {"count": count, "items": items})

        return caching.cached_response(request, scopes, build, query=query)

    @router.get(
        "/{int:object_id}/",
        response={200: endpoint.detail_schema, **CACHED},
        **openapi.detail_texts(endpoint, pages=False),
    )
    def snippet_detail(request, object_id: PositiveId):
        reject_unknown_parameters(request, None)

        def build():
            obj = live_objects(request).filter(pk=object_id).first()
            if obj is None:
                raise Http404(f"No published {endpoint.type_name} with id {object_id}.")
            data = endpoint.detail_representation(obj, request)
            return 200, checked(endpoint.detail_schema, data)

        return caching.cached_response(request, scopes, build)

    list_snippets.__name__ = f"list_{endpoint.path.replace('-', '_')}"
    snippet_detail.__name__ = f"get_{endpoint.type_name}"
    if endpoint.routes:
        endpoint.routes(router)
    api.add_router(f"/{endpoint.path}/", router)


class PreviewQuery(Parameters):
    token: str = Field(
        ...,
        min_length=10,
        max_length=2000,
        description="The token of the admin's Preview on site button.",
    )
    id: PositiveId | None = Field(None, description="The page the front end expects.")


def register_preview_route(detail_union):
    @api.get("/preview/", response={200: detail_union, **ERRORS}, tags=["preview"])
    def get_preview(request, query: Query[PreviewQuery]):
        """The latest draft of one page, for a holder of its preview token
        (signed, expiring, for one page). Never cached. A 403 for a token that
        is expired, forged or for another page than `id`."""
        reject_unknown_parameters(request, PreviewQuery)
        try:
            page_id = page_id_from_token(query.token)
        except InvalidPreviewToken as error:
            response = problem_response(status=403, detail=str(error))
            response["Cache-Control"] = "no-store"
            return response
        if query.id is not None and query.id != page_id:
            response = problem_response(
                status=403, detail="The preview token is for another page."
            )
            response["Cache-Control"] = "no-store"
            return response
        page = Page.objects.filter(pk=page_id).first()
        endpoint = page and registry.for_page_model(page.specific_class)
        if endpoint is None:
            raise Http404("No previewable page for this token.")
        draft = page.specific.get_latest_revision_as_object()
        rep = representation_for(request)
        data = serialize_detail(draft, rep, endpoint, draft=True)
        response = HttpResponse(caching.encode(data), content_type="application/json")
        response["Cache-Control"] = "no-store"
        return response


def mount():
    """Add every registered content type's routes. Called once, from urls."""
    from typing import Annotated, Union

    from plugins.headless.redirects import RedirectAnswer

    type_block_lists([*registry.pages.values(), *registry.snippets.values()])
    for prefix, router in registry.routers.items():
        api.add_router(f"/{prefix}/", router)
    for endpoint in registry.snippets.values():
        add_snippet_endpoint(endpoint)
    for endpoint in registry.pages.values():
        if endpoint.path:
            add_page_endpoint(endpoint)
    details = tuple(
        dict.fromkeys(endpoint.detail_schema for endpoint in registry.pages.values())
    )
    union = (
        Annotated[Union[details], Field(discriminator="type")]  # noqa: UP007
        if len(details) > 1
        else details[0]
    )
    # Find-by-path may also answer a redirect (``redirects``).
    find_union = Annotated[
        Union[(*details, RedirectAnswer)],
        Field(discriminator="type"),
    ]
    register_generic_routes(union, find_union)
    register_preview_route(union)
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
