"""``GET /api/v1/paths/``: every public path of the site, for static builds.

A static front end (Next.js, Astro, Eleventy) builds one file per path: this
lists them all, per locale or for every locale, with the type and id that
``/api/v1/pages/{id}/`` serves and the last publication, so that a build can
redo only what changed. What it lists is the visibility rule's
(``plugins.headless.visibility``): a draft, an expired page, a page under a
view restriction (or a translation or alias of one), or a page of another
site never appears. A page of a locale's tree that is not translated (the
synced copy wagtail-localize keeps, which the site serves with the source
text) is listed with ``fallback: true``.

Rows, not pages: the list reads a handful of columns, so a site of thousands
of pages is one narrow query per request, and the answer is cached under the
``paths`` scope, which every publish, unpublish, move and privacy change
invalidates (``invalidation``).
"""

from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from ninja import Query, Router, Schema
from pydantic import Field
from wagtail.models import Page

from plugins.headless import caching, scopes
from plugins.headless.api.parameters import reject_unknown_parameters
from plugins.headless.api.responses import CACHED
from plugins.headless.endpoints import registry
from plugins.headless.paging import Paging
from plugins.headless.representation import site_locales
from plugins.headless.schemas import LocaleCode
from plugins.headless.visibility import for_request

router = Router(tags=["site"])


class PathsQuery(Paging):
    locale: LocaleCode | None = Field(
        None, description="Only this content language's paths; every locale if absent."
    )


class PathItem(Schema):
    id: int = Field(description="The page's id, as `/api/v1/pages/{id}/` serves it.")
    type: str = Field(description="The page's type, as its detail gives it.")
    locale: str = Field(description="The language of the tree the path is in.")
    path: str = Field(description="Front-end path, with the locale prefix.")
    fallback: bool = Field(
        description="True for a page of this locale's tree that is not "
        "translated: the site serves it with the source-language text."
    )
    last_published_at: datetime | None = Field(
        description="When the page was last published."
    )


class PathList(Schema):
    count: int = Field(description="Paths in all pages of the list.")
    items: list[PathItem]


def type_name(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return registry.type_name_of(model)


def public_paths(request, locale=None):
    """The visible pages' rows, in tree order, optionally of one locale."""
    pages = for_request(request)(Page.objects.all())
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages.order_by("path").values_list(
        "pk",
        "url_path",
        "locale__language_code",
        "content_type_id",
        "alias_of_id",
        "last_published_at",
    )


@router.get(
    "/",
    response={200: PathList, **CACHED},
    summary="List every public path",
    description="Every live, public page of the site: its path, type, id and "
    "last publication, in tree order, for static builds. The same pages every "
    "other operation serves; nothing withheld appears.",
)
def list_paths(request, query: Query[PathsQuery]):
    reject_unknown_parameters(request, PathsQuery)

    def build():
        locale = None
        if query.locale:
            locale = site_locales(request).get(query.locale)
            if locale is None:
                raise Http404(f"The site has no {query.locale} content.")
        visibility = for_request(request)
        rows = public_paths(request, locale)
        window = query.window(rows)
        items = []
        for pk, url_path, code, content_type_id, alias_of, published in window:
            items.append(
                {
                    "id": pk,
                    "type": type_name(content_type_id),
                    "locale": code,
                    "path": visibility.front_end_path(url_path, code),
                    "fallback": alias_of is not None,
                    "last_published_at": published,
                }
            )
        return 200, {"count": rows.count(), "items": items}

    return caching.cached_response(request, [scopes.PATHS], build, query=query)
