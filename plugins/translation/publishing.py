"""Translation actions that would change a live page need permission to publish it.

wagtail-localize writes a translated page's new content into the page itself
and then publishes its revision, as whoever asked; a refusal at publish time
would come after the text is already in the live page. So these checks run
before its views act, and ask each page's own permission tester (for a
policy: is the user a policy approver?):

- syncing translations with "Publish immediately" publishes every
  translation of the source (of a snippet too, such as an FAQ that live
  policies embed: that needs the snippet's publish permission);
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
from wagtail.models import DraftStateMixin, Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    TranslationSource,
)


def refused(request, pages, action, back_to=None):
    """Redirect back with a message naming the pages (or snippets) the user
    cannot publish."""
    names = ", ".join(
        f"'{display_title(page)}' ({page.locale.language_code})" for page in pages
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


def display_title(obj):
    title = getattr(obj, "get_admin_display_title", None)
    return title() if title else str(obj)


def unpublishable(user, pages):
    return [page for page in pages if not page.permissions_for_user(user).can_publish()]


def unpublishable_snippets(user, model, translation_key, locales):
    """The translations of a snippet (in ``locales``) that ``user`` may not
    publish: all of them without the model's publish permission (a model
    without drafts goes live when saved, so there it is the change
    permission)."""
    action = "publish" if issubclass(model, DraftStateMixin) else "change"
    if ModelPermissionPolicy(model).user_has_permission(user, action):
        return []
    return list(
        model.objects.filter(translation_key=translation_key, locale__in=locales)
    )


def check_sync(request, user, translation_source_id):
    """The sync view with "Publish immediately" ticked."""
    if not request.POST.get("publish_translations"):
        return None
    source = TranslationSource.objects.filter(pk=translation_source_id).first()
    if source is None:
        return None  # the view answers 404
    model = source.specific_content_type.model_class()
    if model is None:
        return None
    locales = source.translations.filter(enabled=True).values("target_locale")
    if issubclass(model, Page):
        targets = Page.objects.filter(
            translation_key=source.object_id, locale__in=locales
        ).specific()
        blocked = unpublishable(user, targets)
    else:
        # A snippet's translation is published as a whole: an FAQ's shows in
        # every live page that embeds it.
        blocked = unpublishable_snippets(user, model, source.object_id, locales)
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
