"""The success stories' API."""

from datetime import date
from typing import ClassVar, Literal

from ninja import Schema
from pydantic import Field

from blocks import load_renditions
from plugins.headless import json_ld
from plugins.headless.endpoints import (
    PageEndpoint,
    PageListQuery,
    order_choices,
    registry,
    section_endpoint,
)
from plugins.headless.schemas import (
    CalendarDate,
    Image,
    PageDetailBase,
    PageItem,
    PositiveId,
)
from plugins.stories.models import IncidentCategory, StoryIndexPage, StoryPage


class RelatedLink(Schema):
    id: int
    title: str


class MediaCoverage(Schema):
    outlet: str
    title: str
    url: str
    date: date | None


class StoryFields(Schema):
    type: Literal["story"]
    story_date: date
    area: str
    incident_category: IncidentCategory
    outcome: str


class StorySummary(StoryFields, PageItem):
    pass


class StoryDetail(StoryFields, PageDetailBase):
    community_partners: list[str]
    images: list[Image]
    media_coverage: list[MediaCoverage]
    technologies: list[RelatedLink]
    policies: list[RelatedLink]


class StoryQuery(PageListQuery):
    incident_category: IncidentCategory | None = Field(
        None, description="Only stories of this kind of incident."
    )
    technology: PositiveId | None = None
    policy: PositiveId | None = None
    date_after: CalendarDate | None = Field(
        None, description="Happened on or after this date."
    )
    date_before: CalendarDate | None = Field(
        None, description="Happened on or before this date."
    )
    order: order_choices("story_date", "first_published_at", "title") = "-story_date"

    related: ClassVar[dict] = {"technology": "technologies", "policy": "policies"}

    def filter_date_after(self, queryset, value):
        return queryset.filter(story_date__gte=value)

    def filter_date_before(self, queryset, value):
        return queryset.filter(story_date__lte=value)


def summary_fields(page, rep):
    return {
        "story_date": page.story_date,
        "area": page.area,
        "incident_category": page.incident_category,
        "outcome": page.outcome,
    }


def detail_fields(page, rep):
    load_renditions([child.value["image"] for child in page.images])
    return {
        "community_partners": [child.value for child in page.community_partners],
        "images": [
            child.block.get_api_representation(child.value) for child in page.images
        ],
        "media_coverage": [dict(child.value) for child in page.media_coverage],
        # ``among``: a preview's draft holds its relations in memory.
        "technologies": [
            {"id": technology.pk, "title": technology.name}
            for technology in rep.visible_pages.among(page.technologies.all())
        ],
        "policies": [
            {"id": policy.pk, "title": policy.title}
            for policy in rep.visible_pages.among(page.policies.all())
        ],
    }


def story_json_ld(page, item):
    return json_ld.base(
        "NewsArticle",
        page,
        item,
        headline=page.title,
        contentLocation={"@type": "Place", "name": page.area} if page.area else None,
    )


def register():
    registry.register_page(
        PageEndpoint(
            model=StoryPage,
            type_name="story",
            path="stories",
            summary_schema=StorySummary,
            detail_schema=StoryDetail,
            query_schema=StoryQuery,
            summary_fields=summary_fields,
            detail_fields=detail_fields,
            json_ld=story_json_ld,
            category_field="incident_category",
            default_order="-story_date",
        )
    )
    registry.register_page(section_endpoint(StoryIndexPage))
