"""Admin hooks of the core."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from wagtail import hooks

from cms.admin_api import hold_to_admin_rules
from cms.approval import alias_conversion_refused, may_convert_alias
from cms.documents import DeleteDocumentView, refuse_bulk_deletion

hooks.register("construct_admin_api", hold_to_admin_rules)
hooks.register("before_bulk_action", refuse_bulk_deletion)


@hooks.register("register_admin_urls")
def delete_documents_with_the_approval_rules():
    """Wagtail's document delete address, served by a view that keeps the
    documents live guarded pages attach (``cms.documents``). This app's hooks
    come before Wagtail's documents app's, so its address is matched first:
    ``reverse("wagtaildocs:delete")`` leads here."""
    return [
        path(
            "documents/delete/<int:document_id>/",
            DeleteDocumentView.as_view(),
            name="delete_document_with_approval_rules",
        )
    ]


@hooks.register("before_convert_alias_page")
def convert_live_alias_only_with_publish_permission(request, page):
    """Refuse to turn a live synced copy into a page of its own without
    permission to publish it (``may_convert_alias``)."""
    if may_convert_alias(page, request.user):
        return None
    messages.error(request, alias_conversion_refused(page))
    return redirect("wagtailadmin_explore", page.get_parent().pk)
