"""The policies' API: typed list and detail schemas, filters and JSON-LD."""

from datetime import date
from typing import Literal

from django.conf import settings
from ninja import Schema
from wagtail.rich_text import expand_db_html

from blocks import DocumentBlock
from plugins.headless import json_ld
from plugins.headless.endpoints import ListQuery, PageEndpoint, order_choices, registry
from plugins.headless.schemas import PageDetailBase, PageItem
from plugins.policies.models import (
    PolicyCategory,
    PolicyIndexPage,
    PolicyPage,
    PolicyStatus,
)


class CommentPeriod(Schema):
    state: Literal["upcoming", "open", "closed"] | None
    opens: date | None
    closes: date | None


class TechnologyLink(Schema):
    id: int
    name: str
    kind: str


class PolicyFields(Schema):
    type: Literal["policy"]
    policy_number: str
    category: PolicyCategory
    status: PolicyStatus
    effective_date: date | None
    last_reviewed: date | None
    next_review_due: date | None
    comment_period: CommentPeriod


class PolicySummary(PolicyFields, PageItem):
    pass


class PolicyDetail(PolicyFields, PageDetailBase):
    approving_authority: str
    legal_basis: str
    how_to_comment: str
    documents: list[dict]
    technologies: list[TechnologyLink]


class PolicyQuery(ListQuery):
    category: PolicyCategory | None = None
    status: PolicyStatus | None = None
    technology: int | None = None
    effective_after: date | None = None
    effective_before: date | None = None
    order: order_choices(
        "first_published_at",
        "last_published_at",
        "title",
        "policy_number",
        "effective_date",
    ) = "-first_published_at"

    def filter_technology(self, queryset, value):
        return queryset.filter(technologies__id=value)

    def filter_effective_after(self, queryset, value):
        return queryset.filter(effective_date__gte=value)

    def filter_effective_before(self, queryset, value):
        return queryset.filter(effective_date__lte=value)


def summary_fields(page, rep):
    return {
        "policy_number": page.policy_number,
        "category": page.category,
        "status": page.status,
        "effective_date": page.effective_date,
        "last_reviewed": page.last_reviewed,
        "next_review_due": page.next_review_due,
        "comment_period": {
            "state": page.comment_period_state,
            "opens": page.comment_opens,
            "closes": page.comment_closes,
        },
    }


def detail_fields(page, rep):
    document_block = DocumentBlock()
    return {
        "approving_authority": page.approving_authority,
        "legal_basis": page.legal_basis,
        "how_to_comment": expand_db_html(page.how_to_comment),
        "documents": [
            document_block.get_api_representation(child.value)
            for child in page.documents
        ],
        "technologies": [
            {"id": technology.pk, "name": technology.name, "kind": technology.kind}
            for technology in page.technologies.all()
            if technology.live
        ],
    }


def policy_json_ld(page, item):
    return json_ld.base(
        "GovernmentService" if page.category == "technology" else "WebPage",
        page,
        item,
        identifier=page.policy_number,
        serviceOperator={
            "@type": "GovernmentOrganization",
            "name": settings.WAGTAIL_SITE_NAME,
        },
        legislationDate=page.effective_date.isoformat()
        if page.effective_date
        else None,
    )


def register():
    from plugins.headless.endpoints import section_endpoint

    registry.register_page(
        PageEndpoint(
            model=PolicyPage,
            type_name="policy",
            path="policies",
            summary_schema=PolicySummary,
            detail_schema=PolicyDetail,
            query_schema=PolicyQuery,
            summary_fields=summary_fields,
            detail_fields=detail_fields,
            json_ld=policy_json_ld,
            detail_prefetch_related=("technologies",),
        )
    )
    registry.register_page(section_endpoint(PolicyIndexPage))
