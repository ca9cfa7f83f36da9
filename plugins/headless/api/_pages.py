"""Each page type's own list and detail operations (``/policies/``,
``/policies/{id}/``), from its registered ``PageEndpoint``."""

from ninja import Query, Router

from plugins.headless import caching, openapi, scopes
from plugins.headless.api.details import IMAGE_FIELDS, detail_response
from plugins.headless.api.parameters import (
    in_asked_language,
    reject_unknown_parameters,
)
from plugins.headless.api.responses import CACHED, list_of
from plugins.headless.context import delivery_context
from plugins.headless.endpoints import DetailQuery
from plugins.headless.representation import is_fallback, page_item
from plugins.headless.schemas import PositiveId


def page_router(endpoint):
    """The router of ``endpoint``'s type: its list, its detail and the type's
    own operations (``endpoint.routes``)."""
    router = Router(tags=[endpoint.path])
    list_schema = list_of(
        f"{endpoint.detail_schema.__name__}List", endpoint.summary_schema
    )
    query_schema = endpoint.query_schema
    read_under = [scopes.for_type(endpoint.type_name), *endpoint.extra_scopes]
    list_defer = endpoint.listing_defer

    @router.get(
        "/", response={200: list_schema, **CACHED}, **openapi.list_texts(endpoint)
    )
    def list_pages(request, query: Query[query_schema]):
        reject_unknown_parameters(request, query_schema)

        def build():
            rep = delivery_context(request)
            # Synced copies (aliases) repeat their source: list the source only.
            queryset = rep.visible_pages(
                endpoint.model.objects.filter(alias_of__isnull=True)
            )
            queryset = in_asked_language(queryset, rep, query)
            queryset = query.apply(queryset, rep.visible_pages)
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
            return 200, {"count": count, "items": items}

        return caching.cached_response(request, read_under, build, query=query)

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
    return router
