"""Turning live pages into their API representation, in bulk.

A listing of any length costs the same handful of queries: pages, tags,
translations and image renditions are each fetched once for the whole list.
"""

from datetime import datetime
from functools import cache
from typing import NamedTuple
from uuid import UUID

from django.conf import settings
from django.db.models import Model
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from blocks import load_renditions
from plugins.headless import caching
from plugins.headless.block_schemas import stream_value as stream_value_of


def site_locales(request):
    """{language code: Locale} of every locale, cached until a locale is
    saved or deleted (``invalidation.locales_changed``)."""

    def compute():
        return {locale.language_code: locale for locale in Locale.objects.all()}

    return caching.SITE_LOCALES.get(request, compute)


class PageRow(NamedTuple):
    """A live page read as a plain row: what a translation or a link shows of
    it, and what ``Visibility.allows`` checks. A hundred translations of a
    listing need no page objects. A row the rule allows lies under the site's
    root in its language, so its front-end path is always known."""

    pk: int
    title: str
    url_path: str
    path: str
    translation_key: UUID
    live: bool
    expire_at: datetime | None
    alias_of_id: int | None
    language_code: str
    last_published_at: datetime | None

    # The page columns, in the order of the fields above.
    columns = (
        "pk",
        "title",
        "url_path",
        "path",
        "translation_key",
        "live",
        "expire_at",
        "alias_of_id",
        "locale__language_code",
        "last_published_at",
    )


def stream_leaves(value):
    """Every value inside a StreamField value that is not a block container
    (struct, list or stream), however deeply nested."""
    if isinstance(value, dict) or hasattr(value, "items"):
        for item in value.values():
            yield from stream_leaves(item)
        return
    if isinstance(value, list | tuple) or hasattr(value, "raw_data"):
        for item in value:
            yield from stream_leaves(getattr(item, "value", item))
        return
    yield value


def images_in(leaves):
    """The image objects among a StreamField value's ``stream_leaves``."""
    return [leaf for leaf in leaves if isinstance(leaf, AbstractImage)]


def pages_in(leaves):
    """The ids of the pages chosen among a StreamField value's
    ``stream_leaves`` (page choosers, related content), as links name them."""
    return [str(leaf.pk) for leaf in leaves if isinstance(leaf, Page)]


@cache
def rich_text_field_names(model):
    return [
        field.attname
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField)
    ]


def rich_texts_of(*objects):
    """The database HTML of the loaded rich text fields of model instances;
    nothing for any other value."""
    texts = []
    for obj in objects:
        if isinstance(obj, Model):
            deferred = obj.get_deferred_fields()
            texts += [
                getattr(obj, name)
                for name in rich_text_field_names(type(obj))
                if name not in deferred
            ]
    return texts


def rich_texts_in(leaves):
    """The database HTML of the rich texts among a StreamField value's
    ``stream_leaves``: rich text blocks, and the rich text fields of chosen
    objects (FAQs)."""
    texts = [leaf.source for leaf in leaves if isinstance(leaf, RichText)]
    return texts + rich_texts_of(*leaves)


def stream_representation(stream_value, context):
    images = images_in(stream_leaves(stream_value))
    rep = context.get("representation")
    if rep is not None:
        context = {**context, "visible_pages": rep.visible_pages}
    if images:
        load_renditions(images)
    return stream_value_of(stream_value, context)


def seo_representation(page, rep):
    seo = page.seo_fields()
    return {
        "title": seo["title"],
        "description": seo["description"],
        "share_image": rep.image(seo["share_image"]),
    }


def is_fallback(rep, page, language_code):
    """Whether ``page`` is served in place of a translation into
    ``language_code`` that does not exist: the one rule of every output
    (lists, details, find, search). No language asked for: never."""
    return bool(language_code) and rep.locale_code(page) != language_code


def page_item(page, rep, type_name, *, fallback=False):
    """The fields every page carries, in listings and details alike."""
    return {
        "id": page.pk,
        "type": type_name,
        "title": page.title,
        "slug": page.slug,
        "path": rep.path(page),
        "locale": rep.locale_code(page),
        "fallback": fallback,
        "available_translations": rep.available_translations(page),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
        "summary": page.plain_summary,
        "tags": rep.tags(page),
        "seo": seo_representation(page, rep),
        "hero_image": rep.image(page.hero_image),
    }


def live_page_rows(translation_keys, **filters):
    """The live pages of some translation keys (a ``Q`` on ``translation_key``),
    as ``PageRow``s, unordered: an ORDER BY costs more to compile than the
    caller's sort."""
    rows = (
        Page.objects.filter(translation_keys, live=True, **filters)
        .values_list(*PageRow.columns)
        .order_by()
    )
    return [PageRow(*row) for row in rows]


def translation_facts(page, rep, endpoint, *, fallback):
    """``translation`` of a page's detail: its source language, whether it is a
    fallback or an outdated translation, and the source's current version and
    publication. Reads the page's translations already loaded
    (``DeliveryContext.load_translations``), one query for how it was synced (when a
    translation tool is installed) and one for the source's version (for types
    with versions)."""
    from plugins.headless.endpoints import registry, source_changed_since

    sync = registry.sync_of(page) if registry.sync_of and not fallback else None
    own_code = rep.locale_code(page)
    siblings = {row.language_code: row for row in rep.translation_rows(page)}
    if sync is not None:
        source_code = rep.locale_codes[sync.source_locale_id]
    elif settings.LANGUAGE_CODE in siblings or own_code == settings.LANGUAGE_CODE:
        source_code = settings.LANGUAGE_CODE
    else:
        source_code = own_code
    is_source = source_code == own_code
    source = None if is_source else siblings.get(source_code)
    source_id = page.pk if is_source else getattr(source, "pk", None)
    published = (
        page.last_published_at
        if is_source
        else getattr(source, "last_published_at", None)
    )
    outdated = not is_source and source_changed_since(
        published, sync.synced_at if sync else None, page.last_published_at
    )
    version = None
    if endpoint.current_version is not None and source_id is not None:
        version = endpoint.current_version(source_id, rep)
    return {
        "source_locale": source_code,
        "source_id": source_id,
        "source_path": rep.path(page)
        if is_source
        else (
            rep.visible_pages.front_end_path(source.url_path, source_code)
            if source
            else None
        ),
        "source_version": version,
        "source_last_published_at": published,
        "outdated": outdated,
        "fallback": fallback,
    }


def outdated_snippets(objects):
    """The ids of those of ``objects`` (snippets of one type, with their
    locales) whose source, the same entry in the site's default language,
    was published after them: translations that have not caught up
    (``endpoints.source_changed_since``, for a translation published by
    hand). One query, only when translations are among them."""
    translations = [
        obj for obj in objects if obj.locale.language_code != settings.LANGUAGE_CODE
    ]
    if not translations or not hasattr(translations[0], "last_published_at"):
        return set()
    from plugins.headless.endpoints import source_changed_since

    sources = dict(
        type(translations[0])
        .objects.filter(
            translation_key__in={obj.translation_key for obj in translations},
            locale__language_code=settings.LANGUAGE_CODE,
            live=True,
        )
        .values_list("translation_key", "last_published_at")
    )
    return {
        obj.pk
        for obj in translations
        if source_changed_since(
            sources.get(obj.translation_key), None, obj.last_published_at
        )
    }
