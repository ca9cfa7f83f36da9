"""Which cached API responses a content change affects."""

from django.utils import timezone
from wagtail.models import Page

from plugins.headless import caching, scopes
from plugins.headless.endpoints import registry


def page_scopes(page):
    """Scopes a publish of ``page`` touches: its type's listings, the details
    of its translations, paths and navigation."""
    endpoint = registry.for_page_model(page.specific_class)
    group_ids = Page.objects.filter(translation_key=page.translation_key).values_list(
        "pk", flat=True
    )
    touched = [scopes.for_page(pk) for pk in group_ids]
    touched += [scopes.PATHS, scopes.NAVIGATION, scopes.SEARCH]
    if endpoint:
        touched.append(scopes.for_type(endpoint.type_name))
    return touched + related_scopes(page)


def related_scopes(page):
    """Responses that show ``page`` through a many-to-many field: the registry
    entries a policy governs, and the pages (such as stories) that cite it."""
    model = page.specific_class
    touched = [
        scopes.for_type(registry.snippets[field.related_model].type_name)
        for field in model._meta.many_to_many
        if field.related_model in registry.snippets
    ]
    for relation in model._meta.related_objects:
        if relation.many_to_many and issubclass(relation.related_model, Page):
            citing = relation.related_model.objects.filter(
                **{relation.field.name: page.pk}
            ).values_list("pk", flat=True)
            touched += [scopes.for_page(pk) for pk in citing]
    return touched


def expiry_scopes(obj):
    """An object published with a future ``expire_at`` leaves public view at
    a time no signal marks. Responses already cached were given timeouts
    that ran to the soonest expiry known then (``caching.response_timeout``),
    and some show it without a scope of theirs naming it (a page linking to
    it in rich text or related content): all of them go, so that each is
    kept no longer than the new soonest expiry. Rare: most publishes set no
    expiry."""
    expire_at = getattr(obj, "expire_at", None)
    return [scopes.GLOBAL] if expire_at and expire_at > timezone.now() else []


def page_published(page):
    caching.invalidate(*page_scopes(page), *expiry_scopes(page))


def redirect_changed():
    """A redirect was added, changed or removed (in the admin, or by Wagtail
    when a page moves): find-by-path's redirect answers and the redirect
    list (``redirects``)."""
    caching.invalidate(scopes.REDIRECTS)


def structure_changed():
    """Moves, unpublishing, deletion and privacy changes can alter any response
    (paths, inherited restrictions, links in other pages), so all of it goes."""
    caching.invalidate(scopes.GLOBAL)


def sites_changed():
    """A Site was saved or deleted, or a site root got a page in a new
    language: each host's site roots (``sites``), and, as which pages a host
    serves shapes every response, everything else."""
    caching.invalidate(scopes.SITES, scopes.GLOBAL)


def locales_changed():
    """A Locale was saved or deleted: the content languages (``locales``),
    and, as every response names languages, everything else."""
    caching.invalidate(scopes.LOCALES, scopes.GLOBAL)


def snippet_changed(instance):
    endpoint = registry.snippets.get(type(instance))
    touched = [scopes.SNIPPETS, scopes.SEARCH, *expiry_scopes(instance)]
    if endpoint:
        touched.append(scopes.for_type(endpoint.type_name))
    caching.invalidate(*touched)


def translations_changed(translation_key):
    """A translation tool synced the pages of ``translation_key``: the details
    of each say whether it is outdated."""
    group_ids = Page.objects.filter(translation_key=translation_key).values_list(
        "pk", flat=True
    )
    caching.invalidate(*[scopes.for_page(pk) for pk in group_ids])
