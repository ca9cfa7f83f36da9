"""Operations on every page type at once and on the site: a page by id or by
front-end path (``/pages/``), the site's languages and its menu."""

import re

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.http import Http404
from ninja import Query, Router
from pydantic import Field, field_validator
from wagtail.models import Locale, Page, Site

from plugins.headless import caching, redirects, scopes
from plugins.headless import navigation as site_menu
from plugins.headless.api.details import detail_response
from plugins.headless.api.parameters import locale_by_code, reject_unknown_parameters
from plugins.headless.api.responses import CACHED
from plugins.headless.context import delivery_context
from plugins.headless.endpoints import DetailQuery, LocaleCode, registry
from plugins.headless.schemas import Locale as LocaleSchema
from plugins.headless.schemas import Navigation, Parameters, PositiveId

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


class NavigationQuery(Parameters):
    locale: LocaleCode | None = None


def specific_page_or_404(request, rep, queryset):
    page = rep.visible_pages(queryset).select_related("content_type").first()
    if page is None:
        raise Http404("No live page matches.")
    endpoint = registry.for_page_model(page.specific_class)
    if endpoint is None:
        raise Http404("This page type is not served by the API.")
    return page, endpoint


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


def resolve_or_404(request, cache_name, read_under, queryset_for):
    """The (id, endpoint) a generic route resolves to, cached like responses;
    a miss raises Http404 and is not cached (``caching.cached_value``)."""

    def compute():
        rep = delivery_context(request)
        page, endpoint = specific_page_or_404(request, rep, queryset_for(rep))
        return {"id": page.pk, "model": endpoint.model._meta.label}

    found = caching.cached_value(request, cache_name, read_under, compute)
    return found["id"], registry.for_label(found["model"])


def pages_router(detail_union, find_union):
    """``/pages/``: a page of any type, by id or by front-end path."""
    router = Router(tags=["pages"])

    @router.get("/find/", response={200: find_union, **CACHED})
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
                [scopes.PATHS],
                lambda rep: page_by_path(rep, query.path),
            )
        except Http404 as missing:
            # No page at the path: it may be a redirect (``redirects``).
            return redirects.find_response(request, query, missing)
        return detail_response(request, page_id, endpoint, DetailQuery())

    @router.get("/{int:page_id}/", response={200: detail_union, **CACHED})
    def get_page(request, page_id: PositiveId, query: Query[DetailQuery]):
        """One live, public page of any type by id, as its type's detail
        gives it (`type` tells which). With `locale`, its translation."""
        reject_unknown_parameters(request, DetailQuery)
        page_id, endpoint = resolve_or_404(
            request,
            f"page:{page_id}",
            [scopes.PATHS, scopes.for_page(page_id)],
            lambda rep: Page.objects.filter(pk=page_id),
        )
        return detail_response(request, page_id, endpoint, query)

    return router


def site_router():
    """``/locales/`` and ``/navigation/``: the site's languages and menu."""
    router = Router(tags=["site"])

    @router.get("/locales/", response={200: list[LocaleSchema], **CACHED})
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

        return caching.cached_response(request, [scopes.LOCALES], build)

    @router.get("/navigation/", response={200: Navigation, **CACHED})
    def get_navigation(request, query: Query[NavigationQuery]):
        """The site's menu in one language: the sections under the home page
        that are shown in menus, and their pages shown in menus, in tree
        order."""
        reject_unknown_parameters(request, NavigationQuery)

        def build():
            rep = delivery_context(request)
            code = query.locale or settings.LANGUAGE_CODE
            home = site_menu.home_in(rep, locale_by_code(rep, code))
            if home is None:
                raise Http404(f"The site has no home page in {code}.")
            return 200, {"locale": code, "items": site_menu.menu_items(rep, home)}

        return caching.cached_response(request, [scopes.NAVIGATION], build, query=query)

    return router
