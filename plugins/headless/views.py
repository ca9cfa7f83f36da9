from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from wagtail.api.v3.errors import problem_response
from wagtail.models import Page

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
