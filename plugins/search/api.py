"""The search API: /api/v1/search/ and /api/v1/search/suggest/.

``GET /api/v1/search/?q=&locale=&type=&tag=&limit=&offset=``
    ``category`` keeps the items of that category (a policy's category, a
    story's incident category, a technology's kind, ...).
    ``items`` are the matching pages and snippets, best first, each in the
    same typed shape as its type's listing (``/api/v1/policies/``,
    ``/api/v1/faqs/``, ...) plus ``highlight``. Snippets (FAQs, technologies)
    are items like pages, told apart by ``type``, so one ranked list and one
    ``count`` cover everything a resident can find. ``facets`` count every
    match by ``type``, ``tag``, ``locale`` and ``category`` (per type: the
    same word can be a policy's and an award's category), after the filters
    in the request. ``operator`` is ``and`` when every word matched, ``or`` when
    nothing did and the search was relaxed to any word.

    ``highlight`` is made on the server for every backend, so it looks the
    same on SQLite, PostgreSQL and Elasticsearch: an HTML fragment of the
    item's summary (a FAQ's answer, a technology's description) around the
    first matching word, HTML-escaped, each match in ``<mark>``; null when the
    words matched elsewhere (the title, the body).

``GET /api/v1/search/suggest/?q=&locale=&limit=``
    Titles (FAQ questions, technology names) that complete what was typed,
    with Wagtail's autocomplete.

Both serve live, public content only (``Visibility``), are cached under the
``search`` scope, and refuse a ``q`` that is too long, has no letters or
digits, or has too many words with a 400 naming ``q``. When the search cluster
is down they answer 503 with a problem document and ``Retry-After``; they do
not fall back to the database, whose index is not kept up to date alongside
Elasticsearch.
"""

import logging
from typing import Literal

from ninja import Query, Router, Schema
from pydantic import Field, create_model, field_validator
from wagtail.api.v3.errors import problem_response
from wagtail.search.backends import get_search_backend

from plugins.headless import caching, scopes
from plugins.headless.api import (
    delivery_context,
    discriminated_union,
    locale_by_code,
    reject_unknown_parameters,
)
from plugins.headless.conf import setting as api_setting
from plugins.headless.endpoints import TAG_PATTERN, LocaleCode, registry
from plugins.headless.paging import Paging
from plugins.headless.schemas import Parameters, Problem
from plugins.search.categories import category_values
from plugins.search.conf import setting
from plugins.search.faults import is_unavailable
from plugins.search.site_search import SiteSearch
from plugins.search.sources import (
    page_endpoints,
    searchable_type_names,
    snippet_endpoints,
)
from plugins.search.terms import InvalidQuery, SearchTerms

logger = logging.getLogger(__name__)
ERRORS = {400: Problem, 404: Problem, 503: Problem}
# Cached like every listing: a matching If-None-Match or If-Modified-Since gets 304.
CACHED = {304: None, **ERRORS}


def parse_terms(value):
    # The length as sent, as the document's maxLength counts it.
    if len(value) > api_setting("CMS_API_MAX_QUERY_LENGTH"):
        raise ValueError(
            f"q is longer than {api_setting('CMS_API_MAX_QUERY_LENGTH')} characters"
        )
    try:
        return SearchTerms.parse(
            value,
            max_length=api_setting("CMS_API_MAX_QUERY_LENGTH"),
            max_terms=setting("CMS_SEARCH_MAX_TERMS"),
        )
    except InvalidQuery as error:
        raise ValueError(f"q {error}") from error


def parse_types(value):
    if value is None:
        return None
    known = searchable_type_names()
    types = [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in types if name not in known]
    if unknown or not types:
        raise ValueError(
            f"unknown type {', '.join(unknown) or repr(value)}; "
            f"choose from {', '.join(known)}"
        )
    return types


def document_terms(schema):
    """What ``parse_terms`` accepts, for the OpenAPI document: at most
    CMS_API_MAX_QUERY_LENGTH characters holding one to CMS_SEARCH_MAX_TERMS
    words (runs of letters and digits)."""
    words = setting("CMS_SEARCH_MAX_TERMS")
    schema["maxLength"] = api_setting("CMS_API_MAX_QUERY_LENGTH")
    schema["pattern"] = rf"^[\W_]*(?:[^\W_]+[\W_]+){{0,{words - 1}}}[^\W_]+[\W_]*$"


def document_types(schema):
    """What ``parse_types`` accepts: searchable type names, separated by
    commas, with spaces and empty entries around them ignored."""
    names = "|".join(searchable_type_names())
    schema["pattern"] = rf"^[\s,]*(?:{names})\s*(?:,[\s,]*(?:{names})\s*)*[\s,]*$"


class SearchQuery(Paging):
    q: str = Field(
        ...,
        description="The words to find. Punctuation is ignored; at most "
        "CMS_API_MAX_QUERY_LENGTH characters and CMS_SEARCH_MAX_TERMS words.",
        json_schema_extra=document_terms,
    )
    locale: LocaleCode | None = Field(None, description="A content language code.")
    type: str | None = Field(
        None,
        max_length=200,
        description="One content type, or several separated by commas.",
        json_schema_extra=document_types,
    )
    tag: str | None = Field(
        None,
        pattern=TAG_PATTERN,
        max_length=100,
        description="Only items with this tag.",
    )
    offset: int = Field(0, ge=0, le=1000, description="At most 1000.")

    @field_validator("q")
    @classmethod
    def check_q(cls, value):
        parse_terms(value)
        return value

    @field_validator("type")
    @classmethod
    def check_type(cls, value):
        parse_types(value)
        return value

    @field_validator("offset")
    @classmethod
    def check_offset(cls, value):
        if value > setting("CMS_SEARCH_MAX_OFFSET"):
            raise ValueError(f"at most {setting('CMS_SEARCH_MAX_OFFSET')}")
        return value


class SuggestQuery(Parameters):
    q: str = Field(
        ..., description="The beginning of a title.", json_schema_extra=document_terms
    )
    locale: LocaleCode | None = None
    limit: int = Field(8, ge=1, le=20, description="Titles to give, 1 to 20.")

    @field_validator("q")
    @classmethod
    def check_q(cls, value):
        parse_terms(value)
        return value


class FacetValue(Schema):
    value: str
    count: int


class CategoryFacetValue(Schema):
    type: str = Field(description="The content type the category belongs to.")
    value: str
    count: int


class Facets(Schema):
    type: list[FacetValue]
    tag: list[FacetValue]
    locale: list[FacetValue]
    category: list[CategoryFacetValue]


class Suggestion(Schema):
    id: int
    type: str
    title: str
    locale: str
    path: str | None = Field(
        description="The page's front-end path; null for FAQs and technologies."
    )


class Suggestions(Schema):
    query: str
    items: list[Suggestion]


def hit_schema(schema):
    return create_model(
        f"{schema.__name__}Hit",
        __base__=schema,
        highlight=(
            str | None,
            Field(
                None,
                description="HTML: the summary around the first match, escaped, "
                "with matches in <mark>; null when the words matched elsewhere.",
            ),
        ),
    )


def results_schema(unions):
    """Search results: each item the summary of a searchable type, with its
    highlight, of the types the API lists (``Unions.listed``), in their
    order."""
    searchable = set(searchable_type_names())
    summaries = [
        endpoint.summary_schema
        for endpoint in unions.listed
        if endpoint.type_name in searchable
    ]
    item = discriminated_union(
        hit_schema(schema) for schema in dict.fromkeys(summaries)
    )
    return create_model(
        "SearchResults",
        __base__=Schema,
        query=(str, Field(description="The words searched for.")),
        operator=(Literal["and", "or"], ...),
        count=(int, ...),
        items=(list[item], ...),
        facets=(Facets, ...),
    )


def unavailable(error):
    logger.warning("Search is unavailable: %s", error)
    response = problem_response(
        status=503,
        detail="Search is temporarily unavailable. Try again shortly.",
    )
    response["Retry-After"] = str(setting("CMS_SEARCH_RETRY_AFTER"))
    response["Cache-Control"] = "no-store"
    return response


def searching(request, query, *, types=None, tag=None, category=None):
    rep = delivery_context(request)
    locale = locale_by_code(rep, query.locale) if query.locale else None
    return SiteSearch(
        get_search_backend(),
        rep,
        terms=parse_terms(query.q),
        locale=locale,
        types=types,
        tag=tag,
        category=category,
    )


def cached_search(request, query, build):
    try:
        return caching.cached_response(request, [scopes.SEARCH], build, query=query)
    except Exception as error:
        if is_unavailable(error, missing_index=True):
            return unavailable(error)
        raise


def query_schema():
    """``SearchQuery`` with ``category`` typed as the registered types'
    category values, which the OpenAPI document lists."""
    values = category_values([*page_endpoints(), *snippet_endpoints()])
    category = Literal[tuple(values)] if values else str
    return create_model(
        "SearchQueryWithCategory",
        __base__=SearchQuery,
        category=(
            category | None,
            Field(None, description="Keep the items of this category only."),
        ),
    )


def build_router(unions):
    router = Router(tags=["search"])
    schema = results_schema(unions)
    search_query = query_schema()

    @router.get(
        "/",
        response={200: schema, **CACHED},
        summary="Search pages, FAQs and technologies",
    )
    def search(request, query: Query[search_query]):
        """Live, public pages, FAQs and technologies that match the words, best
        first, each as its type's summary with a highlight, and facets by type,
        tag, locale and category. Every language is searched as it is typed:
        accents folded, Chinese segmented, Arabic normalized."""
        reject_unknown_parameters(request, search_query)

        def build():
            site_search = searching(
                request,
                query,
                types=parse_types(query.type),
                tag=query.tag,
                category=query.category,
            )
            data = site_search.run(query.offset, query.limit)
            data["query"] = site_search.terms.query_string
            return 200, data

        return cached_search(request, query, build)

    @router.get(
        "/suggest/",
        response={200: Suggestions, **CACHED},
        summary="Complete a title",
    )
    def suggest_titles(request, query: Query[SuggestQuery]):
        """Titles that begin with what the reader has typed so far, for a
        search box that completes as they type."""
        reject_unknown_parameters(request, SuggestQuery)

        def build():
            site_search = searching(request, query)
            data = {
                "query": site_search.terms.query_string,
                "items": site_search.suggestions(query.limit),
            }
            return 200, data

        return cached_search(request, query, build)

    return router


def register():
    registry.register_router_factory("search", build_router)
