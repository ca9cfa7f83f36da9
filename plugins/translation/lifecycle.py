"""A translation never stays public longer than its source.

Unpublishing a source-language page or snippet unpublishes its translations
(synced copies follow their source in Wagtail already). In the admin, deleting
a source page also deletes its translations and synced copies: Wagtail's
confirmation page lists them, through the
``construct_translated_pages_to_cascade_actions`` hook. A source deleted any
other way leaves its translations as unpublished drafts for an editor to
delete or reuse. Republishing a source does not republish translations: an
editor checks them first.
"""

from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin


def is_source(instance):
    if not isinstance(instance, TranslatableMixin):
        return False
    if isinstance(instance, Page) and (instance.alias_of_id or instance.depth == 1):
        return False
    return instance.locale_id == Locale.get_default().pk


def live_translations(instance):
    """Published translations (not synced copies) of ``instance``."""
    if isinstance(instance, Page):
        objects = Page.objects.filter(alias_of__isnull=True)
    else:
        objects = instance.get_translation_model()._default_manager.all()
    return objects.filter(translation_key=instance.translation_key, live=True).exclude(
        locale_id=instance.locale_id
    )


def unpublish_translations(instance, user=None):
    count = 0
    for translation in live_translations(instance):
        if isinstance(translation, Page):
            translation = translation.specific
        translation.unpublish(user=user)
        count += 1
    return count


def source_unpublished(sender, instance, **kwargs):
    if is_source(instance) and isinstance(instance, DraftStateMixin):
        unpublish_translations(instance)


def source_deleted(sender, instance, **kwargs):
    if is_source(instance) and isinstance(instance, DraftStateMixin):
        unpublish_translations(instance)


def cascade_to_translations(pages, action):
    """Translations and synced copies that share an admin unpublish or delete
    of their source page."""
    if action not in {"unpublish", "delete"}:
        return None
    cascade = {}
    for page in pages:
        if not is_source(page):
            continue
        others = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            # Synced copies are unpublished with their source by Wagtail.
            others = others.filter(alias_of__isnull=True, live=True)
        cascade[page] = others
    return cascade
