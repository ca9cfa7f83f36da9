"""Admin hooks of the core."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from wagtail import hooks

from cms.admin_api import hold_to_admin_rules
from cms.approval import alias_conversion_refused, may_convert_alias
from cms.documents import DOCUMENTS, DeleteDocumentView, DeleteUploadedDocumentView
from cms.images import IMAGES, DeleteImageView, DeleteUploadedImageView

hooks.register("construct_admin_api", hold_to_admin_rules)
hooks.register("before_bulk_action", DOCUMENTS.refuse_bulk_deletion)
hooks.register("before_bulk_action", IMAGES.refuse_bulk_deletion)


@hooks.register("register_admin_urls")
def delete_files_with_the_approval_rules():
    """Wagtail's document and image delete addresses, served by views that
    keep the files live guarded pages show (``cms.attached_files``). This
    app's hooks come before Wagtail's documents and images apps', so its
    addresses are matched first: ``reverse("wagtaildocs:delete")`` leads here."""
    return [
        path(
            "documents/delete/<int:document_id>/",
            DeleteDocumentView.as_view(),
            name="delete_document_with_approval_rules",
        ),
        path(
            "documents/multiple/<int:doc_id>/delete/",
            DeleteUploadedDocumentView.as_view(),
            name="delete_uploaded_document_with_approval_rules",
        ),
        path(
            "images/<int:image_id>/delete/",
            DeleteImageView.as_view(),
            name="delete_image_with_approval_rules",
        ),
        path(
            "images/multiple/<int:image_id>/delete/",
            DeleteUploadedImageView.as_view(),
            name="delete_uploaded_image_with_approval_rules",
        ),
    ]


@hooks.register("before_convert_alias_page")
def convert_live_alias_only_with_publish_permission(request, page):
    """Refuse to turn a live synced copy into a page of its own without
    permission to publish it (``may_convert_alias``)."""
    if may_convert_alias(page, request.user):
        return None
    messages.error(request, alias_conversion_refused(page))
    return redirect("wagtailadmin_explore", page.get_parent().pk)
