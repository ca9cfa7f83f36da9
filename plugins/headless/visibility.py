"""What the public API may show: live, public pages of this site, nothing else.

One home for the rule, so that lists, details, ``find``, navigation, search and
the preview fallback all answer the same way.
"""

from functools import cached_property

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from plugins.headless import caching


class Visibility:
    """The request's site and view restrictions, looked up once per request and
    applied as a filter to any page queryset."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def roots(self):
        """(tree path, url_path, language code) of the request's site root and of
        its translations, cached per host like the responses themselves."""

        def compute():
            site = Site.find_for_request(self.request)
            if site is None:
                return []
            return list(
                Page.objects.filter(translation_key=site.root_page.translation_key)
                .order_by("-depth")
                .values_list("path", "url_path", "locale__language_code")
            )

        return caching.cached_value(self.request, "site-roots", ["sites"], compute)

    @property
    def root_paths(self):
        return [path for path, _url_path, _code in self.roots]

    def front_end_path(self, url_path, language_code):
        """A page's front-end path from its url_path, as Wagtail's ``page.url``
        gives it under ``i18n_patterns``, without loading the page."""
        for _path, root_url_path, code in self.roots:
            if code == language_code and url_path.startswith(root_url_path):
                return f"/{code}/{url_path[len(root_url_path) :]}"
        return None

    @cached_property
    def restricted_paths(self):
        """Tree paths of the pages that carry a view restriction (password,
        login or groups), cached until the next change of privacy, which
        invalidates everything (``invalidation.structure_changed``)."""

        def compute():
            return sorted(
                set(PageViewRestriction.objects.values_list("page__path", flat=True))
            )

        return caching.cached_value(self.request, "restricted-paths", [], compute)

    @cached_property
    def restricted(self):
        """Pages under any view restriction, set on the page itself or inherited
        from an ancestor; None when no page is restricted."""
        if not self.restricted_paths:
            return None
        restricted = Q()
        for path in self.restricted_paths:
            restricted |= Q(path__startswith=path)
        return restricted

    @cached_property
    def restricted_groups(self):
        """(translation keys, ids) of every restricted page, for ``allows``;
        cached until the next publish, move or change of privacy, the only
        ways a live page can come to share a key with a restricted one."""

        def compute():
            rows = Page.objects.filter(self.restricted).values_list(
                "translation_key", "pk"
            )
            return {
                "keys": {str(key) for key, _pk in rows},
                "ids": {pk for _key, pk in rows},
            }

        if self.restricted is None:
            return {"keys": set(), "ids": set()}
        return caching.cached_value(
            self.request, "restricted-groups", ["paths"], compute
        )

    def __call__(self, queryset):
        if not self.root_paths:
            return queryset.none()
        in_site = Q()
        for path in self.root_paths:
            in_site |= Q(path__startswith=path)
        queryset = (
            queryset.live()
            .filter(in_site)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        )
        if self.restricted is None:
            return queryset
        restricted_pages = Page.objects.filter(self.restricted)
        return (
            queryset.exclude(self.restricted)
            # A translation made before its source went private shares the
            # source's restriction: what is withheld in one language is
            # withheld in all of them. So does an alias.
            .exclude(translation_key__in=restricted_pages.values("translation_key"))
            .exclude(alias_of__in=restricted_pages.values("pk"))
        )

    def allows(self, page):
        """The rule of ``__call__`` for a page already loaded: a single page is
        cheaper to fetch by id and check here than to find through the filter."""
        if not is_current(page):
            return False
        roots = tuple(self.root_paths)
        if not roots or not page.path.startswith(roots):
            return False
        if not self.restricted_paths:
            return True
        groups = self.restricted_groups
        return not (
            page.path.startswith(tuple(self.restricted_paths))
            or str(page.translation_key) in groups["keys"]
            or page.alias_of_id in groups["ids"]
        )

    def only_allowed(self, pages):
        return [page for page in pages if self.allows(page)]


def is_current(page):
    """Live and not past its expiry: the part of the rule that needs no site."""
    return page.live and not (page.expire_at and page.expire_at <= timezone.now())


def for_request(request):
    """The request's one ``Visibility``, made on first use, so that every part
    of a response shares its lookups."""
    visibility = getattr(request, "_cms_visibility", None)
    if visibility is None:
        visibility = request._cms_visibility = Visibility(request)
    return visibility


def visible(queryset, request):
    return for_request(request)(queryset)
