"""``/preview/``: the latest draft of one page, for a holder of its token."""

from django.http import Http404, HttpResponse
from ninja import Query, Router
from pydantic import Field
from wagtail.api.v3.errors import problem_response
from wagtail.models import Page

from plugins.headless import caching
from plugins.headless.api.details import serialize_detail
from plugins.headless.api.parameters import reject_unknown_parameters
from plugins.headless.api.responses import ERRORS
from plugins.headless.context import delivery_context
from plugins.headless.endpoints import registry
from plugins.headless.preview import InvalidPreviewToken, page_id_from_token
from plugins.headless.schemas import Parameters, PositiveId


class PreviewQuery(Parameters):
    token: str = Field(
        ...,
        min_length=10,
        max_length=2000,
        description="The token of the admin's Preview on site button.",
    )
    id: PositiveId | None = Field(None, description="The page the front end expects.")


def refused(detail):
    response = problem_response(status=403, detail=detail)
    response["Cache-Control"] = "no-store"
    return response


def preview_router(detail_union):
    router = Router(tags=["preview"])

    @router.get("/", response={200: detail_union, **ERRORS})
    def get_preview(request, query: Query[PreviewQuery]):
        """The latest draft of one page, for a holder of its preview token
        (signed, expiring, for one page). Never cached. A 403 for a token that
        is expired, forged or for another page than `id`."""
        reject_unknown_parameters(request, PreviewQuery)
        try:
            page_id = page_id_from_token(query.token)
        except InvalidPreviewToken as error:
            return refused(str(error))
        if query.id is not None and query.id != page_id:
            return refused("The preview token is for another page.")
        page = Page.objects.filter(pk=page_id).first()
        endpoint = page and registry.for_page_model(page.specific_class)
        if endpoint is None:
            raise Http404("No previewable page for this token.")
        draft = page.specific.get_latest_revision_as_object()
        rep = delivery_context(request)
        data = serialize_detail(draft, rep, endpoint, draft=True)
        response = HttpResponse(caching.encode(data), content_type="application/json")
        response["Cache-Control"] = "no-store"
        return response

    return router
