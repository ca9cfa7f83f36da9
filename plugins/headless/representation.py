"""Turning live pages into their API representation, in bulk.

A listing of any length costs the same handful of queries: pages, tags,
translations and image renditions are each fetched once for the whole list.
"""

from datetime import datetime
from functools import cache, cached_property
from operator import attrgetter
from typing import NamedTuple
from uuid import UUID

from django.conf import settings
from django.db.models import Model, Q
from django.db.models.query import prefetch_related_objects
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from blocks import image_representation
from plugins.headless import caching, scopes
from plugins.headless.block_schemas import stream_value as stream_value_of


def site_locales(request):
    """{language code: Locale} of every locale, cached until a locale is
    saved or deleted (``invalidation.locales_changed``)."""

    def compute():
        return {locale.language_code: locale for locale in Locale.objects.all()}

    return caching.cached_value(request, "locales", [scopes.LOCALES], compute)


class Representation:
    """Per-request state shared by every page serialized in one response."""

    def __init__(self, request, visible_pages):
        self.request = request
        self.visible_pages = visible_pages
        self._translations = {}
        self._tags = {}
        self._images = {}

    def image(self, image):
        """An image's representation, built once per image per response."""
        if image is None:
            return None
        if image.pk not in self._images:
            self._images[image.pk] = image_representation(image)
        return self._images[image.pk]

    def load_tags(self, pages):
        """Tag names of many pages of one type in one query."""
        pages = [page for page in pages if page.pk not in self._tags]
        if not pages or not hasattr(type(pages[0]), "tags"):
            return
        through = type(pages[0]).tags.through
        for page in pages:
            self._tags[page.pk] = []
        rows = through.objects.filter(
            content_object_id__in=[page.pk for page in pages]
        ).values_list("content_object_id", "tag__name")
        for page_id, name in rows:
            self._tags[page_id].append(name)

    def know_tags(self, tags_by_page):
        """Tag names of pages read already (search knows them), which
        ``load_tags`` then leaves alone: {page id: names}."""
        self._tags.update(tags_by_page)

    def tags(self, page):
        if not hasattr(page, "tags"):
            return []
        if page.pk is None or page.pk not in self._tags:
            # A preview's draft keeps its tags in memory, not in the database.
            return sorted(tag.name for tag in page.tags.all())
        return sorted(self._tags[page.pk])

    def load(self, pages):
        """Everything a list of pages needs, in one query per kind of thing."""
        self.load_translations(pages)
        self.load_tags(pages)
        prefetch_images(
            [image for page in pages for image in (page.share_image, page.hero_image)]
        )

    @cached_property
    def locale_codes(self):
        """{locale id: language code} of every locale."""
        return {locale.pk: code for code, locale in site_locales(self.request).items()}

    def locale_code(self, page):
        """A page's language code, without loading its locale."""
        code = self.locale_codes.get(page.locale_id)
        return code if code is not None else page.locale.language_code

    def path(self, page):
        path = self.visible_pages.front_end_path(page.url_path, self.locale_code(page))
        return path if path is not None else page.get_url(request=self.request) or ""

    def load_translations(self, pages, rows=None):
        """Fetch the live, public translations of all ``pages`` in one query,
        as plain rows: a listing's hundred translations need no page objects.
        ``rows``: every live page of their translation keys, read already
        (``live_translation_rows``)."""
        keys = {page.translation_key for page in pages} - set(self._translations)
        if not keys:
            return
        for key in keys:
            self._translations[key] = []
        if rows is None:
            rows = live_translation_rows(
                Q(translation_key__in=keys), alias_of__isnull=True
            )
        # Synced copies (aliases) repeat their source: they are not translations.
        siblings = [
            row
            for row in rows
            if row.alias_of_id is None and row.translation_key in keys
        ]
        allowed = self.visible_pages.only_allowed(siblings)
        for sibling in sorted(allowed, key=attrgetter("language_code")):
            self._translations[sibling.translation_key].append(sibling)

    def translation_rows(self, page):
        """The live, public translations of ``page`` (itself included), as
        ``TranslationRow``s."""
        self.load_translations([page])
        return self._translations[page.translation_key]

    def available_translations(self, page):
        self.load_translations([page])
        return [
            {
                "locale": other.language_code,
                "id": other.pk,
                "path": self.visible_pages.front_end_path(
                    other.url_path, other.language_code
                )
                or "",
                "title": other.title,
            }
            for other in self._translations[page.translation_key]
            if other.pk != page.pk
        ]


class TranslationRow(NamedTuple):
    """What a translation link and ``Visibility.allows`` read of a page. A
    translation the rule allows lies under the site's root in its language,
    so its front-end path is always known."""

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


def prefetch_images(images):
    """Load the renditions of many images in one query before serializing;
    images whose renditions are loaded already are left as they are."""
    images = [
        image
        for image in images
        if image is not None
        and "renditions" not in getattr(image, "_prefetched_objects_cache", {})
    ]
    unique = {image.pk: image for image in images}
    if not unique:
        return
    prefetch_related_objects(list(unique.values()), "renditions")
    for image in images:
        if image is not unique[image.pk]:
            image._prefetched_objects_cache = unique[image.pk]._prefetched_objects_cache


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
        prefetch_images(images)
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


def live_translation_rows(translation_keys, **filters):
    """The live pages of some translation keys (a ``Q`` on ``translation_key``),
    as ``TranslationRow``s, unordered: an ORDER BY costs more to compile than
    the caller's sort."""
    rows = (
        Page.objects.filter(translation_keys, live=True, **filters)
        .values_list(*TranslationRow.columns)
        .order_by()
    )
    return [TranslationRow(*row) for row in rows]


def translation_facts(page, rep, endpoint, *, fallback):
    """``translation`` of a page's detail: its source language, whether it is a
    fallback or an outdated translation, and the source's current version and
    publication. Reads the page's translations already loaded
    (``load_translations``), one query for how it was synced (when a
    translation tool is installed) and one for the source's version (for types
    with versions)."""
    from plugins.headless.endpoints import registry, source_changed_since

    sync = registry.sync_of(page) if registry.sync_of and not fallback else None
    own_code = rep.locale_code(page)
    siblings = {row.language_code: row for row in rep.translation_rows(page)}
    if sync is not None:
        source_code = sync.source_locale
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
        version = endpoint.current_version(source_id)
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
