"""Signal wiring: privacy and publishing follow the source, and translators
get the admin in their own language."""

from django.contrib.auth import get_user_model
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction, get_translatable_models
from wagtail.signals import page_unpublished, unpublished

from plugins.translation import lifecycle, privacy
from plugins.translation.models import TranslatorRole


def admin_in_own_language(sender, instance, action, reverse, pk_set, **kwargs):
    """A user who joins a translator group gets the admin in that group's
    language, unless they already chose a language themselves."""
    if action != "post_add" or not pk_set:
        return
    from wagtail.users.models import UserProfile

    if reverse:  # group.user_set.add(users)
        roles = TranslatorRole.objects.filter(group=instance)
        users = get_user_model().objects.filter(pk__in=pk_set)
    else:  # user.groups.add(groups)
        roles = TranslatorRole.objects.filter(group_id__in=pk_set)
        users = [instance]
    role = roles.select_related("locale").first()
    if role is None:
        return
    for user in users:
        profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = role.locale.language_code
            profile.save(update_fields=["preferred_language"])


def connect():
    from wagtail_localize.models import TranslationSource

    from plugins.translation.sync_facts import source_synced

    post_save.connect(
        source_synced,
        sender=TranslationSource,
        dispatch_uid="trust_translation_source_synced",
    )
    post_save.connect(
        privacy.restriction_saved,
        sender=PageViewRestriction,
        dispatch_uid="trust_translation_restriction_saved",
    )
    post_delete.connect(
        privacy.restriction_deleted,
        sender=PageViewRestriction,
        dispatch_uid="trust_translation_restriction_deleted",
    )
    m2m_changed.connect(
        privacy.restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="trust_translation_restriction_groups",
    )
    page_unpublished.connect(
        lifecycle.source_unpublished, dispatch_uid="trust_translation_page_unpublished"
    )
    unpublished.connect(
        lifecycle.source_unpublished, dispatch_uid="trust_translation_unpublished"
    )
    for model in get_translatable_models(include_subclasses=True):
        if issubclass(model, Page) and model is not Page:
            continue  # the base Page row's deletion covers every page type
        post_delete.connect(
            lifecycle.source_deleted,
            sender=model,
            dispatch_uid=f"trust_translation_deleted_{model._meta.label_lower}",
        )
    m2m_changed.connect(
        admin_in_own_language,
        sender=get_user_model().groups.through,
        dispatch_uid="trust_translation_admin_language",
    )
