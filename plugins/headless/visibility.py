"""What the public may see: live, public pages of this site, and live snippets,
nothing past its expiry.

One home for the rule, so that every output that shows content answers the
same way: the API's lists, details, ``find``, navigation, search and suggest,
the preview fallback, the HTML site's pages and listings, feeds, and blocks
that embed other content. A page is withheld when it is not live, past its
``expire_at`` (the scheduled job that unpublishes it may not have run yet),
on another site, under a view restriction, or a translation or alias of a
restricted page. A snippet (FAQ, technology) is withheld when it is not live or
past its ``expire_at``. The rule has a SQL form (``Visibility.__call__``) and an
in-memory form (``Visibility.allows``), which the leak matrix holds equal.
"""

from functools import cached_property

from django.db.models import Model, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from plugins.headless import caching

# How many restricted pages (with their descendants) ``Visibility`` lists in
# its queries; past it, they are nested as subqueries.
LISTED_RESTRICTIONS_MAX = 1000


class Visibility:
    """The request's site and view restrictions, looked up once per request and
    applied as a filter to any queryset of pages or snippets."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def roots(self):
        """(tree path, url_path, language code) of the request's site root and of
        its translations, cached per host like the responses themselves."""

        if self.request is None:
            return []

        def compute():
            site = Site.find_for_request(self.request)
            if site is None:
                return []
            return list(
                Page.objects.filter(translation_key=site.root_page.translation_key)
                .order_by("-depth")
                .values_list("path", "url_path", "locale__language_code")
            )

        return caching.SITE_ROOTS.get(self.request, compute)

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

        return caching.RESTRICTED_PATHS.get(self.request, compute)

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
    def restricted_pages(self):
        """Every restricted page, as a query built once per request."""
        return Page.objects.filter(self.restricted)

    @cached_property
    def restricted_groups(self):
        """(translation keys, ids) of every restricted page, for ``allows``;
        cached until the next publish, move or change of privacy, the only
        ways a live page can come to share a key with a restricted one."""

        def compute():
            # The request's own read (``restricted_keys_and_ids``), which its
            # filters use too: lists, or queries that read them all.
            keys, ids = self.restricted_keys_and_ids
            return {"keys": {str(key) for key in keys}, "ids": set(ids)}

        if self.restricted is None:
            return {"keys": set(), "ids": set()}
        return caching.RESTRICTED_GROUPS.get(self.request, compute)

    def __call__(self, queryset):
        if not issubclass(queryset.model, Page):
            return current(queryset)
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
        # A restricted page shares its own translation key, so excluding the
        # keys excludes it too, and its translations: one made before its
        # source went private shares the source's restriction (what is
        # withheld in one language is withheld in all of them). So does an
        # alias.
        keys, ids = self.restricted_keys_and_ids
        return queryset.exclude(translation_key__in=keys).exclude(alias_of__in=ids)

    @cached_property
    def restricted_keys_and_ids(self):
        """What ``__call__`` withholds besides the pages' own rule: the
        translation keys and ids of every restricted page, read once per
        request and written into each query as lists (read again by the next
        request, so that a page added under a restricted section since is
        withheld at once). A nested subquery instead made every query build,
        compile and run the restricted paths' prefix tests again, and a page
        of the HTML site runs three or four such queries (its menu, home,
        breadcrumbs and listing). Past ``LISTED_RESTRICTIONS_MAX`` pages the
        queries nest them after all: SQLite caps a query's parameters at
        32,766, and a list that long would weigh on every query."""
        rows = list(
            self.restricted_pages.values_list("translation_key", "pk")[
                : LISTED_RESTRICTIONS_MAX + 1
            ]
        )
        if len(rows) > LISTED_RESTRICTIONS_MAX:
            return (
                self.restricted_pages.values_list("translation_key", flat=True),
                self.restricted_pages.values_list("pk", flat=True),
            )
        return [key for key, _pk in rows], [pk for _key, pk in rows]

    def allows(self, page):
        """The rule of ``__call__`` for a page (or a ``PageRow``) or a
        snippet already loaded: a single page is cheaper to fetch by id and
        check here than to find through the filter."""
        if not is_current(page):
            return False
        if is_snippet(page):
            return True
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

    def among(self, items):
        """What the public may see of a relation's ``items``: a queryset
        (filtered in SQL), or the objects a preview's draft holds in memory
        (modelcluster's stand-in for a queryset, checked one by one)."""
        if isinstance(items, QuerySet):
            return self(items)
        return self.only_allowed(item for item in items if item is not None)

    def check_served(self, page):
        """Raise Http404 unless the HTML site may serve ``page``. A page
        withheld only by a view restriction (its own, an ancestor's, or its
        source-language version's) is left to the serve-time checks (Wagtail's,
        and the translation plugin's for translations), which ask for the
        password or a login and serve it to whoever passes; anything else the
        rule withholds (not live, expired, on another site, an alias of a
        restricted page) does not exist for the site, for anyone."""
        if self.allows(page):
            return
        roots = tuple(self.root_paths)
        guarded = (
            is_current(page)
            and roots
            and page.path.startswith(roots)
            and page.alias_of_id not in self.restricted_groups["ids"]
        )
        if not guarded:
            raise Http404("No live page matches.")


def is_snippet(obj):
    """A model instance that is not a page (FAQ, technology): it has no site
    and no view restrictions, only its own publication and expiry."""
    return isinstance(obj, Model) and not isinstance(obj, Page)


def is_current(obj):
    """Live and not past its expiry: the part of the rule that needs no site.
    Holds for pages, page rows and snippets; a snippet without drafts or
    expiry is always current."""
    if not getattr(obj, "live", True):
        return False
    expire_at = getattr(obj, "expire_at", None)
    return not (expire_at and expire_at <= timezone.now())


def current(queryset):
    """``is_current`` as a filter, for snippets: live and not past expiry,
    for the models that have those fields."""
    names = {field.name for field in queryset.model._meta.get_fields()}
    if "live" in names:
        queryset = queryset.filter(live=True)
    if "expire_at" in names:
        queryset = queryset.filter(
            Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())
        )
    return queryset


def for_request(request):
    """The request's one ``Visibility``, made on first use, so that every part
    of a response shares its lookups. Without a request there is no site, and
    no page may be shown."""
    if request is None:
        return Visibility(None)
    visibility = getattr(request, "_cms_visibility", None)
    if visibility is None:
        visibility = request._cms_visibility = Visibility(request)
    return visibility


def visible(queryset, request):
    return for_request(request)(queryset)


def for_context(context):
    """The rule in a template or block context: the one the API passes
    (``visible_pages``), else the request's."""
    context = context or {}
    visibility = context.get("visible_pages")
    return visibility if visibility is not None else for_request(context.get("request"))
