"""The stories' part of the Riverside demo: three success stories, in English
and Spanish.

Plain data the demo loader writes (``cms.demo.sections``); references such as
``@image:KEY`` are explained in ``cms/demo/content.py``. Registered through the
``register_demo_content`` hook in ``wagtail_hooks.py``.
"""

import datetime

from cms.demo.content import callout, image, paragraph, quote, related
from cms.demo.sections import DemoContent, DemoPages
from plugins.stories.demo.translations import STRINGS
from plugins.stories.models import StoryIndexPage, StoryPage

INDEX = {
    "key": "stories",
    "model": StoryIndexPage,
    "title": "Success stories",
    "slug": "stories",
    "summary": "What we have achieved together with residents and local groups.",
    "intro": (
        "We never name victims or minors in these stories, and we only show "
        "photos that identify no one."
    ),
    "show_in_menus": True,
    "menu_position": 20,
}

# Success stories
STORIES = [
    {
        "key": "story-stolen-car",
        "title": "Stolen car found within hours thanks to a plate-reader alert",
        "slug": "stolen-car-found-within-hours",
        "summary": (
            "A car stolen from a Northgate driveway was back with its owner the same "
            "afternoon after a plate reader spotted it."
        ),
        "hero_image": "@image:recovered-car",
        "story_date": datetime.date(2026, 9, 18),
        "area": "Northgate",
        "privacy_confirmed": True,
        "incident_category": "vehicle",
        "outcome": (
            "The car was returned to its owner the same day and a suspect was arrested."
        ),
        "community_partners": [],
        "technologies": ["license-plate-readers"],
        "policies": ["policy-license-plate-readers"],
        "tags": ["alpr", "vehicle theft"],
        "body": [
            paragraph(
                "<p>The owner reported the theft at 7 a.m. Two hours later a "
                "plate reader on Harbor Boulevard alerted on the car.</p>"
            ),
            paragraph(
                "<p>Before acting, the dispatcher confirmed that the plate was still "
                "listed as stolen, as our policy requires. Officers found the car "
                "parked nearby and arrested the driver.</p>"
            ),
            quote(
                "I expected to never see my car again. I had it back before lunch.",
                attribution="The car's owner",
            ),
        ],
        "images": [
            image("recovered-car", caption="The recovered car, back with its owner."),
        ],
        "media_coverage": [],
    },
    {
        "key": "story-catalytic-converters",
        "title": "Neighbors' videos help stop a string of catalytic converter thefts",
        "slug": "catalytic-converter-thefts-stopped",
        "summary": (
            "Footage shared by Eastside residents and businesses led to the arrest "
            "of two people linked to 23 catalytic converter thefts."
        ),
        "hero_image": "@image:doorbell-footage",
        "story_date": datetime.date(2026, 6, 2),
        "area": "Eastside",
        "privacy_confirmed": True,
        "incident_category": "property",
        "outcome": (
            "Two people were arrested and catalytic converter thefts in Eastside "
            "dropped from about five a week to none in the following month."
        ),
        "community_partners": [
            {"type": "partner", "value": "Eastside Business Alliance"},
            {"type": "partner", "value": "Eastside Neighborhood Watch"},
        ],
        "technologies": [],
        "policies": [],
        "tags": ["cameras", "sharing", "property crime"],
        "body": [
            paragraph(
                "<p>After a spike in thefts, we asked Eastside residents on the "
                "<b>voluntary camera registry</b> to check their video.</p>"
            ),
            paragraph(
                "<p>Eleven households and three businesses shared clips through our "
                "secure upload link. Together they showed the same van at several "
                "scenes.</p>"
            ),
            related("guide-footage", "How to share your camera footage"),
        ],
        "images": [
            image("doorbell-footage", caption="Residents shared video securely."),
        ],
        "media_coverage": [
            {
                "type": "article",
                "value": {
                    "outlet": "Riverside Ledger",
                    "title": "Arrests follow wave of catalytic converter thefts",
                    "url": "https://news.example.org/riverside/catalytic-arrests",
                    "date": "2026-06-04",
                },
            },
        ],
    },
    {
        "key": "story-missing-man",
        "title": "Missing older man found safe after a community search",
        "slug": "missing-man-found-safe",
        "summary": (
            "A man with memory loss who walked away from home was found safe in "
            "Riverside Park by search volunteers and officers."
        ),
        "hero_image": "@image:search-volunteers",
        "story_date": datetime.date(2026, 4, 11),
        "area": "Riverside Park",
        "privacy_confirmed": True,
        "incident_category": "missing_person",
        "outcome": "The man was found unharmed within four hours and is home with his "
        "family.",
        "community_partners": [
            {"type": "partner", "value": "Riverside Search and Rescue"},
        ],
        "technologies": [],
        "policies": [],
        "tags": ["missing person", "volunteers"],
        "body": [
            paragraph(
                "<p>His family called us at 6 p.m. Within an hour, 30 volunteers "
                "from Riverside Search and Rescue joined our officers.</p>"
            ),
            paragraph(
                "<p>A volunteer found him near the river trail, cold but unhurt. "
                "We do not publish his name to protect his privacy.</p>"
            ),
            callout(
                "success",
                "Know the signs",
                "<p>If someone you care for has memory loss, keep a recent photo "
                "and a list of places they like to go.</p>",
            ),
        ],
        "images": [
            image("search-volunteers", caption="Where the search team gathered."),
        ],
        "media_coverage": [],
    },
]


def demo_content():
    return DemoContent(
        name="stories",
        indexes=[INDEX],
        pages=[DemoPages("Stories", StoryPage, "stories", STORIES)],
        translations=STRINGS,
    )
