"""How each page's translation was last synced, for the API's ``translation``
facts (``plugins.headless.representation.translation_facts``).

The sync time is wagtail-localize's ``TranslationSource.last_updated_at``; a
translation whose sync is stopped (edited by hand) has none. Whether that makes
a translation outdated is ``plugins.headless.endpoints.source_changed_since``,
the rule the status dashboard (``status``) applies too. Saving a
``TranslationSource`` (a sync) purges the cached responses of every page of its
translation key, so the flag clears on the next request.
"""

from wagtail_localize.models import TranslationSource

from plugins.headless.endpoints import SyncFacts, registry


def sync_of(page):
    """``SyncFacts`` of ``page``: its source's language and, when syncs keep
    it, when it was last synced; None when wagtail-localize has no source for
    it. One query."""
    # A row per source and translation of it (one row for a source with none).
    rows = list(
        TranslationSource.objects.filter(object_id=page.translation_key)
        .order_by("created_at", "pk")
        .values_list(
            "locale_id",
            "locale__language_code",
            "last_updated_at",
            "translations__target_locale_id",
            "translations__enabled",
        )
    )
    for _locale_id, code, synced_at, target_id, enabled in rows:
        if target_id == page.locale_id and enabled:
            return SyncFacts(code, synced_at)
    for locale_id, code, *_rest in rows:
        if locale_id == page.locale_id:
            return SyncFacts(code)
    return SyncFacts(rows[0][1]) if rows else None


def source_synced(sender, instance, **kwargs):
    """A sync can make a translation current again without publishing it."""
    from plugins.headless.invalidation import translations_changed

    translations_changed(instance.object_id)


def register():
    registry.register_translation_sync(sync_of)
