"""What a request names, checked before anything is read for it: no parameter
the operation does not document, a content language the site has, a page the
public may see."""

from django.conf import settings
from django.http import Http404
from ninja.errors import HttpError

from plugins.headless.endpoints import locale_filter
from plugins.headless.representation import site_locales
from plugins.headless.visibility import for_request


def reject_unknown_parameters(request, query_schema):
    """A 400 naming every query parameter ``query_schema`` does not declare."""
    allowed = set(query_schema.model_fields) if query_schema else set()
    unknown = sorted(set(request.GET) - allowed)
    if unknown:
        raise HttpError(400, f"Unknown parameter: {', '.join(unknown)}")


def visible_page_or_404(request, model, page_id):
    """A live, public page of ``model`` on the request's site, or a JSON 404."""
    page = for_request(request)(model.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404(f"No live page with id {page_id}.")
    return page


def locale_by_code(rep, code):
    """The site's locale of language ``code``, or a JSON 404."""
    locale = site_locales(rep.request).get(code)
    if locale is None:
        raise Http404(f"No locale {code}")
    return locale


def default_locale(rep):
    return locale_by_code(rep, settings.LANGUAGE_CODE)


def in_asked_language(queryset, rep, query):
    """``queryset`` in the language a list's ``query`` asks for
    (``query.locale``), with the entries not translated into it in their
    source language unless ``query.fallback`` is off; all of it when no
    language is asked for."""
    if not query.locale:
        return queryset
    return locale_filter(
        queryset,
        locale_by_code(rep, query.locale),
        default_locale(rep),
        query.fallback,
        rep.visible_pages,
    )
