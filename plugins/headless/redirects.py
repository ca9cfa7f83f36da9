"""Wagtail's redirects (``wagtail.contrib.redirects``) as the API delivers them.

Find-by-path (``/api/v1/pages/find/?path=``) answers a path that is a
redirect, and no page, with a ``redirect`` object instead of a 404::

    {"type": "redirect", "from_path": "/en/old-policy", "location":
     "/en/policies/plate-readers/", "status_code": 301, "permanent": true,
     "page_id": 42}

with HTTP status 200: the answer is data for the front end, which then sends
its own 301 or 302 to ``location`` (a front-end path when the redirect leads
to a page, the absolute URL when it leads elsewhere). A real 301 from the API
would be followed by ``fetch`` itself, to the API's address or to another
site's HTML, and the front end would never learn the page moved. ``type``
makes the answer one more member of the union find-by-path returns, so a
typed client narrows it like any page type. As on the HTML site, a page at
the path wins over a redirect from it; a site-specific redirect wins over an
all-sites one.

``/api/v1/redirects/`` lists the redirects of the requesting site (its own
and the all-sites ones) for front ends that build a redirect table at build
time. A redirect to a page the API withholds (a draft, an expired or private
page, a page of another site) is neither answered nor listed: its target does
not exist for the public, and its path must not reveal it.

The HTML site answers redirects by the same rule (``PublicRedirectMiddleware``
in place of Wagtail's ``RedirectMiddleware``, which follows any redirect): a
redirect to a withheld page is a 404 there too, not a 301 naming its address.
"""

from typing import Literal

from django.db.models import Q
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from ninja import Query, Router, Schema
from pydantic import Field
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from plugins.headless import caching, scopes
from plugins.headless.api.parameters import reject_unknown_parameters
from plugins.headless.api.responses import CACHED
from plugins.headless.paging import Paging
from plugins.headless.visibility import for_request

router = Router(tags=["site"])


class RedirectFields(Schema):
    location: str = Field(
        description="Where to send the reader: a front-end path with its locale "
        "prefix when the target is a page, else an absolute URL."
    )
    permanent: bool = Field(description="True for a permanent (301) redirect.")
    page_id: int | None = Field(
        description="The target page's id, or null for a redirect to a URL."
    )


class RedirectAnswer(RedirectFields):
    """What find-by-path answers for a path that redirects."""

    type: Literal["redirect"]
    from_path: str = Field(description="The redirect's path, as Wagtail keeps it.")
    status_code: Literal[301, 302] = Field(
        description="The HTTP status a front end answers with: 301 permanent, "
        "302 temporary."
    )


class RedirectItem(RedirectFields):
    old_path: str = Field(
        description="The path that redirects, as Wagtail keeps it: no trailing "
        "slash, query parameters sorted."
    )
    site: str | None = Field(
        description="The host name of the one site it applies to, or null when "
        "it applies to every site."
    )


class RedirectList(Schema):
    count: int = Field(description="Redirects in all pages of the list.")
    items: list[RedirectItem]


class RedirectsQuery(Paging):
    pass


def public_redirects(request):
    """The request's site's redirects whose target the public may see: a URL,
    or a page the visibility rule allows."""
    site = Site.find_for_request(request)
    visible_pages = for_request(request)(Page.objects.all()).values("pk")
    return (
        Redirect.get_for_site(site)
        .filter(
            Q(redirect_page__isnull=True, redirect_link__gt="")
            | Q(redirect_page__in=visible_pages)
        )
        .select_related("redirect_page__locale", "site")
    )


def location(redirect, request):
    """The front-end path of the target page (with its route, if any), or the
    redirect's URL."""
    page = redirect.redirect_page
    if page is None:
        return redirect.redirect_link
    path = for_request(request).front_end_path(page.url_path, page.locale.language_code)
    route = redirect.redirect_page_route_path.strip("/")
    return f"{path}{route}/" if route else path


def fields_of(redirect, request):
    return {
        "location": location(redirect, request),
        "permanent": redirect.is_permanent,
        "page_id": redirect.redirect_page_id,
    }


def redirect_from(request, path):
    """Find-by-path's answer for ``path`` when a public redirect leaves it,
    else None. Tried as Wagtail's middleware tries: the path as given, then
    without its query; the site's own redirect before an all-sites one."""
    if "\0" in path:
        return None
    candidates = dict.fromkeys(
        [
            Redirect.normalise_path(path),
            Redirect.normalise_path(path.partition("?")[0]),
        ]
    )
    found = sorted(
        public_redirects(request).filter(old_path__in=list(candidates)),
        key=lambda r: (list(candidates).index(r.old_path), r.site_id is None),
    )
    if not found:
        return None
    redirect = found[0]
    answer = {
        "type": "redirect",
        "from_path": redirect.old_path,
        "status_code": 301 if redirect.is_permanent else 302,
        **fields_of(redirect, request),
    }
    return answer


class PublicRedirectMiddleware:
    """Wagtail's redirects for a path that has no page (a 404), as
    find-by-path answers them (``redirect_from``): only to a URL or to a page
    the public may see."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        answer = redirect_from(request, request.get_full_path())
        if answer is None:
            return response
        if answer["permanent"]:
            return HttpResponsePermanentRedirect(answer["location"])
        return HttpResponseRedirect(answer["location"])


def find_response(request, query, missing):
    """Find-by-path's answer when no page is at ``query.path``: the redirect
    from it, cached like a page's detail until a redirect or a page changes;
    or ``missing``, the 404 that finding a page raised."""

    def build():
        answer = redirect_from(request, query.path)
        if answer is None:
            raise missing
        return 200, answer

    return caching.cached_response(
        request, [scopes.REDIRECTS, scopes.PATHS], build, query=query
    )


@router.get(
    "/",
    response={200: RedirectList, **CACHED},
    summary="List redirects",
    description="The redirects of this site (its own and those for every "
    "site), ordered by path, for front ends that build a redirect table. "
    "Redirects to pages the API does not serve are left out.",
)
def list_redirects(request, query: Query[RedirectsQuery]):
    reject_unknown_parameters(request, RedirectsQuery)

    def build():
        redirects = public_redirects(request).order_by("old_path", "pk")
        items = [
            {
                "old_path": redirect.old_path,
                "site": redirect.site.hostname if redirect.site else None,
                **fields_of(redirect, request),
            }
            for redirect in query.window(redirects)
        ]
        return 200, {"count": redirects.count(), "items": items}

    return caching.cached_response(
        request, [scopes.REDIRECTS, scopes.PATHS], build, query=query
    )
