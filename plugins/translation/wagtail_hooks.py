from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.models import Translation

from plugins.translation import lifecycle, privacy
from plugins.translation.manual_edits import ManualEditsConflict, harvest_manual_edits
from plugins.translation.models import AuthoritativeLanguage
from plugins.translation.panels import TranslationStatusPanel
from plugins.translation.reports import TranslationStatusReport
from plugins.translation.roles import ensure_roles, locale_scope, permission_name
from plugins.translation.synchronization import ensure_locale_synchronization

RESTART = "localize-restart-translation"


@hooks.register("register_agency_setup", order=-10)
def translation_setup():
    """Locales synced from the source language, then the translator groups
    (their page permissions need each locale's synced tree). Runs before the
    other plugins' steps, so that they find every locale's tree."""
    return [*ensure_locale_synchronization(), *ensure_roles()]


# Status report and dashboard ------------------------------------------------


@hooks.register("register_admin_urls")
def register_status_report_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReport.as_view(),
            name="trust_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="trust_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_status_report_menu_item():
    return MenuItem(
        gettext_lazy("Translation status"),
        reverse("trust_translation_status"),
        icon_name="site",
        order=650,
    )


@hooks.register("construct_homepage_panels")
def add_translation_status_panel(request, panels):
    if Locale.objects.count() > 1:
        panels.append(TranslationStatusPanel())


# Translators stay in their own locale -----------------------------------------


def refuse_outside_scope(request, action, model, locale_ids):
    scope = locale_scope(request.user, permission_name(action, model))
    if scope is not None and not set(locale_ids) <= scope:
        raise PermissionDenied(_("You can only edit content in your own language."))


@hooks.register("before_edit_snippet", order=-20)
def refuse_snippet_edit_outside_locale(request, instance):
    if isinstance(instance, TranslatableMixin):
        refuse_outside_scope(request, "change", type(instance), [instance.locale_id])


@hooks.register("before_create_snippet", order=-20)
def refuse_snippet_create_outside_locale(request, model):
    if issubclass(model, TranslatableMixin):
        code = request.GET.get("locale")
        locale = (
            Locale.objects.filter(language_code=code).first()
            if code
            else Locale.get_default()
        )
        refuse_outside_scope(request, "add", model, [locale.pk if locale else None])


@hooks.register("before_delete_snippet", order=-20)
def refuse_snippet_delete_outside_locale(request, instances):
    instances = [obj for obj in instances if isinstance(obj, TranslatableMixin)]
    if instances:
        refuse_outside_scope(
            request, "delete", type(instances[0]), [obj.locale_id for obj in instances]
        )


@hooks.register("construct_snippet_listing_buttons")
def hide_snippet_buttons_outside_locale(buttons, snippet, user):
    if not isinstance(snippet, TranslatableMixin):
        return
    scope = locale_scope(user, permission_name("change", type(snippet)))
    if scope is not None and snippet.locale_id not in scope:
        buttons[:] = [
            button
            for button in buttons
            if getattr(button, "icon_name", None) not in {"edit", "bin", "copy"}
        ]


# Safe sync: hand edits survive a restarted translation ------------------------


def keep_manual_edits_on_restart(request, instance):
    """Runs before wagtail-localize's own hook restarts a stopped translation."""
    if request.method != "POST" or RESTART not in request.POST:
        return None
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=False,
    ).first()
    if translation is None:
        return None
    try:
        harvest_manual_edits(translation, instance, user=request.user)
    except ManualEditsConflict as conflict:
        messages.error(
            request,
            _(
                "The synced translation was not restarted: text edited by hand in "
                "%(fields)s has no counterpart in the source and would be lost. "
                "Move it into existing fields, or keep editing by hand."
            )
            % {"fields": ", ".join(conflict.paths)},
        )
        return redirect(request.get_full_path())
    return None


@hooks.register("before_edit_page", order=-10)
def keep_manual_page_edits_on_restart(request, page):
    return keep_manual_edits_on_restart(request, page)


@hooks.register("before_edit_snippet", order=-10)
def keep_manual_snippet_edits_on_restart(request, instance):
    if isinstance(instance, TranslatableMixin):
        return keep_manual_edits_on_restart(request, instance)
    return None


# Privacy and publishing follow the source -------------------------------------


hooks.register("on_serve_page", privacy.check_source_restrictions)
hooks.register(
    "construct_translated_pages_to_cascade_actions", lifecycle.cascade_to_translations
)


# Official language of a page --------------------------------------------------


class AuthoritativeLanguageViewSet(ModelViewSet):
    model = AuthoritativeLanguage
    icon = "site"
    menu_label = gettext_lazy("Official languages")
    add_to_settings_menu = True
    list_display = ["page", "locale"]


@hooks.register("register_admin_viewset")
def register_authoritative_language_viewset():
    return AuthoritativeLanguageViewSet("official_languages")
