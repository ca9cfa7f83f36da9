"""Translator groups: one per locale, editing only that locale's content.

Pages are scoped the Wagtail way, with page permissions on the root of the
locale's tree. Snippet permissions in Wagtail are per model, not per locale, so
``locale_scope`` says which locales a translator's snippet permissions cover and
the hooks and middleware in this plugin enforce it.
"""

from django.conf.locale import LANG_INFO
from django.contrib.auth import get_permission_codename
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
    TranslatableMixin,
)
from wagtail.snippets.models import get_snippet_models

from plugins.translation.models import TranslatorRole

EDITORS = "Editors"
POLICY_APPROVERS = "Policy approvers"
# Translators change existing pages of their tree; they neither add nor publish.
TRANSLATOR_PAGE_PERMISSIONS = ("change_page",)
TRANSLATOR_COLLECTION_PERMISSIONS = ("choose_image", "choose_document")
SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def language_name(code):
    return LANG_INFO.get(code, {}).get("name", code)


def translator_group_name(locale):
    return f"Translators ({language_name(locale.language_code)})"


def translatable_snippet_models():
    return [
        model for model in get_snippet_models() if issubclass(model, TranslatableMixin)
    ]


def permission_name(action, model):
    """``app_label.codename`` of a model permission, as ``user.has_perm`` takes."""
    return f"{model._meta.app_label}.{get_permission_codename(action, model._meta)}"


def permission(name):
    app_label, codename = name.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def locale_tree_roots(locale):
    """Each site's home page in that language (a synced, untranslated one
    included); without sites, the locale's top-level pages."""
    pages = Page.objects.filter(locale=locale).order_by("path")
    site_roots = Site.objects.values("root_page__translation_key")
    if Site.objects.exists():
        return pages.filter(translation_key__in=site_roots)
    return pages.filter(depth=2)


def ensure_translator_group(locale):
    """The locale's translator group with its permissions. Safe to re-run."""
    role = TranslatorRole.objects.select_related("group").filter(locale=locale).first()
    if role is None:
        group, _created = Group.objects.get_or_create(
            name=translator_group_name(locale)
        )
        role = TranslatorRole.objects.create(group=group, locale=locale)
    group = role.group
    group.permissions.add(
        permission("wagtailadmin.access_admin"),
        permission(SUBMIT_TRANSLATION),
        *(
            permission(permission_name("change", model))
            for model in translatable_snippet_models()
        ),
    )
    roots = list(locale_tree_roots(locale))
    page_permissions = [
        Permission.objects.get(content_type__app_label="wagtailcore", codename=name)
        for name in TRANSLATOR_PAGE_PERMISSIONS
    ]
    for root in roots:
        for page_permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=page_permission
            )
    collection = Collection.get_first_root_node()
    for codename in TRANSLATOR_COLLECTION_PERMISSIONS:
        collection_permission = Permission.objects.filter(codename=codename).first()
        if collection_permission and collection:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=collection_permission
            )
    return group, roots


def ensure_roles():
    """Translator groups for every locale but the source one; the Editors and
    Policy approvers groups may start translations. Returns progress lines."""
    lines = []
    source = Locale.get_default()
    submit = permission(SUBMIT_TRANSLATION)
    for name in (EDITORS, POLICY_APPROVERS):
        # The project and the policies plugin create these groups too; by name,
        # so whichever setup step runs first wins and the others reuse it.
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(permission("wagtailadmin.access_admin"), submit)
    editors = Group.objects.get(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(
            content_type=ContentType.objects.get(
                app_label="trust_translation", model="authoritativelanguage"
            )
        )
    )
    for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code"):
        group, roots = ensure_translator_group(locale)
        where = (
            f"{len(roots)} page tree(s)"
            if roots
            else "no page tree yet: re-run after the site has a home page"
        )
        lines.append(f"Group '{group.name}': ready ({where})")
    return lines


def locale_scope(user, perm):
    """The locale ids in which ``user`` may use ``perm`` ("app_label.codename").

    None means no locale limit: a superuser, or a user who holds the permission
    through anything other than a translator role (or not at all, so that
    Wagtail's own check refuses). Cached on the user for the request.
    """
    if not user.is_authenticated or user.is_superuser:
        return None
    cache = user.__dict__.setdefault("_trust_locale_scope", {})
    if perm not in cache:
        app_label, codename = perm.split(".", 1)
        matches = Q(codename=codename, content_type__app_label=app_label)
        if user.user_permissions.filter(matches).exists():
            scope = None
        else:
            role_locales = set(
                Group.objects.filter(
                    user=user, permissions__in=Permission.objects.filter(matches)
                ).values_list("translator_role__locale_id", flat=True)
            )
            # A group without a translator role grants it everywhere.
            scope = None if not role_locales or None in role_locales else role_locales
        cache[perm] = frozenset(scope) if scope is not None else None
    return cache[perm]


def translator_locales(user):
    """The locales ``user`` translates into through translator roles."""
    if not user.is_authenticated:
        return Locale.objects.none()
    return Locale.objects.filter(translator_roles__group__user=user).distinct()
