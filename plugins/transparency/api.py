"""The technology registry's API: structured data for watchdogs."""

from datetime import date, datetime
from typing import Annotated, Literal

from django.http import HttpResponse
from ninja import Query, Schema
from pydantic import Field

from cms.exports import csv_text
from plugins.headless import caching, json_ld, scopes
from plugins.headless.api import reject_unknown_parameters
from plugins.headless.conf import setting
from plugins.headless.endpoints import (
    ListQuery,
    LocaleCode,
    PageEndpoint,
    PublishedFilter,
    SnippetEndpoint,
    order_choices,
    registry,
)
from plugins.headless.representation import outdated_snippets
from plugins.headless.schemas import (
    PageDetailBase,
    PageItem,
    Problem,
    SnippetLanguage,
)
from plugins.headless.visibility import current, for_request
from plugins.transparency.models import Technology, TechnologyKind, TransparencyPage


class Sharing(Schema):
    """An agency that receives this technology's data from us, or sends us its own."""

    agency: str = Field(description="The agency's name.")
    jurisdiction: str = Field(description="Its city, county or state.")
    direction: Literal["outbound", "inbound", "both"] = Field(
        description=(
            "`outbound`: we share our data with them; `inbound`: they share "
            "theirs with us; `both`: each shares with the other."
        )
    )
    since: date | None = Field(description="When the sharing began.")


class UsageStatistic(Schema):
    """A usage figure, with the date it was taken and where it comes from."""

    label: str = Field(description="What is counted, for example 'Hotlist alerts'.")
    value: int | float = Field(description="The figure.")
    unit: str = Field(description="The unit of the figure, for example 'alerts'.")
    period: str = Field(description="The period it covers, for example 'Last 30 days'.")
    as_of: date | None = Field(description="The day the figure was taken.")
    source: str = Field(description="The report or system it comes from.")


class Audit(Schema):
    """A review of how the technology is used, by someone other than its users."""

    # Annotated: a default here would shadow the type ``date`` in the annotation.
    date: Annotated[date | None, Field(description="When the audit was completed.")]
    auditor: str = Field(description="Who audited.")
    summary: str = Field(description="What was checked and what was found.")
    document: str | None = Field(
        description="The audit report's address, if it is published."
    )


class PolicyLink(Schema):
    """A live, public policy that governs the technology."""

    id: int = Field(description="The policy page's id.")
    title: str
    policy_number: str = Field(description="The agency's number for the policy.")
    path: str | None = Field(
        description="The policy's path on the agency site, in the same language."
    )


class TechnologySummary(SnippetLanguage):
    """A technology in the registry, as listings show it."""

    id: int
    type: Literal["technology"] = "technology"
    locale: str = Field(description="The language of this entry.")
    translation_key: str = Field(
        description="Shared by the entry's translations in every language."
    )
    name: str
    kind: TechnologyKind = Field(description="What sort of technology it is.")
    vendor: str = Field(description="Who supplies it; empty if the agency built it.")
    description: str = Field(description="What it does, in plain terms.")
    retention_days: int | None = Field(
        description=(
            "How many days its data is kept before it is destroyed; 0 means not "
            "kept, null means the agency has not said."
        )
    )
    missing_disclosures: list[str] = Field(
        description=(
            "What the public should find here but cannot: `retention_days`, "
            "`access_policy`, `sharing`, `usage_stats` (none published) or "
            "`usage_stats_stale` (the newest figure is over 90 days old)."
        )
    )


class TechnologyDetail(TechnologySummary):
    """Everything the registry tells the public about a technology."""

    collected: list[str] = Field(description="Each kind of data it records.")
    not_collected: list[str] = Field(
        description="What it does not record or do, for example facial recognition."
    )
    allowed_uses: list[str] = Field(description="The purposes staff may use it for.")
    prohibited_uses: list[str] = Field(description="Uses that are never allowed.")
    access_policy: str = Field(
        description="Who may search or view the data, and what each search records."
    )
    hotlist_policy: str = Field(
        description=(
            "Which lists alerts come from and how staff verify a hit before acting; "
            "empty for technologies without alerts."
        )
    )
    hotlist_sources: list[str] = Field(description="The lists alerts come from.")
    sharing: list[Sharing] = Field(
        description="Every agency the data is shared with or received from."
    )
    usage_stats: list[UsageStatistic] = Field(description="Current usage figures.")
    audits: list[Audit] = Field(description="Audits of its use, newest first.")
    governing_policies: list[PolicyLink] = Field(
        description="The live, public policies that govern it."
    )


class TechnologyQuery(ListQuery):
    kind: TechnologyKind | None = Field(
        None, description="Only technologies of this kind."
    )
    order: order_choices("name", "retention_days") = "name"


def items(stream):
    return [child.value for child in stream]


def policy_link(policy, path):
    return {
        "id": policy.pk,
        "title": policy.title,
        "policy_number": policy.policy_number,
        "path": path,
    }


def newest_first(audits):
    """Audits by date, the latest first; an undated one last."""
    return sorted(audits, key=lambda audit: audit["date"] or "", reverse=True)


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
    rule = for_request(request)
    code = technology.locale.language_code
    policies = rule(technology.governing_policies.all())
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
        "audits": newest_first(
            child.block.get_api_representation(child.value)
            for child in technology.audits
        ),
        "governing_policies": [
            policy_link(page, rule.front_end_path(page.url_path, code))
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
    def export_technologies(request, query: Query[CSVQuery]):
        """The technology registry as a CSV file, one row per technology, for
        spreadsheets and watchdogs."""
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
            request,
            f"technologies.csv:{query.locale}",
            [scopes.for_type("technology")],
            build,
            shows_content=True,
        )
        response = HttpResponse(entry[1]["csv"], content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="technologies.csv"'
        response["Cache-Control"] = setting("CMS_API_CACHE_CONTROL")
        return response


class ChangeLogEntry(Schema):
    policy_id: int
    locale: str = Field(
        description="The language of the entry: its policy's. Another than the "
        "page's where the policy has no translation into it yet, or its "
        "translation has not caught up with this change."
    )
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
    outdated = outdated_snippets(portal["technologies"])
    story = portal["latest_story"]
    return {
        "intro": page.intro,
        "technologies": [
            {
                **detail(t, rep.request),
                "fallback": t.locale_id != page.locale_id,
                "outdated": t.pk in outdated,
            }
            for t in portal["technologies"]
        ],
        "governing_policies": [policy_link(p, rep.path(p)) for p in portal["policies"]],
        "recent_changes": [
            {
                "policy_id": version.policy_id,
                "locale": version.locale.language_code,
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
            extra_scopes=(
                scopes.for_type("technology"),
                scopes.for_type("policy"),
                scopes.for_type("story"),
            ),
        )
    )
