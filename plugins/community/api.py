"""The awards' API."""

from datetime import date
from typing import Literal

from ninja import Schema
from wagtail.rich_text import expand_db_html

from plugins.community.models import (
    AwardCategory,
    AwardIndexPage,
    AwardPage,
    RecipientKind,
)
from plugins.headless import json_ld
from plugins.headless.endpoints import (
    ListQuery,
    PageEndpoint,
    order_choices,
    registry,
    section_endpoint,
)
from plugins.headless.representation import stream_representation
from plugins.headless.schemas import Block, PageDetailBase, PageItem


class AwardFields(Schema):
    type: Literal["award"]
    award_name: str
    recipient: str
    recipient_kind: RecipientKind
    award_date: date
    category: AwardCategory


class AwardSummary(AwardFields, PageItem):
    pass


class AwardDetail(AwardFields, PageDetailBase):
    citation: str
    photos: list[Block]


class AwardQuery(ListQuery):
    category: AwardCategory | None = None
    date_after: date | None = None
    date_before: date | None = None
    order: order_choices("award_date", "title") = "-award_date"

    def filter_date_after(self, queryset, value):
        return queryset.filter(award_date__gte=value)

    def filter_date_before(self, queryset, value):
        return queryset.filter(award_date__lte=value)


def award_json_ld(page, item):
    return json_ld.base(
        "WebPage",
        page,
        item,
        about={
            "@type": "Thing",
            "name": page.award_name,
            "description": f"{page.award_name}: {page.recipient}",
        },
    )


def register():
    registry.register_page(
        PageEndpoint(
            model=AwardPage,
            type_name="award",
            path="awards",
            summary_schema=AwardSummary,
            detail_schema=AwardDetail,
            query_schema=AwardQuery,
            summary_fields=lambda page, rep: {
                "award_name": page.award_name,
                "recipient": page.recipient,
                "recipient_kind": page.recipient_kind,
                "award_date": page.award_date,
                "category": page.category,
            },
            detail_fields=lambda page, rep: {
                "citation": expand_db_html(page.citation),
                "photos": stream_representation(page.photos, {"request": rep.request}),
            },
            json_ld=award_json_ld,
            default_order="-award_date",
        )
    )
    registry.register_page(section_endpoint(AwardIndexPage))
