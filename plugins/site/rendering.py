"""Each page rendered from its API representation: one source of truth.

The core asks for a page's template and context through the ``page_template``
and ``page_context`` hooks (``cms.models.mixins.TrustPage``), when Wagtail
serves the page and when the admin previews it. This module answers: the
template is ``site/pages/<model>.html``, and the context holds ``item``, the
very dictionary ``/api/v1/pages/<id>/`` delivers for the page (a preview's
draft as ``/api/v1/preview/`` delivers it), so the site shows what the API shows
and never what it withholds. An untranslated copy of a page (a synced alias)
is rendered from its source, marked as a fallback, as the API marks it.
"""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.utils import translation
from django.utils.text import camel_case_to_spaces
from wagtail.models import Page

from plugins.headless import navigation
from plugins.headless.api import delivery_context, serialize_detail
from plugins.headless.endpoints import registry
from plugins.headless.representation import page_item, site_locales
from plugins.site.models import AgencySettings

# Section landing pages without a template of their own share this one.
SECTION_TEMPLATE = "site/pages/index_page.html"
# The cards a listing shows at a time: whole rows of the card grid's two
# (tablet) and three (desktop) columns.
CARDS_PER_PAGE = 24


def template_name(model):
    """``site/pages/policy_page.html`` for ``PolicyPage``: the name Wagtail
    gives a model's template, under the site's folder."""
    return "site/pages/{}.html".format(
        camel_case_to_spaces(model.__name__).replace(" ", "_")
    )


def page_template(page, request):
    return [template_name(page.specific_class), SECTION_TEMPLATE]


def is_preview(request):
    return bool(getattr(request, "is_preview", False))


def page_context(page, request, context):
    """What every site template reads: ``item`` (the API representation),
    ``cards`` (the representation of the pages a listing shows) and ``site``
    (header, menu, languages, breadcrumbs, footer)."""
    rep = delivery_context(request)
    if is_preview(request):
        # The admin's language is the editor's; a preview reads as the site.
        translation.activate(rep.locale_code(page))
    source = page.alias_of.specific if page.alias_of_id else page
    fallback = source is not page
    endpoint = registry.for_page_model(source.specific_class)
    item = (
        serialize_detail(
            source, rep, endpoint, fallback=fallback, draft=is_preview(request)
        )
        if endpoint
        else None
    )
    # The pages a listing shows: the page's own choice (``children`` of an
    # index page, such as upcoming events) or its visible children.
    # (The page's hooks run before an index page adds ``children``: ask it.)
    children = context.get("children")
    if children is None and page.pk is not None and hasattr(page, "listed_children"):
        children = page.listed_children(request)
    if children is None and page.pk is not None:
        children = rep.visible_pages(page.get_children()).specific()
    # Not ``children or []``: the truth of a queryset reads all of it.
    listed = listing_page(request, [] if children is None else children)
    # Only what the public sees is kept in the shared cache, never a preview.
    request.site_page_cacheable = (
        not is_preview(request)
        and page.pk is not None
        and rep.visible_pages.allows(page)
    )
    return {
        "item": item,
        "cards": cards(rep, list(listed.object_list)),
        "pagination": pagination(request.path, listed),
        "site": site_frame(page, rep, item, request),
    }


def listing_page(request, children):
    """The ``CARDS_PER_PAGE`` children a listing shows: the page of them its
    ``?page=`` names, the first without one. Any other value (not a number,
    past the last page) is a 404, as for an address that does not exist."""
    try:
        return Paginator(children, CARDS_PER_PAGE).page(request.GET.get("page", 1))
    except InvalidPage as error:
        raise Http404(str(error)) from None


def pagination(path, listed):
    """The links between the pages of a listing at ``path`` (None when it
    fits on one): the first, the last, and the neighbours of the current one,
    as USWDS advises, with gaps (None) between them. The first page is the
    listing's own address, which the site's cache serves."""
    if listed.paginator.num_pages < 2:
        return None

    def address(number):
        return path if number == 1 else f"{path}?page={number}"

    shown = listed.paginator.get_elided_page_range(
        listed.number, on_each_side=1, on_ends=1
    )
    last = listed.paginator.num_pages
    return {
        "previous": address(listed.number - 1) if listed.has_previous() else None,
        "next": address(listed.number + 1) if listed.has_next() else None,
        "pages": [
            None
            if number == listed.paginator.ELLIPSIS
            else {
                "number": number,
                "path": address(number),
                "current": number == listed.number,
                "last": number == last,
            }
            for number in shown
        ],
    }


def cards(rep, pages):
    """The listing representation of ``pages``, as the API lists them. An
    untranslated synced copy's card says so, and is marked in its source's
    language, whose text it shows."""
    rep.load(pages)
    source_locales = dict(
        Page.objects.filter(
            pk__in=[child.alias_of_id for child in pages if child.alias_of_id]
        ).values_list("pk", "locale_id")
    )
    found = []
    for child in pages:
        endpoint = registry.for_page_model(child.specific_class)
        if endpoint is None:
            continue
        card = page_item(child, rep, endpoint.type_name)
        card.update(endpoint.summary_fields(child, rep))
        if child.alias_of_id in source_locales:
            card["fallback"] = True
            card["content_locale"] = rep.locale_codes.get(
                source_locales[child.alias_of_id]
            )
        found.append(card)
    return found


def language_name(code):
    """A language's name in itself ("Español"), as the selector shows it."""
    return LANG_INFO.get(code, {}).get("name_local", code)


def is_bidi(code):
    return code.split("-")[0] in settings.LANGUAGES_BIDI


def languages(page_code, page_path, item):
    """The languages the page exists in, in the configured order: the reader's
    own (``page_code``) first marked current, each with its path."""
    paths = {page_code: page_path}
    if item is not None:
        paths.setdefault(item["locale"], item["path"])
        for other in item["available_translations"]:
            paths.setdefault(other["locale"], other["path"])
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return [
        {
            "code": code,
            "name": language_name(code),
            "path": paths[code],
            "current": code == page_code,
            "direction": "rtl" if is_bidi(code) else "ltr",
        }
        for code in sorted(paths, key=lambda c: order.index(c) if c in order else 99)
    ]


def alternates(item, request):
    """``hreflang`` alternates: the page and its translations (not an
    untranslated copy), each listing all of them, itself included."""
    if item is None:
        return []
    found = [(item["locale"], item["path"])] + [
        (other["locale"], other["path"]) for other in item["available_translations"]
    ]
    return [
        {"code": code, "url": request.build_absolute_uri(path)}
        for code, path in sorted(found)
        if path
    ]


def breadcrumbs(page, rep):
    """The page's public ancestors from the home page down, with their paths."""
    if page.pk is None:
        return []
    ancestors = rep.visible_pages(page.get_ancestors().filter(depth__gte=2))
    return [{"title": a.title, "path": rep.path(a)} for a in ancestors]


def site_frame(page, rep, item, request):
    code = rep.locale_code(page)
    home = navigation.home_in(rep, page.locale)
    agency = AgencySettings.for_request(request)
    page_path = rep.path(page) if page.pk is not None else request.path
    return {
        "language_code": code,
        "direction": "rtl" if is_bidi(code) else "ltr",
        # The content's own direction: a fallback is in its source language.
        "content_direction": "rtl"
        if is_bidi(item["locale"] if item else code)
        else "ltr",
        "agency": agency,
        # The agency's details are written once, in the source language: a
        # page in another language marks them as such (WCAG 3.1.2).
        "agency_language": None
        if code == settings.LANGUAGE_CODE
        else {
            "code": settings.LANGUAGE_CODE,
            "direction": "rtl" if is_bidi(settings.LANGUAGE_CODE) else "ltr",
        },
        "agency_name": agency.agency_name
        or getattr(getattr(home, "specific", None), "agency_name", ""),
        "home_path": rep.path(home) if home else f"/{code}/",
        "menu": navigation.menu_items(rep, home) if home else [],
        "languages": languages(code, page_path, item),
        "alternates": alternates(item, request),
        "breadcrumbs": breadcrumbs(page, rep),
        "current_path": page_path,
    }


def missing_page_frame(request):
    """The site frame of a page that does not exist (the 404 page): the
    header, menu and footer of the home page in the language of the address
    asked for, or None when there is no public home in it to frame with."""
    rep = delivery_context(request)
    locale = site_locales(request).get(translation.get_language())
    home = navigation.home_in(rep, locale) if locale is not None else None
    if home is None:
        return None
    frame = site_frame(home, rep, None, request)
    return {**frame, "breadcrumbs": [], "current_path": request.path}
