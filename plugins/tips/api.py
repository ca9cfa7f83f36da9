"""The tips' and guides' API."""

from typing import Literal

from ninja import Schema
from pydantic import Field

from plugins.headless import json_ld
from plugins.headless.endpoints import (
    PageEndpoint,
    PageListQuery,
    order_choices,
    registry,
    section_endpoint,
)
from plugins.headless.representation import stream_representation
from plugins.headless.schemas import Block, PageDetailBase, PageItem
from plugins.tips.models import (
    Audience,
    GuideIndexPage,
    GuidePage,
    Season,
    TipCategory,
    TipIndexPage,
    TipPage,
)


class TipFields(Schema):
    type: Literal["tip"]
    category: TipCategory
    audience: Audience
    season: Season
    short_tip: str


class TipSummary(TipFields, PageItem):
    pass


class TipDetail(TipFields, PageDetailBase):
    steps: list[Block]
    resources: list[Block]


class GuideFields(Schema):
    type: Literal["guide"]
    situation: str


class GuideSummary(GuideFields, PageItem):
    pass


class GuideDetail(GuideFields, PageDetailBase):
    steps: list[Block]
    contacts: list[Block]


class TipQuery(PageListQuery):
    category: TipCategory | None = Field(
        None, description="Only tips in this category."
    )
    audience: Audience | None = Field(None, description="Only tips for this audience.")
    season: Season | None = Field(None, description="Only tips for this season.")
    order: order_choices("first_published_at", "title") = "-first_published_at"


class GuideQuery(PageListQuery):
    order: order_choices("first_published_at", "title") = "title"


def context(rep):
    return {"request": rep.request, "representation": rep}


def how_to(page, item):
    return json_ld.base("HowTo", page, item, step=json_ld.how_to_steps(page.steps))


def register():
    registry.register_page(
        PageEndpoint(
            model=TipPage,
            type_name="tip",
            path="tips",
            summary_schema=TipSummary,
            detail_schema=TipDetail,
            query_schema=TipQuery,
            summary_fields=lambda page, rep: {
                "category": page.category,
                "audience": page.audience,
                "season": page.season,
                "short_tip": page.short_tip,
            },
            detail_fields=lambda page, rep: {
                "steps": stream_representation(page.steps, context(rep)),
                "resources": stream_representation(page.resources, context(rep)),
            },
            json_ld=how_to,
            category_field="category",
        )
    )
    registry.register_page(
        PageEndpoint(
            model=GuidePage,
            type_name="guide",
            path="guides",
            summary_schema=GuideSummary,
            detail_schema=GuideDetail,
            query_schema=GuideQuery,
            summary_fields=lambda page, rep: {"situation": page.situation},
            detail_fields=lambda page, rep: {
                "steps": stream_representation(page.steps, context(rep)),
                "contacts": stream_representation(page.contacts, context(rep)),
            },
            json_ld=how_to,
            default_order="title",
        )
    )
    registry.register_page(section_endpoint(TipIndexPage))
    registry.register_page(section_endpoint(GuideIndexPage))
