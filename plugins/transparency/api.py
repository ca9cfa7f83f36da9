"""The technology registry's API: structured data for watchdogs."""

from datetime import date
from typing import Literal

from ninja import Schema

from plugins.headless.endpoints import (
    ListQuery,
    SnippetEndpoint,
    order_choices,
    registry,
)
from plugins.transparency.models import Technology, TechnologyKind


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
    published_after: None = None
    published_before: None = None
    tag: None = None


def items(stream):
    return [child.value for child in stream]


def summary(technology, request=None):
    return {
        "id": technology.pk,
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
        )
    )
