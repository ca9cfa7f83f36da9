"""A document that a live page of an approval-guarded type (a policy) attaches
keeps its file, and stays.

Replacing the file in the document library would change what the live page
shows, and what its approver approved, with no new version and no record.
The admin's document form refuses it, on every edit of such a document, for
every role: the new file is uploaded as a new document and attached in a new
version, which goes through approval and into the public change log. Its
title, tags and collection may still change, and a document that only drafts
or other page types attach is replaced as before. Deleting such a document,
alone or in a bulk action, is refused the same way, with the same reason.

Which types are guarded comes from the approval rules (``cms.approval``); a
page attaches a document when its content links it (a document block, a rich
text link, a field), as Wagtail's reference index records it, brought up to
date for the pages that may link it before it is read.
"""

import re
from functools import cached_property

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import redirect
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.documents.forms import BaseDocumentForm
from wagtail.documents.views import documents
from wagtail.models import ReferenceIndex

from cms.approval import approval_rules


def stored_text(page):
    """Everything ``page``'s own row holds, as stored: where a link to an
    object shows as its id."""
    return " ".join(field.value_to_string(page) for field in page._meta.concrete_fields)


def live_guarded_pages_attaching(document):
    """The live pages of guarded types whose content links ``document``."""
    mentions = re.compile(rf"(?<!\d){document.pk}(?!\d)")
    models = [rule.model for rule in approval_rules()]
    # Only pages whose stored content names the id can link it: their
    # references are brought up to date (the index is updated by a
    # background task after each save), then read.
    candidates = [
        page
        for model in models
        for page in model.objects.live().order_by("path")
        if mentions.search(stored_text(page))
    ]
    if not candidates:
        return []
    for page in candidates:
        ReferenceIndex.create_or_update_for_object(page)
    linking = set(
        ReferenceIndex.get_references_to(document)
        .filter(content_type__in=ContentType.objects.get_for_models(*models).values())
        .values_list("object_id", flat=True)
    )
    return [page for page in candidates if str(page.pk) in linking]


def refusal(pages):
    """Why a document ``pages`` attach keeps its file, and what to do."""
    titles = [f"“{page.title}”" for page in pages]
    return _(
        "Live pages that only an approver may change attach this file: "
        "%(pages)s. Replacing it would change what was approved, with no new "
        "version. Upload the new file as a new document and attach it in a new "
        "version of each."
    ) % {"pages": get_text_list(titles, _("and"))}


def deletion_refusal(document, pages):
    titles = [f"“{page.title}”" for page in pages]
    return _(
        "“%(document)s” cannot be deleted: live pages that only an approver may "
        "change attach it (%(pages)s). Attach another document in a new version "
        "of each first."
    ) % {"document": document.title, "pages": get_text_list(titles, _("and"))}


class DocumentForm(BaseDocumentForm):
    """The admin's document form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``)."""

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and "file" in self.changed_data:
            pages = live_guarded_pages_attaching(self.instance)
            if pages:
                self.add_error("file", refusal(pages))
        return cleaned_data


class DeleteDocumentView(documents.DeleteView):
    """Wagtail's document delete view (at its own address, ``wagtail_hooks``),
    which shows why a document live guarded pages attach cannot go, and
    refuses to delete it."""

    @cached_property
    def attached_to(self):
        return live_guarded_pages_attaching(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.attached_to:
            # Wagtail's confirmation page then offers no delete button.
            context["is_protected"] = True
            messages.error(
                self.request, deletion_refusal(self.object, self.attached_to)
            )
        return context

    def form_valid(self, form):
        if self.attached_to:
            messages.error(
                self.request, deletion_refusal(self.object, self.attached_to)
            )
            return redirect("wagtaildocs:edit", self.object.pk)
        return super().form_valid(form)


def refuse_bulk_deletion(request, action_type, objects, action):
    """The ``before_bulk_action`` hook: a bulk delete of documents that holds
    one live guarded pages attach deletes none."""
    if action_type != "delete" or action.model is not get_document_model():
        return None
    refusals = [
        deletion_refusal(document, pages)
        for document in objects
        if (pages := live_guarded_pages_attaching(document))
    ]
    if not refusals:
        return None
    for message in refusals:
        messages.error(request, message)
    return redirect(action.next_url)
