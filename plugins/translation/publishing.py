"""Translation actions that would change a live page need permission to publish it.

wagtail-localize writes a translated page's new content into the page itself
and then publishes its revision, as whoever asked; a refusal at publish time
would come after the text is already in the live page. So these checks run
before its views act, and ask each page's own permission tester (for a
policy: is the user a policy approver?):

- syncing translations with "Publish immediately" publishes every
  translation of the source;
- starting a translation (of a page, or of a page and its subpages) rewrites
  a live target that already exists as a translation, or as a synced copy
  with translated text stored for it;
- converting a translation back into a synced copy puts the source's content
  (and publishing status) in its place.

A refused request goes back to where it came from with a message saying why;
nothing is changed. Editing strings, machine translation and PO uploads only
store text for the next publish, so they need no more than editing does.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    TranslationSource,
)


def refused(request, pages, action, back_to=None):
    """Redirect back with a message naming the pages the user cannot publish."""
    names = ", ".join(
        f"'{page.get_admin_display_title()}' ({page.locale.language_code})"
        for page in pages
    )
    messages.error(
        request,
        _(
            "%(action)s would change the published %(pages)s, which you may not "
            "publish. Nothing was changed: ask someone who may publish it."
        )
        % {"action": action, "pages": names},
    )
    return redirect(back_to or request.get_full_path())


def unpublishable(user, pages):
    return [page for page in pages if not page.permissions_for_user(user).can_publish()]


def check_sync(request, user, translation_source_id):
    """The sync view with "Publish immediately" ticked."""
    if not request.POST.get("publish_translations"):
        return None
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        return None  # the view answers 404
    model = source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return None
    targets = Page.objects.filter(
        translation_key=source.object_id,
        locale__in=source.translations.filter(enabled=True).values("target_locale"),
    ).specific()
    blocked = unpublishable(user, targets)
    if blocked:
        return refused(request, blocked, _("Publishing these translations"))
    return None


def check_submit(request, user, page_id):
    """The translate view for a page (and with "include subtree" its subpages)."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None  # the view answers 404
    try:
        locale_ids = [int(pk) for pk in request.POST.getlist("locales")]
    except ValueError:
        return None  # the form reports it
    sources = (
        page.get_descendants(inclusive=True)
        if request.POST.get("include_subtree")
        else Page.objects.filter(pk=page.pk)
    )
    targets = (
        Page.objects.filter(
            translation_key__in=sources.values("translation_key"),
            locale_id__in=locale_ids,
            live=True,
        )
        .exclude(locale_id=page.locale_id)
        .specific()
    )
    blocked = [
        target
        for target in unpublishable(user, targets)
        if target.alias_of_id is None or holds_translated_text(target)
    ]
    if blocked:
        return refused(request, blocked, _("Starting this translation"))
    return None


def holds_translated_text(page):
    """Whether text or overrides are stored for ``page``'s translation, which a
    new translation of its source would write into it."""
    stored = {"locale_id": page.locale_id, "context__object_id": page.translation_key}
    return (
        StringTranslation.objects.filter(**stored).exists()
        or SegmentOverride.objects.filter(**stored).exists()
    )


def check_convert_to_alias(request, user, page_id):
    """wagtail-localize's "convert back to a synced copy"."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return None
    page = page.specific
    if page.permissions_for_user(user).can_publish():
        return None
    return refused(
        request,
        [page],
        _("Converting this translation into a synced copy"),
        back_to=reverse("wagtailadmin_pages:edit", args=[page.pk]),
    )
