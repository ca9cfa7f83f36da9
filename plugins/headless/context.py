"""The delivery context: what one request's responses read, loaded explicitly
and once.

A response serializes pages (a list, a detail, search results) under its
request's visibility rule. Before anything is represented, the context loads,
in one query per kind of thing for all the response's pages: their
translations, their tags, their own images, those images' renditions (from
Wagtail's rendition cache in one read, and one query for what it lacks:
``load_renditions``), and the pages their rich text links lead to.
A detail reads its own translations and its links' pages in one query of plain
rows (``PageRow``), since both are live pages looked up by translation key.
Representation then only reads what is loaded (``available_translations``,
``tags``, ``image``); the rich text handler finds its links in the context's
``PageLinks``.
"""

from functools import cached_property
from operator import attrgetter

from django.db.models import Q, prefetch_related_objects
from django.utils.translation import get_language

from blocks import image_representation, load_renditions
from plugins.headless.representation import (
    images_in,
    live_page_rows,
    pages_in,
    rich_texts_in,
    rich_texts_of,
    site_locales,
)
from plugins.headless.rich_text import (
    PageLinks,
    current_links,
    linked_page_ids,
    links_query,
)
from plugins.headless.visibility import for_request

# A page's own images, which every summary and detail shows.
IMAGE_FIELDS = ("share_image", "hero_image")


def delivery_context(request):
    """The context of ``request``'s responses: its visibility rule, and the
    links, images, tags and translations it loads."""
    return DeliveryContext(request, for_request(request))


class DeliveryContext:
    """Per-request state shared by every page serialized in one response."""

    def __init__(self, request, visible_pages):
        self.request = request
        self.visible_pages = visible_pages
        # The request's links (``links_checked_by`` around every API operation
        # and site request), or links of this context's own.
        links = current_links()
        if links is None or links.visibility is not visible_pages:
            links = PageLinks(visible_pages)
        self.links = links
        self._translations = {}
        self._tags = {}
        self._images = {}
        self._once = {}

    # Loading -------------------------------------------------------------------
    def load(self, pages):
        """Everything a list of pages needs, in one query per kind of thing."""
        self.load_translations(pages)
        self.load_tags(pages)
        # Pages read without their images (a section's children, read as
        # their specific types, which cannot select_related what only those
        # types have) get them in one query per field, not two per card;
        # pages read with them are left alone.
        prefetch_related_objects(pages, *IMAGE_FIELDS)
        load_renditions(
            [image for page in pages for image in (page.share_image, page.hero_image)]
        )

    def load_detail(self, page, leaves, *, draft=False):
        """Everything one page's detail needs: the renditions of its own images
        and its body's (``leaves``, its StreamField's), cached or in one query;
        its translations and the pages its rich texts and page choosers link to
        in one query; its tags (a draft's are in memory)."""
        load_renditions([*images_in(leaves), page.share_image, page.hero_image])
        texts = [*rich_texts_in(leaves), *rich_texts_of(page)]
        linked = {*linked_page_ids(texts), *pages_in(leaves)}
        missing = self.links.missing(sorted(linked), [get_language()])
        wanted = links_query(missing, with_page=page.pk) or Q(
            translation_key=page.translation_key
        )
        rows = live_page_rows(wanted)
        self.links.remember(missing, rows)
        self.load_translations([page], rows)
        if not draft:
            self.load_tags([page])

    def load_translations(self, pages, rows=None):
        """The live, public translations of all ``pages``, in one query of
        plain rows. ``rows``: every live page of their translation keys, read
        already (``live_page_rows``)."""
        keys = {page.translation_key for page in pages} - set(self._translations)
        if not keys:
            return
        for key in keys:
            self._translations[key] = []
        if rows is None:
            rows = live_page_rows(Q(translation_key__in=keys), alias_of__isnull=True)
        # Synced copies (aliases) repeat their source: they are not translations.
        siblings = [
            row
            for row in rows
            if row.alias_of_id is None and row.translation_key in keys
        ]
        allowed = self.visible_pages.only_allowed(siblings)
        for sibling in sorted(allowed, key=attrgetter("language_code")):
            self._translations[sibling.translation_key].append(sibling)

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

    def once_with_translations(self, kind, page_id, read):
        """A plugin's value of the page ``page_id`` that several parts of one
        response show, read once per response together with the page's
        loaded translations': ``read(ids)`` answers {id: value} for all of
        them in one query (a translation's detail shows its own policy
        versions and its source's)."""
        if (kind, page_id) not in self._once:
            ids = self.translation_ids(page_id)
            found = read(ids)
            for pk in ids:
                self._once.setdefault((kind, pk), found[pk])
        return self._once[kind, page_id]

    # Reading -------------------------------------------------------------------
    def image(self, image):
        """An image's representation, built once per image per response."""
        if image is None:
            return None
        if image.pk not in self._images:
            self._images[image.pk] = image_representation(image)
        return self._images[image.pk]

    def tags(self, page):
        if not hasattr(page, "tags"):
            return []
        if page.pk is None or page.pk not in self._tags:
            # A preview's draft keeps its tags in memory, not in the database.
            return sorted(tag.name for tag in page.tags.all())
        return sorted(self._tags[page.pk])

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

    def translation_rows(self, page):
        """The live, public translations of ``page`` (itself included), as
        ``PageRow``s."""
        self.load_translations([page])
        return self._translations[page.translation_key]

    def translation_ids(self, page_id):
        """The ids of the loaded translations of the page ``page_id``, itself
        included; only its own when none are loaded."""
        for rows in self._translations.values():
            ids = [row.pk for row in rows]
            if page_id in ids:
                return ids
        return [page_id]

    def available_translations(self, page):
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
            for other in self.translation_rows(page)
            if other.pk != page.pk
        ]
