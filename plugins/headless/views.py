from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from wagtail.api.v3.errors import problem_response
from wagtail.models import Page

from plugins.headless import openapi
from plugins.headless.api import collections, mount
from plugins.headless.preview import preview_url


def preview_on_site(request, page_id):
    """Issue a preview token for the page's latest draft and open the agency site."""
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return redirect(preview_url(page))


def no_such_route(request):
    """A path under /api/v1/ that no operation serves (``/policies/abc/``)."""
    return problem_response(
        status=404,
        detail=f"No API route at {request.path}. The routes are listed at "
        "/api/v1/docs.",
    )


SAFE_METHODS = ("GET", "HEAD")


def method_not_allowed(request):
    response = problem_response(
        status=405, detail=f"{request.method} is not allowed here; use GET."
    )
    response["Allow"] = ", ".join(SAFE_METHODS)
    return response


def api_index(request):
    """``/api/v1/``: the API's name and version, and links to its docs, its
    OpenAPI document and its collections, for a developer who starts there."""
    if request.method not in SAFE_METHODS:
        return method_not_allowed(request)
    response = JsonResponse(openapi.index(request, mount(), collections()))
    response["Cache-Control"] = "public, max-age=300"
    return response


def openapi_document(request):
    """The OpenAPI document, its ``servers`` naming where it was asked of."""
    if request.method not in SAFE_METHODS:
        return method_not_allowed(request)
    return JsonResponse(openapi.document(mount(), request))
