"""The document library's side of ``cms.attached_files``: a document a live
policy attaches keeps its file, and stays. Its form
(``WAGTAILDOCS_DOCUMENT_FORM_BASE``), its delete views (at their own
addresses, ``cms.wagtail_hooks``) and its bulk delete say why, and what to do
instead."""

from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.documents.forms import BaseDocumentForm
from wagtail.documents.views import documents, multiple

from cms.attached_files import (
    GuardedDeleteView,
    GuardedFileForm,
    GuardedMultipleDeleteView,
    Library,
    titles,
)


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


DOCUMENTS = Library(
    get_document_model,
    DocumentChooserBlock,
    'linktype="document"',
    refusal,
    deletion_refusal,
)


class DocumentForm(GuardedFileForm, BaseDocumentForm):
    """The admin's document form (``WAGTAILDOCS_DOCUMENT_FORM_BASE``)."""

    library = DOCUMENTS


class DeleteDocumentView(GuardedDeleteView, documents.DeleteView):
    """Wagtail's document delete view, which keeps what live policies attach."""

    library = DOCUMENTS
    edit_url_name = "wagtaildocs:edit"


class DeleteUploadedDocumentView(GuardedMultipleDeleteView, multiple.DeleteView):
    """The multiple-upload page's delete, which keeps what live policies
    attach."""

    library = DOCUMENTS
