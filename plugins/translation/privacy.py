"""What is private in the source language is private in every language, at once.

wagtail-localize copies a source page's view restriction to a translation only
when the translation is next synced. Here a restriction saved, changed or
removed on a source-language page is mirrored onto its translations and synced
copies straight away (signal handlers), and serving a translated page also
checks its source's restrictions, so a translation made or moved by any other
route is still withheld. The delivery API already withholds pages whose
translation key is restricted in any language.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import Locale, Page, PageViewRestriction

from plugins.translation.conf import source_language_code


def source_locale_id():
    return Locale.get_default().pk


def mirror_view_restrictions(page):
    """Give every other language version of a source-language ``page`` the
    page's own view restriction (or none, when it has none)."""
    if page.locale_id != source_locale_id() or page.alias_of_id:
        return
    original = PageViewRestriction.objects.filter(page=page).order_by("pk").first()
    group_ids = list(original.groups.values_list("pk", flat=True)) if original else []
    for other in Page.objects.filter(translation_key=page.translation_key).exclude(
        pk=page.pk
    ):
        existing = list(PageViewRestriction.objects.filter(page=other).order_by("pk"))
        if original is None:
            for restriction in existing:
                restriction.delete()
            continue
        copy = existing[0] if existing else PageViewRestriction(page=other)
        if (
            copy.pk is None
            or copy.restriction_type != original.restriction_type
            or copy.password != original.password
        ):
            copy.restriction_type = original.restriction_type
            copy.password = original.password
            copy.save()
        if set(copy.groups.values_list("pk", flat=True)) != set(group_ids):
            copy.groups.set(group_ids)
        for extra in existing[1:]:
            extra.delete()


def restriction_saved(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    mirror_view_restrictions(instance.page)


def restriction_deleted(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        mirror_view_restrictions(page)


def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        mirror_view_restrictions(instance.page)


def source_restrictions(page):
    """View restrictions on the source-language versions of ``page`` and of its
    ancestors that this tree has not mirrored (Wagtail checks the mirrored
    ones, and a visitor should not be asked for the same password twice).
    Always empty for source-language pages. One query."""
    lineage = page.get_ancestors(inclusive=True)
    mirrored = PageViewRestriction.objects.filter(page__in=lineage).values(
        "page__translation_key"
    )
    return PageViewRestriction.objects.filter(
        page__translation_key__in=lineage.values("translation_key"),
        page__locale__language_code=source_language_code(),
    ).exclude(page__translation_key__in=mirrored)


def refused(page, restriction, request):
    """The response Wagtail gives a visitor a restriction does not accept."""
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.get_full_path()}
        )
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        )
        response = page.serve_password_required_response(request, form, action_url)
    else:
        login_url = getattr(
            settings, "WAGTAIL_FRONTEND_LOGIN_URL", reverse("wagtailcore_login")
        )
        response = redirect_to_login(request.get_full_path(), login_url)
    add_never_cache_headers(response)
    return response


def check_source_restrictions(callback):
    """An ``on_serve_page`` hook: a translated page is served only to those its
    source-language version would be served to."""

    def inner(page, request, serve_args, serve_kwargs):
        restrictions = list(source_restrictions(page))
        for restriction in restrictions:
            if not restriction.accept_request(request):
                return refused(page, restriction, request)
        response = callback(page, request, serve_args, serve_kwargs)
        if restrictions:
            # What Wagtail does for a page restricted itself: a shared cache
            # (a CDN, a proxy) must not keep it for the next visitor.
            add_never_cache_headers(response)
        return response

    return inner
