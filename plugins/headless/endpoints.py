"""Declaring a content type's API: each content plugin registers a PageEndpoint.

The headless plugin turns every registered endpoint into typed list and detail
operations, and into a member of the discriminated union that ``/pages/``
returns. Content plugins describe; this module serves.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Any, ClassVar, Literal

from django.db.models import Q
from ninja import Schema
from pydantic import Field
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from plugins.headless.paging import Paging
from plugins.headless.schemas import (
    CalendarDate,
    LocaleCode,
    PageDetailBase,
    Parameters,
)

TAG_PATTERN = r"^[\w\- ]{1,100}$"


class ListQuery(Paging):
    """Query parameters every listing accepts: paging (``Paging``) and
    language. Subclasses add the type's filters (``filter_<name>`` methods, or
    a plain field lookup) and narrow ``order`` to a ``Literal`` of the type's
    sort keys."""

    offset: int = Field(
        0, ge=0, le=1_000_000, description="Items to skip: `offset=20` is page 2."
    )
    locale: LocaleCode | None = Field(None, description="A content language code.")
    fallback: bool = Field(
        True,
        description="With `locale`, serve the source-language page or entry "
        "when a translation is missing, marked `fallback: true`.",
    )

    # Parameters that shape the response rather than filter the queryset.
    common: ClassVar[frozenset] = frozenset(
        {"limit", "offset", "locale", "fallback", "order"}
    )
    # Filters that join a many-valued relation and so need DISTINCT (the
    # ``related`` filters say so of themselves).
    joins_many: ClassVar[frozenset] = frozenset({"tag"})
    # Filters by a related object's id, {parameter: relation}: only what the
    # request may see of the relation counts, or a draft's or a private
    # page's id would tell which public items cite it.
    related: ClassVar[dict] = {}

    def apply(self, queryset, visible):
        """``queryset`` filtered by the parameters given; ``visible``: the
        request's visibility rule, for the ``related`` filters."""
        distinct = False
        for name in type(self).model_fields:
            value = getattr(self, name)
            if name in self.common or value is None:
                continue
            method = getattr(self, f"filter_{name}", None)
            if name in self.related:
                relation = queryset.model._meta.get_field(self.related[name])
                queryset = related_filter(queryset, relation, value, visible)
                distinct |= relation.many_to_many or relation.one_to_many
            elif method:
                queryset = method(queryset, value)
            else:
                queryset = queryset.filter(**{name: value})
            distinct |= name in self.joins_many
        # DISTINCT costs a sort of the whole result: only where a join needs it.
        return queryset.distinct() if distinct else queryset


def related_filter(queryset, relation, pk, visible):
    """The items of ``queryset`` whose ``relation`` (a field) holds the
    object ``pk``, if ``visible`` allows that object."""
    shown = visible(relation.related_model.objects.filter(pk=pk)).values("pk")
    return queryset.filter(**{f"{relation.name}__in": shown})


class TagFilter(Parameters):
    """``tag``, for types with tags."""

    tag: str | None = Field(
        None,
        pattern=TAG_PATTERN,
        max_length=100,
        description="Only items with this tag, as `tags` lists it.",
    )

    def filter_tag(self, queryset, value):
        return queryset.filter(tags__name=value)


class PublishedFilter(Parameters):
    """``published_after`` and ``published_before``, for types that are
    published (pages)."""

    published_after: CalendarDate | None = Field(
        None, description="First published on or after this date."
    )
    published_before: CalendarDate | None = Field(
        None, description="First published on or before this date."
    )

    def filter_published_after(self, queryset, value):
        return queryset.filter(first_published_at__date__gte=value)

    def filter_published_before(self, queryset, value):
        return queryset.filter(first_published_at__date__lte=value)


class PageListQuery(TagFilter, PublishedFilter, ListQuery):
    """What a page listing accepts unless its type says otherwise."""


class DetailQuery(Parameters):
    locale: LocaleCode | None = Field(
        None, description="Return this page's translation into the locale."
    )
    fallback: bool = Field(
        True,
        description="With `locale`, serve the page itself, marked "
        "`fallback: true`, when it has no translation; false: a 404.",
    )


@dataclass
class PageEndpoint:
    model: type
    type_name: str
    summary_schema: type[Schema]
    detail_schema: type[Schema]
    path: str | None = None
    query_schema: type[ListQuery] = PageListQuery
    summary_fields: Callable[[Any, Any], dict] = lambda page, rep: {}
    detail_fields: Callable[[Any, Any], dict] = lambda page, rep: {}
    json_ld: Callable[[Any, dict], dict] = lambda page, item: {}
    select_related: Sequence[str] = ()
    prefetch_related: Sequence[Any] = ()
    detail_prefetch_related: Sequence[Any] = ()
    default_order: str = "-first_published_at"
    # Heavy fields a listing never shows; by default (None) every StreamField
    # and rich text field of the type (``listing_defer``).
    list_defer: Sequence[str] | None = None
    # Adds the type's own operations (e.g. a policy's versions) to its router.
    routes: Callable[[Any], None] | None = None
    extra_scopes: Sequence[str] = field(default_factory=tuple)
    # The field that sorts the type into categories (search facets on it).
    category_field: str | None = None
    # The label of a page's current version, by page id and the response's
    # delivery context, for types that keep versions (policies): a
    # translation names its source's current version.
    current_version: Callable[[int, Any], str | None] | None = None

    @cached_property
    def listing_defer(self):
        """The fields listings and search results leave in the database: the
        type's ``list_defer``, or its StreamFields and rich text fields (a body,
        documents, steps), which no summary reads."""
        fields = self.model._meta.concrete_fields
        if self.list_defer is None:
            return [
                field.name
                for field in fields
                if isinstance(field, StreamField | RichTextField)
            ]
        names = {field.name for field in fields}
        return [name for name in self.list_defer if name in names]


@dataclass
class SnippetEndpoint:
    model: type
    type_name: str
    path: str
    summary_schema: type[Schema]
    detail_schema: type[Schema]
    query_schema: type[ListQuery]
    representation: Callable[[Any, Any], dict]
    detail_representation: Callable[[Any, Any], dict]
    prefetch_related: Sequence[Any] = ()
    default_order: str = "name"
    routes: Callable[[Any], None] | None = None
    category_field: str | None = None


@dataclass
class SyncFacts:
    """What a translation tool knows of a page's translation: the locale (its
    id) of its source, and when the translation was last synced from it (None
    for a page translated by hand, whose own publication date counts)."""

    source_locale_id: int
    synced_at: Any = None


def later(first, second):
    """True when ``first`` is strictly after ``second`` (None is never later)."""
    return first is not None and (second is None or first > second)


def source_changed_since(source_published_at, synced_at, published_at):
    """Whether a translation is outdated because its source changed: the
    source was published after the translation was last synced from it
    (``synced_at``), or, for a translation no sync keeps (translated by hand:
    ``synced_at`` None), after the translation itself was published. The API's
    ``translation.outdated`` is this; the translation dashboard applies it
    first, then its own checks of strings and publication."""
    return later(source_published_at, published_at if synced_at is None else synced_at)


@dataclass
class DetailField:
    """A field of every page's detail, filled by a plugin that serves every
    page type (plain language fills ``readability``). ``PageDetailBase``
    declares its shape; ``value(page, rep, draft=...)`` gives its value, from
    what ``select_related`` fetches with the page in its one query."""

    name: str
    value: Callable[..., Any]
    select_related: Sequence[str] = ()


@dataclass
class OfficialLanguages:
    """Which language version of a page is the official one, as the
    translation plugin knows it: ``overrides()`` gives {translation key (as a
    string): language code} for the pages whose editors chose a language, and
    ``default()`` the language of every other page."""

    overrides: Callable[[], dict]
    default: Callable[[], str]


def in_stable_order(entries, key):
    """``entries`` (a dict) ordered by ``key`` of each value, not by when the
    plugins registered them: the API's document is the same whatever order
    INSTALLED_APPS lists the plugins in."""
    return dict(sorted(entries.items(), key=lambda entry: key(entry[1])))


def endpoint_order(endpoint):
    return (endpoint.type_name, endpoint.model._meta.label)


class EndpointRegistry:
    """What the plugins declare in their ``ready()``; ``plugins.headless.api.
    mount()`` builds the API from it once, when the URLconf is loaded. Every
    collection iterates in a stable order (``in_stable_order``)."""

    def __init__(self):
        self.pages = {}
        self.snippets = {}
        # {prefix: make_router(unions)}, in prefix order.
        self.routers = {}
        self.detail_fields = {}
        # How a page's translation was last synced from its source (the
        # translation plugin fills it): ``sync_of(page)`` gives a ``SyncFacts``
        # or None for a page that no sync made.
        self.sync_of = None
        # The official language of each page (the translation plugin fills
        # it); without it every page's is the site's LANGUAGE_CODE.
        self.official_languages = None

    def register_translation_sync(self, sync_of):
        self.sync_of = sync_of

    def register_official_languages(self, official_languages):
        self.official_languages = official_languages

    def register_router(self, prefix, router):
        """Mount a plugin's own ninja Router (paths, feedback) at
        /api/v1/<prefix>/."""
        self.register_router_factory(prefix, lambda unions: router)

    def register_router_factory(self, prefix, make_router):
        """Mount at /api/v1/<prefix>/ the Router that ``make_router(unions)``
        makes when the API is mounted, for operations whose schemas are made of
        every registered type (search's results): ``unions`` is
        ``plugins.headless.api.Unions``."""
        self.routers[prefix] = make_router
        self.routers = dict(sorted(self.routers.items()))

    def register_page(self, endpoint):
        self.pages[endpoint.model] = endpoint
        self.pages = in_stable_order(self.pages, endpoint_order)

    def register_snippet(self, endpoint):
        self.snippets[endpoint.model] = endpoint
        self.snippets = in_stable_order(self.snippets, endpoint_order)

    def register_detail_field(self, detail_field):
        self.detail_fields[detail_field.name] = detail_field

    @property
    def detail_select_related(self):
        """Relations every page detail fetches for its ``DetailField``s."""
        return [
            name
            for detail_field in self.detail_fields.values()
            for name in detail_field.select_related
        ]

    def for_page_model(self, model):
        return self.pages.get(model)

    def type_name_of(self, model):
        """The public type name of a page model, as every response gives it
        (``policy``, ``section``); ``page`` for a type the API does not serve."""
        endpoint = self.pages.get(model)
        return endpoint.type_name if endpoint else "page"

    def for_label(self, label):
        return next(e for e in self.pages.values() if e.model._meta.label == label)


def order_choices(*fields):
    """A ``Literal`` of sort keys: each field ascending and descending."""
    keys = Literal[tuple(key for name in fields for key in (name, f"-{name}"))]
    return Annotated[
        keys, Field(description="Sort key; a leading `-` sorts descending.")
    ]


class SectionDetail(PageDetailBase):
    """A section's landing page or the home page."""

    type: Literal["section", "home"]
    intro: str = ""


def section_endpoint(model, type_name="section"):
    """Detail-only endpoint for index pages: served by /pages/ and find."""
    return PageEndpoint(
        model=model,
        type_name=type_name,
        summary_schema=SectionDetail,
        detail_schema=SectionDetail,
        detail_fields=lambda page, rep: {"intro": getattr(page, "intro", "")},
        json_ld=lambda page, item: {
            "@context": "https://schema.org",
            "@type": "CollectionPage" if type_name == "section" else "WebSite",
            "name": page.title,
            "description": item["summary"],
            "inLanguage": item["locale"],
        },
    )


registry = EndpointRegistry()


def locale_filter(queryset, locale, default_locale, fallback, visible):
    """Pages or snippets in ``locale``; with fallback, source-language ones
    not yet translated."""
    in_locale = Q(locale=locale, **own_entries(queryset.model))
    if not fallback or locale.pk == default_locale.pk:
        return queryset.filter(in_locale)
    return queryset.filter(
        in_locale
        | untranslated_sources(queryset.model, locale, default_locale, visible)
    )


def own_entries(model):
    """A page's synced copy (an alias) carries the source's text: it is not a
    translation. Snippets have no copies."""
    return {"alias_of__isnull": True} if issubclass(model, Page) else {}


def untranslated_sources(model, locale, default_locale, visible):
    """The ``Q`` of ``model``'s entries in ``default_locale`` with no
    translation into ``locale`` that ``visible`` allows: what a reader of
    ``locale`` is given in their place, marked as fallbacks."""
    translated = visible(model.objects.filter(locale=locale, **own_entries(model)))
    return Q(locale=default_locale) & ~Q(
        translation_key__in=translated.values("translation_key")
    )
