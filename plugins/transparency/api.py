"""The technology registry's API: structured data for watchdogs."""

from datetime import date, datetime
from typing import Literal

from ninja import Query, Schema

from plugins.headless import json_ld
from plugins.headless.endpoints import (
    ListQuery,
    PageEndpoint,
    PublishedFilter,
    SnippetEndpoint,
    order_choices,
    registry,
)
from plugins.headless.schemas import PageDetailBase, PageItem, Problem
from plugins.headless.visibility import current
from plugins.transparency.models import Technology, TechnologyKind, TransparencyPage


class Sharing(Schema):
    agency: str
    jurisdiction: str
    direction: Literal["outbound", "inbound", "both"]
    since: date | None


class UsageStatistic(Schema):
    label: str
    value: int | float
    unit: str
    period: str
    as_of: date | None
    source: str


class Audit(Schema):
    date: date | None
    auditor: str
    summary: str
    document: str | None


class PolicyLink(Schema):
    id: int
    title: str
    policy_number: str


class TechnologySummary(Schema):
    id: int
    type: Literal["technology"] = "technology"
    locale: str
    translation_key: str
    name: str
    kind: TechnologyKind
    vendor: str
    description: str
    retention_days: int | None
    missing_disclosures: list[str]


class TechnologyDetail(TechnologySummary):
    collected: list[str]
    not_collected: list[str]
    allowed_uses: list[str]
    prohibited_uses: list[str]
    access_policy: str
    hotlist_policy: str
    hotlist_sources: list[str]
    sharing: list[Sharing]
    usage_stats: list[UsageStatistic]
    audits: list[Audit]
    governing_policies: list[PolicyLink]


class TechnologyQuery(ListQuery):
    kind: TechnologyKind | None = None
    order: order_choices("name", "retention_days") = "name"


def items(stream):
    return [child.value for child in stream]


def summary(technology, request=None):
    return {
        "id": technology.pk,
        "type": "technology",
        "locale": technology.locale.language_code,
        "translation_key": str(technology.translation_key),
        "name": technology.name,
        "kind": technology.kind,
        "vendor": technology.vendor,
        "description": technology.description,
        "retention_days": technology.retention_days,
        "missing_disclosures": technology.missing_disclosures(),
    }


def detail(technology, request=None):
    from plugins.headless.visibility import visible

    policies = visible(technology.governing_policies.all(), request)
    return {
        **summary(technology),
        "collected": items(technology.collected),
        "not_collected": items(technology.not_collected),
        "allowed_uses": items(technology.allowed_uses),
        "prohibited_uses": items(technology.prohibited_uses),
        "access_policy": technology.access_policy,
        "hotlist_policy": technology.hotlist_policy,
        "hotlist_sources": items(technology.hotlist_sources),
        "sharing": [
            {**child.value, "since": child.value.get("since")}
            for child in technology.sharing
        ],
        "usage_stats": [
            child.block.get_api_representation(child.value)
            for child in technology.usage_stats
        ],
        "audits": [
            child.block.get_api_representation(child.value)
            for child in technology.audits
        ],
        "governing_policies": [
            {"id": page.pk, "title": page.title, "policy_number": page.policy_number}
            for page in policies
        ],
    }


CSV_COLUMNS = [
    "id",
    "locale",
    "name",
    "kind",
    "vendor",
    "description",
    "retention_days",
    "collected",
    "not_collected",
    "allowed_uses",
    "prohibited_uses",
    "access_policy",
    "hotlist_policy",
    "hotlist_sources",
    "sharing",
    "usage_stats",
    "audits",
    "governing_policies",
    "missing_disclosures",
]


def csv_row(data):
    """One flat row: lists joined with ' | ', records as 'field: value; ...'."""

    def flat(value):
        if isinstance(value, list):
            return " | ".join(flat(item) for item in value)
        if isinstance(value, dict):
            return "; ".join(f"{key}: {flat(item)}" for key, item in value.items())
        return "" if value is None else str(value)

    return [flat(data[column]) for column in CSV_COLUMNS]


def csv_routes(router):
    from django.http import HttpResponse

    from cms.exports import csv_text
    from plugins.headless import caching
    from plugins.headless.api import reject_unknown_parameters
    from plugins.headless.endpoints import LocaleCode

    class CSVQuery(Schema):
        locale: LocaleCode | None = None

    @router.get(
        "/export.csv",
        response={200: str, 400: Problem},
        summary="The registry as CSV",
        openapi_extra={
            "responses": {
                "200": {
                    "description": "CSV, one row per technology",
                    "content": {"text/csv": {"schema": {"type": "string"}}},
                }
            }
        },
    )
    def technologies_csv(request, query: Query[CSVQuery]):
        reject_unknown_parameters(request, CSVQuery)

        def build():
            technologies = current(Technology.objects.all()).select_related("locale")
            if query.locale:
                technologies = technologies.filter(locale__language_code=query.locale)
            rows = [
                csv_row(detail(t, request)) for t in technologies.order_by("name", "pk")
            ]
            return 200, {"csv": csv_text(CSV_COLUMNS, rows)}

        entry = caching.cached_value(
            request, f"technologies.csv:{query.locale}", ["type:technology"], build
        )
        response = HttpResponse(entry[1]["csv"], content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="technologies.csv"'
        response["Cache-Control"] = "public, max-age=300"
        return response


class ChangeLogEntry(Schema):
    policy_id: int
    title: str
    label: str
    published_at: datetime
    change_note: str


class StoryLink(Schema):
    id: int
    title: str
    path: str
    summary: str


class TransparencyQuery(PublishedFilter, ListQuery):
    """Transparency pages have no tags."""


class TransparencyFields(Schema):
    type: Literal["transparency"]


class TransparencySummary(TransparencyFields, PageItem):
    pass


class TransparencyDetail(TransparencyFields, PageDetailBase):
    intro: str
    technologies: list[TechnologyDetail]
    governing_policies: list[PolicyLink]
    recent_changes: list[ChangeLogEntry]
    latest_story: StoryLink | None


def transparency_fields(page, rep):
    portal = page.portal(visible=rep.visible_pages)
    story = portal["latest_story"]
    return {
        "intro": page.intro,
        "technologies": [detail(t, rep.request) for t in portal["technologies"]],
        "governing_policies": [
            {"id": p.pk, "title": p.title, "policy_number": p.policy_number}
            for p in portal["policies"]
        ],
        "recent_changes": [
            {
                "policy_id": version.policy_id,
                "title": version.title,
                "label": version.label,
                "published_at": version.published_at,
                "change_note": version.change_note,
            }
            for version in portal["recent_changes"]
        ],
        "latest_story": story
        and {
            "id": story.pk,
            "title": story.title,
            "path": rep.path(story),
            "summary": story.plain_summary,
        },
    }


def transparency_json_ld(page, item):
    return json_ld.base("CollectionPage", page, item, about="Surveillance technology")


def register():
    registry.register_snippet(
        SnippetEndpoint(
            model=Technology,
            type_name="technology",
            path="technologies",
            summary_schema=TechnologySummary,
            detail_schema=TechnologyDetail,
            query_schema=TechnologyQuery,
            representation=summary,
            detail_representation=detail,
            routes=csv_routes,
            # A registry entry's kind is its category (license-plate reader, ...).
            category_field="kind",
        )
    )
    registry.register_page(
        PageEndpoint(
            model=TransparencyPage,
            type_name="transparency",
            path="transparency",
            summary_schema=TransparencySummary,
            detail_schema=TransparencyDetail,
            query_schema=TransparencyQuery,
            detail_fields=transparency_fields,
            json_ld=transparency_json_ld,
            extra_scopes=("type:technology", "type:policy", "type:story"),
        )
    )
