"""Rich text links to pages, resolved in one query per response.

Wagtail's ``PageLinkHandler`` loads every linked page as its specific type and
then looks up its translation in the active language (``page.localized``): two
queries per text, plus one per link into another language. This handler reads
the linked pages and their translations in the active language as plain rows
in one query, and gives the same ``href``: while the API serves a request, the
page's front-end path on the request's site (as listings give it); elsewhere
(the site preview templates), ``page.url``, with one more query for the pages.
It also withholds what Wagtail would hand out: a link to a page that may not be
shown keeps its text but loses its ``href``, so a withheld page's address never
reaches a reader. While the API serves a request (``links_checked_by``), "may
be shown" is the request's ``Visibility``: live, not expired, on the request's
site and under no view restriction. Elsewhere it is live and not expired.

The API serializes a page with its own language active, so links in a Spanish
page lead to the Spanish pages where they exist.

Within an API request, resolved links are remembered for the rest of the
response, and ``prefetch_links`` resolves the links of many texts at once
before they are rendered (a list of FAQs, a policy's body and its FAQs), so a
response costs one link query however many texts it has.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.rich_text import extract_references_from_rich_text
from wagtail.rich_text.pages import PageLinkHandler

from plugins.headless.representation import live_translation_rows
from plugins.headless.visibility import is_current

# The visibility rule of the API request being served, if any.
_visibility = ContextVar("link_visibility", default=None)
# That request's resolved links: {(language code, id): TranslationRow or None}.
_resolved = ContextVar("resolved_links", default=None)


@contextmanager
def links_checked_by(visibility):
    """Within this block, links lead only to pages ``visibility`` allows, and
    each linked page is resolved once."""
    token = _visibility.set(visibility)
    resolved = _resolved.set({})
    try:
        yield
    finally:
        _resolved.reset(resolved)
        _visibility.reset(token)


def linkable(page, visibility):
    """The API's rule when serving a request; elsewhere (the site preview
    templates), live and not expired."""
    return visibility.allows(page) if visibility is not None else is_current(page)


def linked_pages(ids, language_code, visibility=None):
    """{requested id: the page to link to}, as ``TranslationRow``s: its
    translation into ``language_code`` if that may be shown, else itself if it
    may be. One query of plain rows: every live translation of the linked
    pages, chosen here."""
    wanted = {int(value) for value in ids if str(value).isdigit()}
    if not wanted:
        return {}
    keys = Page.objects.filter(pk__in=wanted).values("translation_key")
    rows = [row for row in live_translation_rows(keys) if linkable(row, visibility)]
    by_key = {
        row.translation_key: row for row in rows if row.language_code == language_code
    }
    return {
        str(row.pk): by_key.get(row.translation_key, row)
        for row in rows
        if row.pk in wanted
    }


def resolved_links(ids, language_code, visibility=None):
    """``linked_pages``, remembered for the rest of the API request being
    served: only the ids not resolved yet are looked up."""
    memo = _resolved.get()
    if memo is None:
        return linked_pages(ids, language_code, visibility)
    missing = [page_id for page_id in ids if (language_code, page_id) not in memo]
    if missing:
        found = linked_pages(missing, language_code, visibility)
        for page_id in missing:
            memo[language_code, page_id] = found.get(page_id)
    return {
        page_id: memo[language_code, page_id]
        for page_id in ids
        if memo[language_code, page_id] is not None
    }


def prefetch_links(texts):
    """Resolve the page links of many rich texts (database HTML) in one query,
    for the rendering that follows in the same API request and language.
    Outside an API request it does nothing."""
    if _resolved.get() is None:
        return
    ids = {
        str(object_id)
        for text in texts
        if text
        for model, object_id, *_paths in extract_references_from_rich_text(text)
        if isinstance(model, type) and issubclass(model, Page)
    }
    if ids:
        resolved_links(sorted(ids), get_language(), _visibility.get())


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
        visibility = _visibility.get()
        pages = resolved_links(ids, get_language(), visibility)
        urls = link_urls(set(pages.values()), visibility)
        links = []
        for page_id in ids:
            url = urls.get(pages[page_id].pk) if page_id in pages else None
            links.append(f'<a href="{escape(url)}">' if url else "<a>")
        return links
