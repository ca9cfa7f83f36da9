"""A page's detail, as every operation that shows one gives it: by its type,
by id or path of any type, as a preview's draft, and on the public site."""

from django.conf import settings
from django.http import Http404
from django.utils import translation

from plugins.headless import caching, scopes
from plugins.headless.api.parameters import locale_by_code
from plugins.headless.context import IMAGE_FIELDS, delivery_context
from plugins.headless.endpoints import DetailQuery, registry
from plugins.headless.representation import (
    is_fallback,
    page_item,
    stream_leaves,
    stream_representation,
    translation_facts,
)


def serialize_detail(page, rep, endpoint, *, fallback=False, draft=False):
    """The detail of ``page`` (a draft's with ``draft``), as its ``endpoint``
    declares it."""
    # Rich text links lead to the page's own language where they can.
    with translation.override(rep.locale_code(page)):
        return serialize_detail_in_language(
            page, rep, endpoint, fallback=fallback, draft=draft
        )


def serialize_detail_in_language(page, rep, endpoint, *, fallback, draft):
    body = getattr(page, "body", None)
    rep.load_detail(page, list(stream_leaves(body or [])), draft=draft)
    item = page_item(page, rep, endpoint.type_name, fallback=fallback)
    item["authoritative_locale"] = authoritative_locale(page, rep.request)
    item["translation"] = translation_facts(page, rep, endpoint, fallback=fallback)
    item.update(endpoint.summary_fields(page, rep))
    item.update(endpoint.detail_fields(page, rep))
    for detail_field in registry.detail_fields.values():
        item[detail_field.name] = detail_field.value(page, rep, draft=draft)
    if body is not None:
        item["body"] = stream_representation(
            body, {"request": rep.request, "representation": rep}
        )
    item["json_ld"] = endpoint.json_ld(page, item)
    return item


def authoritative_locale(page, request=None):
    """The official language of a page: what the registered provider (the
    translation plugin) says, its few per-page overrides cached together;
    without a provider, the site's LANGUAGE_CODE."""
    official = registry.official_languages
    if official is None:
        return settings.LANGUAGE_CODE
    chosen = caching.OFFICIAL_LANGUAGES.get(request, official.overrides)
    return chosen.get(str(page.translation_key)) or official.default()


def visible_detail(endpoint, rep, **lookup):
    """The page of ``endpoint``'s type that ``lookup`` names uniquely, with all
    its detail needs, if the API may show it; else None. Fetched by the lookup
    alone and checked with ``Visibility.allows``: a page's visibility is cheaper
    to check than to compile into its query. Unordered: Wagtail's page manager
    orders by tree path, and compiling that ordering over every selected column
    costs more than running the query."""
    found = list(
        endpoint.model.objects.filter(**lookup)
        .order_by()
        .select_related(
            *IMAGE_FIELDS, *endpoint.select_related, *registry.detail_select_related
        )
        .prefetch_related(*endpoint.prefetch_related, *endpoint.detail_prefetch_related)
    )
    page = found[0] if len(found) == 1 else None
    return page if page is not None and rep.visible_pages.allows(page) else None


def translated(page, rep, endpoint, locale_code, fallback):
    """The page in ``locale_code``, or the page itself marked as a fallback.
    A synced copy (an alias) repeats its source untranslated: it is not a
    translation, and is served as its source, marked as a fallback in its
    own language, as the lists give it (``is_fallback``)."""
    if page.alias_of_id is not None:
        locale_code = locale_code or rep.locale_code(page)
        page = visible_detail(endpoint, rep, pk=page.alias_of_id)
        if page is None:
            raise Http404("The source of this page is not public.")
    if not is_fallback(rep, page, locale_code):
        return page, False
    target = locale_by_code(rep, locale_code)
    match = visible_detail(
        endpoint,
        rep,
        translation_key=page.translation_key,
        locale=target,
        alias_of__isnull=True,
    )
    if match:
        return match, False
    if not fallback:
        raise Http404(f"This page has no {locale_code} translation.")
    return page, True


def detail_response(request, page_id, endpoint, query=None):
    """The cached response of a page's detail, however the page is reached:
    by its type, by id or by path."""

    def build():
        rep = delivery_context(request)
        page = visible_detail(endpoint, rep, pk=page_id)
        if page is None:
            raise Http404(f"No live page with id {page_id}.")
        page, fallback = translated(
            page,
            rep,
            endpoint,
            query.locale if query else None,
            query.fallback if query else True,
        )
        return 200, serialize_detail(page, rep, endpoint, fallback=fallback)

    read_under = [
        scopes.for_page(page_id),
        scopes.SNIPPETS,
        *endpoint.extra_scopes,
    ]
    # One entry for the page however it is reached: by type, by id or by path.
    return caching.cached_response(
        request,
        read_under,
        build,
        query=query or DetailQuery(),
        resource=f"/{endpoint.type_name}/{page_id}/",
    )
