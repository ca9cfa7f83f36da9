"""Which cached API responses a content change affects."""

from wagtail.models import Page

from plugins.headless import caching
from plugins.headless.endpoints import registry


def page_scopes(page):
    """Scopes a publish of ``page`` touches: its type's listings, the details
    of its translations, paths and navigation."""
    endpoint = registry.for_page_model(page.specific_class)
    group_ids = Page.objects.filter(translation_key=page.translation_key).values_list(
        "pk", flat=True
    )
    scopes = [f"page:{pk}" for pk in group_ids]
    scopes += ["paths", "navigation", "search"]
    if endpoint:
        scopes.append(f"type:{endpoint.type_name}")
    return scopes


def page_published(page):
    caching.invalidate(*page_scopes(page))


def structure_changed():
    """Moves, unpublishing, deletion and privacy changes can alter any response
    (paths, inherited restrictions, links in other pages), so all of it goes."""
    caching.invalidate(caching.GLOBAL_SCOPE)


def snippet_changed(instance):
    endpoint = registry.snippets.get(type(instance))
    scopes = ["snippets", "search"]
    if endpoint:
        scopes.append(f"type:{endpoint.type_name}")
    caching.invalidate(*scopes)
