"""The community plugin's API: awards, events, "you said, we did" reports and
the feedback page. Submissions themselves are never served: the only feedback
route is ``POST /feedback/`` (see ``feedback_api``)."""

from datetime import date, datetime
from typing import Literal

from django.utils import translation
from ninja import Schema
from pydantic import Field
from wagtail.rich_text import expand_db_html

from plugins.community import feedback_api
from plugins.community.blocks import ThemeStatus
from plugins.community.models import (
    AwardCategory,
    AwardIndexPage,
    AwardPage,
    ContactPage,
    EventCategory,
    EventIndexPage,
    EventPage,
    FeedbackPage,
    RecipientKind,
    Topic,
    YouSaidWeDidPage,
)
from plugins.community.spam import HONEYPOT_FIELD
from plugins.headless import json_ld, scopes
from plugins.headless.endpoints import (
    PageEndpoint,
    PageListQuery,
    order_choices,
    registry,
    section_endpoint,
)
from plugins.headless.representation import stream_representation
from plugins.headless.schemas import Block, CalendarDate, PageDetailBase, PageItem

FEEDBACK_PATH = "/api/v1/feedback/"


# Awards --------------------------------------------------------------------------
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
    criteria: str = Field(description="What the award recognizes; HTML.")
    nomination_deadline: date | None = Field(
        description="While this date has not passed, nominations are open: POST "
        "them to /api/v1/feedback/ with topic `nomination`."
    )
    photos: list[Block]


class AwardQuery(PageListQuery):
    category: AwardCategory | None = Field(
        None, description="Only awards in this category."
    )
    date_after: CalendarDate | None = Field(
        None, description="Awarded on or after this date."
    )
    date_before: CalendarDate | None = Field(
        None, description="Awarded on or before this date."
    )
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


# Events --------------------------------------------------------------------------
class Place(Schema):
    name: str
    street_address: str
    locality: str
    postal_code: str


class EventFields(Schema):
    type: Literal["event"]
    start: datetime
    end: datetime | None
    category: EventCategory
    attendance_mode: Literal["in_person", "online", "mixed"]
    place: Place | None = Field(description="Null for online-only events.")
    online_url: str
    accessibility: str


class EventSummary(EventFields, PageItem):
    pass


class EventDetail(EventFields, PageDetailBase):
    pass


class EventQuery(PageListQuery):
    category: EventCategory | None = Field(
        None, description="Only events in this category."
    )
    starts_after: CalendarDate | None = Field(
        None, description="Events starting on or after this date."
    )
    starts_before: CalendarDate | None = Field(
        None, description="Events starting on or before this date."
    )
    order: order_choices("start", "title") = "start"

    def filter_starts_after(self, queryset, value):
        return queryset.filter(start__date__gte=value)

    def filter_starts_before(self, queryset, value):
        return queryset.filter(start__date__lte=value)


def attendance_mode(page):
    if page.is_online and page.is_in_person:
        return "mixed"
    return "online" if page.is_online else "in_person"


def event_fields(page, rep):
    return {
        "start": page.start,
        "end": page.end,
        "category": page.category,
        "attendance_mode": attendance_mode(page),
        "place": {
            "name": page.place_name,
            "street_address": page.street_address,
            "locality": page.locality,
            "postal_code": page.postal_code,
        }
        if page.is_in_person
        else None,
        "online_url": page.online_url,
        "accessibility": page.accessibility,
    }


SCHEMA_ATTENDANCE = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def event_json_ld(page, item):
    locations = []
    if page.is_in_person:
        address = {
            "@type": "PostalAddress",
            "streetAddress": page.street_address,
            "addressLocality": page.locality,
            "postalCode": page.postal_code,
        }
        locations.append(
            {
                "@type": "Place",
                "name": page.place_name or page.address_line,
                "address": {k: v for k, v in address.items() if v},
            }
        )
    if page.is_online:
        locations.append({"@type": "VirtualLocation", "url": page.online_url})
    data = json_ld.base(
        "Event",
        page,
        item,
        startDate=page.start.isoformat(),
        endDate=page.end.isoformat() if page.end else None,
        eventStatus="https://schema.org/EventScheduled",
        eventAttendanceMode=SCHEMA_ATTENDANCE[attendance_mode(page)],
        location=locations[0] if len(locations) == 1 else locations,
    )
    # An Event is not a creative work: it has no publication dates.
    data.pop("datePublished", None)
    data.pop("dateModified", None)
    return data


# You said, we did ------------------------------------------------------------------
class TopicCount(Schema):
    topic: Topic
    label: str = Field(description="The topic's name in the page's language.")
    count: int


class Theme(Schema):
    id: str | None
    theme: str
    you_said: str = Field(description="HTML.")
    we_did: str = Field(description="HTML.")
    status: ThemeStatus
    status_label: str


class ReportFields(Schema):
    type: Literal["you_said_we_did"]
    period_start: date
    period_end: date


class ReportSummary(ReportFields, PageItem):
    pass


class ReportDetail(ReportFields, PageDetailBase):
    topic_counts: list[TopicCount] = Field(
        description="Non-spam messages received in the period, by topic. Counts "
        "only: no message is ever published."
    )
    total: int
    themes: list[Theme]


class ReportQuery(PageListQuery):
    order: order_choices("period_end", "title") = "-period_end"


def report_detail_fields(page, rep):
    context = {
        "request": rep.request,
        "representation": rep,
        "visible_pages": rep.visible_pages,
    }
    # Labels in the page's language, so one cached response suits every reader.
    with translation.override(page.locale.language_code):
        counts = [
            {**row, "label": str(row["label"])}
            for row in page.topic_counts(rep.request)
        ]
        themes = [theme_representation(child, context) for child in page.themes]
    return {
        "topic_counts": counts,
        "total": sum(row["count"] for row in counts),
        "themes": themes,
    }


def theme_representation(child, context):
    blocks = child.block.child_blocks
    return {
        "id": child.id,
        "theme": child.value["theme"],
        "you_said": blocks["you_said"].get_api_representation(
            child.value["you_said"], context
        ),
        "we_did": blocks["we_did"].get_api_representation(
            child.value["we_did"], context
        ),
        "status": child.value["status"],
        "status_label": child.value.status_label,
    }


# The feedback page -------------------------------------------------------------------
class Choice(Schema):
    value: str
    label: str


class FeedbackFormDetail(PageDetailBase):
    type: Literal["feedback_form"]
    intro: str
    privacy_notice: str
    thank_you: str
    topics: list[Choice]
    award_categories: list[Choice]
    submit_path: str = Field(description="Where a front end POSTs the form as JSON.")
    honeypot_field: str = Field(
        description="A field to render hidden from people and send empty."
    )


def choices(enum):
    return [{"value": value, "label": str(label)} for value, label in enum.choices]


def feedback_form_fields(page, rep):
    with translation.override(page.locale.language_code):
        topics = choices(Topic)
        categories = choices(AwardCategory)
    return {
        "intro": expand_db_html(page.intro),
        "privacy_notice": expand_db_html(page.privacy_notice),
        "thank_you": expand_db_html(page.thank_you),
        "topics": topics,
        "award_categories": categories,
        "submit_path": FEEDBACK_PATH,
        "honeypot_field": HONEYPOT_FIELD,
    }


# Contact -------------------------------------------------------------------------
class ContactDetail(PageDetailBase):
    """How to reach the agency. Emergencies always go to 911, which no page
    field can change."""

    type: Literal["contact"]
    intro: str
    address: str = Field(description="The street address, one line each.")
    phone: str = Field(description="The main phone number.")
    non_emergency_phone: str = Field(
        description="For reports and questions that need no officer right away."
    )
    email: str = Field(description="Empty when the agency takes no email here.")
    hours: str = Field(description="Office hours, in the page's language.")


CONTACT_FIELDS = ("intro", "address", "phone", "non_emergency_phone", "email", "hours")


def contact_fields(page, rep):
    return {name: getattr(page, name) for name in CONTACT_FIELDS}


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
                "criteria": expand_db_html(page.criteria),
                "nomination_deadline": page.nomination_deadline,
                "photos": stream_representation(
                    page.photos, {"request": rep.request, "representation": rep}
                ),
            },
            json_ld=award_json_ld,
            default_order="-award_date",
            category_field="category",
        )
    )
    registry.register_page(section_endpoint(AwardIndexPage))
    registry.register_page(
        PageEndpoint(
            model=EventPage,
            type_name="event",
            path="events",
            summary_schema=EventSummary,
            detail_schema=EventDetail,
            query_schema=EventQuery,
            summary_fields=event_fields,
            json_ld=event_json_ld,
            default_order="start",
            category_field="category",
        )
    )
    registry.register_page(section_endpoint(EventIndexPage))
    registry.register_page(
        PageEndpoint(
            model=YouSaidWeDidPage,
            type_name="you_said_we_did",
            path="you-said-we-did",
            summary_schema=ReportSummary,
            detail_schema=ReportDetail,
            query_schema=ReportQuery,
            summary_fields=lambda page, rep: {
                "period_start": page.period_start,
                "period_end": page.period_end,
            },
            detail_fields=report_detail_fields,
            json_ld=lambda page, item: json_ld.base("WebPage", page, item),
            default_order="-period_end",
            list_defer=("themes",),
            extra_scopes=(scopes.FEEDBACK_COUNTS,),
        )
    )
    registry.register_page(
        PageEndpoint(
            model=FeedbackPage,
            type_name="feedback_form",
            summary_schema=FeedbackFormDetail,
            detail_schema=FeedbackFormDetail,
            detail_fields=feedback_form_fields,
            json_ld=lambda page, item: json_ld.base("ContactPage", page, item),
        )
    )

    registry.register_page(
        PageEndpoint(
            model=ContactPage,
            type_name="contact",
            summary_schema=ContactDetail,
            detail_schema=ContactDetail,
            detail_fields=contact_fields,
            json_ld=lambda page, item: json_ld.base("ContactPage", page, item),
        )
    )

    registry.register_router("feedback", feedback_api.router)
