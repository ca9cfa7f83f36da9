"""Keeps translators inside their own locales on wagtail-localize's endpoints.

wagtail-localize checks a snippet translation's endpoints (string edits, PO
upload and download, machine translation, stop) against the user's permission
on the snippet model, which Wagtail grants for every locale at once; and its
"translate" form offers every locale. For users whose permissions come from
translator roles, this middleware refuses (403) any such request that would
touch another locale. Page translations need nothing more: Wagtail's page
permissions already confine translators to their locale's tree.

For every user, it also refuses the requests that would change a live page
the user may not publish (``plugins.translation.publishing``).

Add ``plugins.translation.middleware.TranslatorScopeMiddleware`` to
MIDDLEWARE, after the authentication middleware.
"""

from django.contrib.auth import get_permission_codename
from django.core.exceptions import PermissionDenied
from wagtail.models import Page
from wagtail_localize.models import Translation

from plugins.translation import publishing
from plugins.translation.roles import SUBMIT_TRANSLATION, locale_scope

SUBMIT_VIEWS = {"submit_page_translation", "submit_snippet_translation"}
SYNC_VIEW = "update_translations"
CONVERT_TO_ALIAS_VIEW = "convert_to_alias"
# Choices on the sync form that act on every locale's translations at once.
SYNC_ALL_LOCALES = ("publish_translations", "use_machine_translation")


class TranslatorScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return None
        if match.url_name in SUBMIT_VIEWS and request.method == "POST":
            check_submit(request, user)
            if "page_id" in view_kwargs:
                return publishing.check_submit(request, user, view_kwargs["page_id"])
        elif match.url_name == SYNC_VIEW and request.method == "POST":
            check_sync(request, user)
            return publishing.check_sync(
                request, user, view_kwargs["translation_source_id"]
            )
        elif match.url_name == CONVERT_TO_ALIAS_VIEW and request.method == "POST":
            return publishing.check_convert_to_alias(
                request, user, view_kwargs["page_id"]
            )
        elif "translation_id" in view_kwargs:
            check_translation(user, view_kwargs["translation_id"])
        return None


def check_submit(request, user):
    scope = locale_scope(user, SUBMIT_TRANSLATION)
    if scope is None:
        return
    try:
        requested = {int(pk) for pk in request.POST.getlist("locales")}
    except ValueError:
        return  # the form reports it
    if not requested <= scope:
        raise PermissionDenied("You can only translate into your own language.")


def check_sync(request, user):
    scope = locale_scope(user, SUBMIT_TRANSLATION)
    if scope is None:
        return
    if any(request.POST.get(name) for name in SYNC_ALL_LOCALES):
        raise PermissionDenied(
            "Publishing or machine-translating every language is for editors."
        )


def check_translation(user, translation_id):
    translation = (
        Translation.objects.select_related("source__specific_content_type")
        .filter(pk=translation_id)
        .first()
    )
    if translation is None:
        return  # the view answers 404
    model = translation.source.specific_content_type.model_class()
    if model is None or issubclass(model, Page):
        return
    perm = f"{model._meta.app_label}.{get_permission_codename('change', model._meta)}"
    scope = locale_scope(user, perm)
    if scope is not None and translation.target_locale_id not in scope:
        raise PermissionDenied("This translation is into another language.")
