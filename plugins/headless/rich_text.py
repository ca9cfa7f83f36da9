"""Rich text links to pages, resolved in one query per text.

Wagtail's ``PageLinkHandler`` loads every linked page as its specific type and
then looks up its translation in the active language (``page.localized``): two
queries per text, plus one per link into another language. This handler reads
the linked pages and their translations in the active language in one query,
and gives the same ``href`` (``page.localized.url``). It also withholds what
Wagtail would hand out: a link to a page that may not be shown keeps its text
but loses its ``href``, so a withheld page's address never reaches a reader.
While the API serves a request (``links_checked_by``), "may be shown" is the
request's ``Visibility``: live, not expired, on the request's site and under
no view restriction. Elsewhere it is live and not expired.

The API serializes a page with its own language active, so links in a Spanish
page lead to the Spanish pages where they exist.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from plugins.headless.visibility import is_current

# The visibility rule of the API request being served, if any.
_visibility = ContextVar("link_visibility", default=None)


@contextmanager
def links_checked_by(visibility):
    """Within this block, links lead only to pages ``visibility`` allows."""
    token = _visibility.set(visibility)
    try:
        yield
    finally:
        _visibility.reset(token)


def linkable(page, visibility):
    """The API's rule when serving a request; elsewhere (the site preview
    templates), live and not expired."""
    return visibility.allows(page) if visibility is not None else is_current(page)


def linked_pages(ids, language_code, visibility=None):
    """{requested id: the page to link to}: its translation into
    ``language_code`` if that may be shown, else itself if it may be."""
    wanted = {int(value) for value in ids if str(value).isdigit()}
    if not wanted:
        return {}
    keys = Page.objects.filter(pk__in=wanted).values("translation_key")
    rows = [
        page
        for page in Page.objects.filter(translation_key__in=keys, live=True)
        .filter(Q(pk__in=wanted) | Q(locale__language_code=language_code))
        .select_related("locale")
        .only(
            "id",
            "url_path",
            "path",
            "depth",
            "translation_key",
            "locale",
            "live",
            "expire_at",
            "alias_of",
        )
        .order_by()
        if linkable(page, visibility)
    ]
    by_key = {}
    for page in rows:
        if page.locale.language_code == language_code:
            by_key[page.translation_key] = page
    found = {}
    for page in rows:
        if page.pk in wanted:
            found[str(page.pk)] = by_key.get(page.translation_key, page)
    return found


class LivePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        ids = [str(attrs.get("id")) for attrs in attrs_list]
        pages = linked_pages(ids, get_language(), _visibility.get())
        links = []
        for page_id in ids:
            url = pages[page_id].get_url() if page_id in pages else None
            links.append(f'<a href="{escape(url)}">' if url else "<a>")
        return links
