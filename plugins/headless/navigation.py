"""The site's menu: one rule for the API's /navigation/ and the HTML site.

The menu lists the sections of the home page in the requested language: each
child of the home page that the public may see (``Visibility``) and that an
editor has marked "Show in menus", in the editors' tree order, with the
children of each section marked the same way under it. Two levels: a
section's own pages are reached from its listing, not from the menu.
"""

from wagtail.models import Page, Site

from plugins.headless.endpoints import registry

# Sections, and the pages shown under each.
LEVELS = 2


def home_in(rep, locale):
    """The site's home page in ``locale``, if the public may see it."""
    site = Site.find_for_request(rep.request)
    if site is None:
        return None
    return rep.visible_pages(
        Page.objects.filter(
            translation_key=site.root_page.translation_key, locale=locale
        )
    ).first()


def menu_items(rep, home):
    """The menu under ``home``: [{id, title, path, type, children}] in tree
    order. One query."""
    pages = (
        rep.visible_pages(Page.objects.descendant_of(home))
        .in_menu()
        .filter(depth__lte=home.depth + LEVELS)
        .select_related("content_type")
        .order_by("path")
    )
    by_path = {home.path: {"children": []}}
    for page in pages:
        parent = by_path.get(page.path[: -Page.steplen])
        if parent is None:
            continue  # under a page left out of the menu
        node = {
            "id": page.pk,
            "title": page.title,
            "path": rep.path(page),
            "type": registry.type_name_of(page.specific_class),
            "children": [],
        }
        by_path[page.path] = node
        parent["children"].append(node)
    return by_path[home.path]["children"]
