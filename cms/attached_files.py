"""A file that a live page of an approval-guarded type (a policy) shows keeps
its file, and stays: a document the page attaches, an image it shows.

Replacing the file in the document or image library would change what the
live page shows, and what its approver approved, with no new version and no
record. The libraries' edit forms refuse it, on every edit of such a file,
for every role; the new file is uploaded as a new document or image and
chosen in a new version, which goes through approval and into the public
change log. Its title, tags and collection may still change, and a file that
only drafts or other page types show is replaced as before. Deleting such a
file, alone, from the multiple-upload page or in a bulk action, is refused
the same way, with the same reason (``cms.documents``, ``cms.images``).

Which types are guarded comes from the approval rules (``cms.approval``); a
page shows a file when its content names it (a chooser block, a rich text
link or embed, a field), as Wagtail's reference index records it, brought up
to date before it is read for the pages that may name it: those whose stored
content holds the file's id where a chooser, a link or an embed keeps it,
found by the database (``naming``) without loading a page.
"""

from dataclasses import dataclass
from functools import cached_property

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.text import get_text_list
from django.utils.translation import gettext as _
from wagtail.blocks import ListBlock, StreamBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import ReferenceIndex

from cms.approval import approval_rules


@dataclass(frozen=True)
class Library:
    """One library of files pages show: its model (``get_model()``, as the
    setting names it), the block that chooses one, the attribute that names
    its kind in rich text (``linktype="document"``), and what its admin says:
    ``refusal(pages)``, why a file keeps its file, and
    ``deletion_refusal(obj, pages)``, why it cannot be deleted."""

    get_model: object
    chooser: type
    rich_text: str
    refusal: object
    deletion_refusal: object

    def refuse_bulk_deletion(self, request, action_type, objects, action):
        """The ``before_bulk_action`` hook: a bulk delete of the library's
        files that holds one live guarded pages show deletes none."""
        if action_type != "delete" or action.model is not self.get_model():
            return None
        refusals = [
            self.deletion_refusal(obj, pages)
            for obj in objects
            if (pages := live_guarded_pages_showing(self, obj))
        ]
        if not refusals:
            return None
        for message in refusals:
            messages.error(request, message)
        return redirect(action.next_url)


def chooser_keys(block, chooser):
    """The JSON keys a ``chooser`` block's id is stored under in the raw data
    of ``block`` (a StreamField's stream block): a struct's child name, or
    ``value`` for a stream's or a list's own chooser."""
    keys = set()
    children = dict(getattr(block, "child_blocks", {}))
    if isinstance(block, ListBlock):
        children["value"] = block.child_block
    for name, child in children.items():
        if isinstance(child, chooser):
            keys.add("value" if isinstance(block, StreamBlock) else name)
        keys |= chooser_keys(child, chooser)
    return keys


def naming(model, library, obj):
    """A filter of ``model``'s rows whose stored content may name ``obj``, a
    file of ``library``: a chooser's id in a StreamField, a rich text link or
    embed, or a foreign key. A superset, checked exactly after
    (``live_guarded_pages_showing``), found without loading a page."""
    pk = obj.pk
    # In a StreamField's JSON the tag's quotes are escaped (\\"); the link's
    # or embed's other attributes may stand between its type and its id.
    kind = library.rich_text.replace('"', r'\\?"')
    number = rf'[ ]id=\\?"{pk}\\?"'
    tag = f"({kind}[^>]*{number})|({number}[^>]*{kind})"
    found = Q(pk__in=[])
    texts = {}
    for field in model._meta.concrete_fields:
        if isinstance(field, StreamField | RichTextField):
            pattern = tag
            if isinstance(field, StreamField):
                for key in chooser_keys(field.stream_block, library.chooser):
                    pattern += rf'|("{key}": ?{pk}[],}}])'
            texts[f"{field.name}_as_text"] = Cast(field.name, TextField())
            found |= Q(**{f"{field.name}_as_text__regex": pattern})
        elif field.is_relation and field.related_model is type(obj):
            found |= Q(**{field.name: pk})
    return model.objects.annotate(**texts).filter(found)


def live_guarded_pages_showing(library, obj):
    """The live pages of guarded types whose content names ``obj``."""
    models = [rule.model for rule in approval_rules()]
    # Only pages whose stored content names the id can show it: their
    # references are brought up to date (the index is updated by a
    # background task after each save), then read.
    candidates = [
        page
        for model in models
        for page in naming(model, library, obj).live().order_by("path")
    ]
    if not candidates:
        return []
    for page in candidates:
        ReferenceIndex.create_or_update_for_object(page)
    showing = set(
        ReferenceIndex.get_references_to(obj)
        .filter(content_type__in=ContentType.objects.get_for_models(*models).values())
        .values_list("object_id", flat=True)
    )
    return [page for page in candidates if str(page.pk) in showing]


def titles(pages):
    """The pages' titles in quotes, as a sentence lists them."""
    return get_text_list([f"“{page.title}”" for page in pages], _("and"))


class GuardedFileForm:
    """A library's admin form (mixed into its base form): a file live guarded
    pages show keeps its file."""

    library = None

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and "file" in self.changed_data:
            pages = live_guarded_pages_showing(self.library, self.instance)
            if pages:
                self.add_error("file", self.library.refusal(pages))
        return cleaned_data


class GuardedDeleteView:
    """A library's delete view (mixed into Wagtail's, served at its own
    address): it shows why a file live guarded pages show cannot go, and
    refuses to delete it. ``edit_url_name`` is where a refused delete
    leads."""

    library = None
    edit_url_name = None

    def refusal(self):
        return self.library.deletion_refusal(self.object, self.shown_on)

    @cached_property
    def shown_on(self):
        return live_guarded_pages_showing(self.library, self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.shown_on:
            # Wagtail's confirmation page then offers no delete button.
            context["is_protected"] = True
            messages.error(self.request, self.refusal())
        return context

    def form_valid(self, form):
        if self.shown_on:
            messages.error(self.request, self.refusal())
            return redirect(self.edit_url_name, self.object.pk)
        return super().form_valid(form)


class GuardedMultipleDeleteView:
    """A library's multiple-upload delete (mixed into Wagtail's, served at its
    own address), which answers its page's script in JSON: a file live
    guarded pages show is not deleted, and the answer says why."""

    library = None

    def post(self, request, *args, **kwargs):
        model = self.library.get_model()
        obj = model.objects.filter(pk=kwargs[self.pk_url_kwarg]).first()
        pages = live_guarded_pages_showing(self.library, obj) if obj else []
        if pages:
            return JsonResponse(
                {
                    "success": False,
                    "error_message": self.library.deletion_refusal(obj, pages),
                },
                status=409,
            )
        return super().post(request, *args, **kwargs)
