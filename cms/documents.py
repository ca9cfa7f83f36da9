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
date before it is read for the pages that may link it: those whose stored
content names the document as a chooser's id or a link's, found by the
database (``naming``) without loading a page.
"""

from functools import cached_property

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.shortcuts import redirect
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.blocks import ListBlock, StreamBlock
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.forms import BaseDocumentForm
from wagtail.documents.views import documents
from wagtail.fields import RichTextField, StreamField
from wagtail.models import ReferenceIndex

from cms.approval import approval_rules


def chooser_keys(block):
    """The JSON keys a document chooser's id is stored under in the raw data
    of ``block`` (a StreamField's stream block): a struct's child name, or
    ``value`` for a stream's or a list's own chooser."""
    keys = set()
    children = dict(getattr(block, "child_blocks", {}))
    if isinstance(block, ListBlock):
        children["value"] = block.child_block
    for name, child in children.items():
        if isinstance(child, DocumentChooserBlock):
            keys.add("value" if isinstance(block, StreamBlock) else name)
        keys |= chooser_keys(child)
    return keys


def naming(model, document):
    """A filter of ``model``'s rows whose stored content may link ``document``:
    a document chooser's id in a StreamField, a rich text document link or a
    foreign key. A superset, checked exactly after
    (``live_guarded_pages_attaching``), found without loading a page."""
    pk = document.pk
    # In a StreamField's JSON the link's quotes are escaped (\\").
    kind, number = r'linktype=\\?"document\\?"', rf'id=\\?"{pk}\\?"'
    link = f"({kind} {number})|({number} {kind})"
    found = Q(pk__in=[])
    texts = {}
    for field in model._meta.concrete_fields:
        if isinstance(field, StreamField | RichTextField):
            pattern = link
            if isinstance(field, StreamField):
                for key in chooser_keys(field.stream_block):
                    pattern += rf'|("{key}": ?{pk}[],}}])'
            texts[f"{field.name}_as_text"] = Cast(field.name, TextField())
            found |= Q(**{f"{field.name}_as_text__regex": pattern})
        elif field.is_relation and field.related_model is type(document):
            found |= Q(**{field.name: pk})
    return model.objects.annotate(**texts).filter(found)


def live_guarded_pages_attaching(document):
    """The live pages of guarded types whose content links ``document``."""
    models = [rule.model for rule in approval_rules()]
    # Only pages whose stored content names the id can link it: their
    # references are brought up to date (the index is updated by a
    # background task after each save), then read.
    candidates = [
        page
        for model in models
        for page in naming(model, document).live().order_by("path")
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


def titles(pages):
    """The pages' titles in quotes, as a sentence lists them."""
    return get_text_list([f"“{page.title}”" for page in pages], _("and"))


def refusal(pages):
    """Why a document ``pages`` attach keeps its file, and what to do."""
    return _(
        "Live pages that only an approver may change attach this file: "
        "%(pages)s. Replacing it would change what was approved, with no new "
        "version. Upload the new file as a new document and attach it in a new "
        "version of each."
    ) % {"pages": titles(pages)}


def deletion_refusal(document, pages):
    """Why a document ``pages`` attach cannot be deleted, and what to do."""
    return _(
        "“%(document)s” cannot be deleted: live pages that only an approver may "
        "change attach it (%(pages)s). Attach another document in a new version "
        "of each first."
    ) % {"document": document.title, "pages": titles(pages)}


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
