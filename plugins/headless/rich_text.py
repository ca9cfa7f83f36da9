"""Rich text links to pages, resolved in one query per response.

Wagtail's ``PageLinkHandler`` loads every linked page as its specific type and
then looks up its translation in the active language (``page.localized``): two
queries per text, plus one per link into another language. This handler reads
the linked pages and their translations in the active language as plain rows
in one query, and gives the same ``href``: while a request is served (the API,
and the HTML site through ``middleware.LinkVisibilityMiddleware``), the page's
front-end path on the request's site (as listings give it); outside a request,
``page.url``, with one more query for the pages. It also withholds what Wagtail
would hand out: a link to a page that may not be shown keeps its text but
loses its ``href``, so a withheld page's address never reaches a reader. While
a request is served (``links_checked_by``), "may be shown" is the request's
``Visibility``: live, not expired, on the request's site and under no view
restriction. Outside a request it is live and not expired.

The API serializes a page, and a FAQ's answer, with its own language active,
so links in a Spanish page or FAQ lead to the Spanish pages where they exist,
whatever language the request asks for (a response does not vary by
Accept-Language).

Within a request, resolved links are kept in its ``PageLinks`` for the rest of
the response. The delivery context (``plugins.headless.context``) loads them
before anything is rendered, a detail's in the query that reads its
translations, and ``prefetch_links`` loads those of many snippets at once (a
list of FAQs), so a response costs one link query however many texts it has.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from html import unescape

from django.db.models import Q
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.images.rich_text import ImageEmbedHandler
from wagtail.models import Page
from wagtail.rich_text import extract_references_from_rich_text
from wagtail.rich_text.pages import PageLinkHandler

from cms.media_urls import absolute_media_url
from plugins.headless.representation import live_page_rows, rich_texts_of
from plugins.headless.visibility import is_current

# The links of the request being served, if any (``links_checked_by``).
_links = ContextVar("page_links", default=None)


class PageLinks:
    """The page links of one request's responses: which pages its rule lets
    them lead to, and every link resolved so far, {(language code, id): the
    ``PageRow`` to link to, or None}. A delivery context loads them
    explicitly (``load``), with its other rows; the rich text handler reads
    them (``resolve``) and looks up only what was not loaded."""

    def __init__(self, visibility):
        self.visibility = visibility
        self.resolved = {}

    def missing(self, ids, language_codes):
        """{language code: the ids not resolved yet in it}, for those with any."""
        missing = {}
        for language in sorted(language_codes):
            todo = [i for i in ids if (language, i) not in self.resolved]
            if todo:
                missing[language] = todo
        return missing

    def remember(self, missing, rows=None):
        """Resolve ``missing`` (as ``missing`` gives it) from ``rows``, every
        live page of their translation keys; read here when not given."""
        for language, ids in missing.items():
            found = linked_pages(ids, language, self.visibility, rows=rows)
            for page_id in ids:
                self.resolved[language, page_id] = found.get(page_id)

    def resolve(self, ids, language_code):
        """{id: the ``PageRow`` to link to} of the ids that lead somewhere."""
        missing = self.missing(ids, [language_code])
        if missing:
            self.remember(missing)
        return {
            page_id: self.resolved[language_code, page_id]
            for page_id in ids
            if self.resolved[language_code, page_id] is not None
        }


@contextmanager
def links_checked_by(visibility):
    """Within this block, links lead only to pages ``visibility`` allows, and
    each linked page is resolved once. Gives the block's ``PageLinks``."""
    token = _links.set(PageLinks(visibility))
    try:
        yield _links.get()
    finally:
        _links.reset(token)


def current_links():
    """The ``PageLinks`` of the request being served, or None outside one."""
    return _links.get()


def linkable(page, visibility):
    """The request's rule while one is served; outside a request, live and
    not expired."""
    return visibility.allows(page) if visibility is not None else is_current(page)


def linked_pages(ids, language_code, visibility=None, *, rows=None):
    """{requested id: the page to link to}, as ``PageRow``s: its translation
    into ``language_code`` if that may be shown, else itself if it may be.
    One query of plain rows: every live translation of the linked pages,
    chosen here (``rows``: those rows, read already)."""
    wanted = page_ids(ids)
    if not wanted:
        return {}
    if rows is None:
        rows = live_page_rows(Q(translation_key__in=translation_keys_of(wanted)))
    rows = [row for row in rows if linkable(row, visibility)]
    by_key = {
        row.translation_key: row for row in rows if row.language_code == language_code
    }
    return {
        str(row.pk): by_key.get(row.translation_key, row)
        for row in rows
        if row.pk in wanted
    }


def page_ids(ids):
    """The ids of a rich text's page links that can be page ids."""
    return {int(value) for value in ids if str(value).isdigit()}


def translation_keys_of(ids):
    """The translation keys of the pages ``ids``, as a subquery."""
    return Page.objects.filter(pk__in=page_ids(ids)).values("translation_key")


def linked_page_ids(texts):
    """The ids of the pages that rich texts (database HTML) link to, sorted."""
    return sorted(
        {
            str(object_id)
            for text in texts
            if text
            for model, object_id, *_paths in extract_references_from_rich_text(text)
            if isinstance(model, type) and issubclass(model, Page)
        }
    )


def links_query(missing, *, with_page=None):
    """The ``Q`` of the live pages ``missing`` links may lead to (their
    translation keys), or None when nothing is missing. ``with_page``: the id
    of a page whose translations are wanted too, looked up in the same
    subquery. One ``IN`` on the translation keys lets PostgreSQL read them
    from the (translation key, locale) index; OR-ing a page's own key to it
    made it scan the whole page table on every detail with a link."""
    if not missing:
        return None
    every_missing = {page_id for todo in missing.values() for page_id in todo}
    if with_page is not None:
        every_missing.add(str(with_page))
    return Q(translation_key__in=translation_keys_of(every_missing))


def prefetch_links(texts, language_codes=None):
    """Resolve the page links of many rich texts (database HTML) in one query,
    for the rendering that follows in the same request. ``language_codes``:
    the languages the texts will be rendered in (snippets of several
    languages, each rendered in its own); by default the active one. Outside
    a request nothing is read."""
    links = current_links()
    if links is None:
        return
    missing = links.missing(linked_page_ids(texts), language_codes or [get_language()])
    if missing:
        links.remember(missing, live_page_rows(links_query(missing)))


def prefetch_links_of(snippets):
    """``prefetch_links`` for the rich text fields of snippets (FAQs), each
    rendered in its own language."""
    prefetch_links(
        rich_texts_of(*snippets),
        language_codes={
            snippet.locale.language_code
            for snippet in snippets
            if hasattr(snippet, "locale_id")
        },
    )


def link_urls(pages, visibility=None):
    """{id: href} of linked pages: their front-end path on the request's site
    while the API serves one; elsewhere Wagtail's ``page.url``."""
    if visibility is not None:
        return {
            page.pk: visibility.front_end_path(page.url_path, page.language_code)
            for page in pages
        }
    found = Page.objects.in_bulk([page.pk for page in pages])
    return {pk: page.get_url() for pk, page in found.items()}


class LivePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        links = current_links()
        visibility = links.visibility if links is not None else None
        if links is None:
            pages = linked_pages(ids, get_language())
        else:
            pages = links.resolve(ids, get_language())
        urls = link_urls(set(pages.values()), visibility)
        links = []
        for page_id in ids:
            url = urls.get(pages[page_id].pk) if page_id in pages else None
            links.append(f'<a href="{escape(url)}">' if url else "<a>")
        return links


class AbsoluteDocumentLinkHandler(DocumentLinkHandler):
    """Document links with absolute URLs (``cms.media_urls``), as the API's
    document blocks give them."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [
            f'<a href="{escape(absolute_media_url(document.url))}">'
            if document
            else "<a>"
            for document in cls.get_many(attrs_list)
        ]


IMAGE_SOURCE = re.compile(r'\bsrc="([^"]*)"')


class AbsoluteImageEmbedHandler(ImageEmbedHandler):
    """Images embedded in rich text with absolute URLs (``cms.media_urls``)."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [
            IMAGE_SOURCE.sub(
                lambda found: f'src="{escape(absolute_media_url(unescape(found[1])))}"',
                tag,
            )
            for tag in super().expand_db_attributes_many(attrs_list)
        ]
