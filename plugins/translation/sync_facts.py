"""How each page's translation was last synced, for the API's ``translation``
facts (``plugins.headless.representation.translation_facts``).

The sync time is wagtail-localize's ``TranslationSource.last_updated_at``; a
translation whose sync is stopped (edited by hand) has none. Whether that makes
a translation outdated is ``plugins.headless.endpoints.source_changed_since``,
the rule the status dashboard (``status``) applies too. Saving a
``TranslationSource`` (a sync) purges the cached responses of every page of its
translation key, so the flag clears on the next request.
"""

from operator import itemgetter

from wagtail_localize.models import TranslationSource

from plugins.headless.endpoints import SyncFacts, registry


def sync_of(page):
    """``SyncFacts`` of ``page``: its source's locale and, when syncs keep
    it, when it was last synced; None when wagtail-localize has no source for
    it. One query, unordered and without the locales (the caller knows their
    codes): the rows are sorted here, oldest source first."""
    # A row per source and translation of it (one row for a source with none).
    rows = sorted(
        TranslationSource.objects.filter(object_id=page.translation_key)
        .order_by()
        .values_list(
            "created_at",
            "pk",
            "locale_id",
            "last_updated_at",
            "translations__target_locale_id",
            "translations__enabled",
        ),
        key=itemgetter(0, 1),
    )
    for _created, _pk, locale_id, synced_at, target_id, enabled in rows:
        if target_id == page.locale_id and enabled:
            return SyncFacts(locale_id, synced_at)
    for _created, _pk, locale_id, *_rest in rows:
        if locale_id == page.locale_id:
            return SyncFacts(locale_id)
    return SyncFacts(rows[0][2]) if rows else None


def source_synced(sender, instance, **kwargs):
    """A sync can make a translation current again without publishing it."""
    from plugins.headless.invalidation import translations_changed

    translations_changed(instance.object_id)


def register():
    registry.register_translation_sync(sync_of)
