"""Each snippet type's list and detail operations (``/faqs/``,
``/technologies/{id}/``), from its registered ``SnippetEndpoint``."""

from django.http import Http404
from ninja import Query, Router

from plugins.headless import caching, openapi, scopes
from plugins.headless.api.parameters import (
    in_asked_language,
    reject_unknown_parameters,
)
from plugins.headless.api.responses import CACHED, list_of
from plugins.headless.context import delivery_context
from plugins.headless.representation import outdated_snippets
from plugins.headless.rich_text import prefetch_links_of
from plugins.headless.schemas import PositiveId
from plugins.headless.visibility import for_request


def is_fallback(obj, language_code):
    """Whether the snippet ``obj`` is served in place of a translation into
    ``language_code`` that does not exist (the pages' ``is_fallback``)."""
    return bool(language_code) and obj.locale.language_code != language_code


def snippet_router(endpoint):
    """The router of ``endpoint``'s type: its list, its detail and the type's
    own operations (``endpoint.routes``)."""
    router = Router(tags=[endpoint.path])
    list_schema = list_of(
        f"{endpoint.summary_schema.__name__}List", endpoint.summary_schema
    )
    query_schema = endpoint.query_schema
    read_under = [scopes.for_type(endpoint.type_name)]

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
            rep = delivery_context(request)
            objects = live_objects(request)
            objects = in_asked_language(objects, rep, query)
            objects = query.apply(objects, rep.visible_pages)
            order = getattr(query, "order", None) or endpoint.default_order
            count = objects.count()
            window = list(
                objects.order_by(order, "pk")[query.offset : query.offset + query.limit]
            )
            prefetch_links_of(window)
            outdated = outdated_snippets(window)
            items = [
                {
                    **endpoint.representation(obj, request),
                    "fallback": is_fallback(obj, query.locale),
                    "outdated": obj.pk in outdated,
                }
                for obj in window
            ]
            return 200, {"count": count, "items": items}

        return caching.cached_response(request, read_under, build, query=query)

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
            data["outdated"] = obj.pk in outdated_snippets([obj])
            return 200, data

        return caching.cached_response(request, read_under, build)

    list_snippets.__name__ = f"list_{endpoint.path.replace('-', '_')}"
    snippet_detail.__name__ = f"get_{endpoint.type_name}"
    if endpoint.routes:
        endpoint.routes(router)
    return router
