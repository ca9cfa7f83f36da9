"""Locale trees kept in sync from the source language by wagtail-localize."""

from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import PageIndex, synchronize_tree


def ensure_locale_synchronization():
    """Every locale but the source one syncs its page tree from the source
    locale; pages created outside the admin (loaders, imports) are synced now.
    Safe to re-run. Returns progress lines."""
    source = Locale.get_default()
    lines = []
    page_index = None
    for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code"):
        sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source}
        )
        if not created:
            # Saving a new LocaleSynchronization syncs at once (wagtail-localize's
            # signal); an existing one only syncs pages added in the admin.
            if page_index is None:
                page_index = PageIndex.from_database().sort_by_tree_position()
            synchronize_tree(sync.sync_from, locale, page_index=page_index)
        lines.append(
            f"Locale {locale.language_code}: page tree synced from "
            f"{sync.sync_from.language_code}"
        )
    return lines
