"""The community awards of the Riverside demo, in English and Spanish: plain
data the demo loader writes (``cms.demo.sections``).
"""

import datetime

from cms.demo.content import image
from plugins.community.models import AwardIndexPage

INDEX = {
    "key": "awards",
    "model": AwardIndexPage,
    "title": "Community awards",
    "slug": "awards",
    "summary": (
        "Neighbors, groups and businesses we have recognized for making Riverside "
        "safer."
    ),
    "intro": "Nominations open each spring.",
    "show_in_menus": True,
    "menu_position": 50,
}

# Awards
AWARDS = [
    {
        "key": "award-night-out",
        "title": "Elm Street Block Club wins the Neighborhood Safety Award",
        "slug": "elm-street-neighborhood-safety-award",
        "award_name": "Neighborhood Safety Award 2026",
        "recipient": "Elm Street Block Club",
        "recipient_kind": "group",
        "award_date": datetime.date(2026, 8, 4),
        "category": "national_night_out",
        "summary": (
            "The Elm Street Block Club brought more than 400 neighbors to this "
            "year's National Night Out."
        ),
        "hero_image": "@image:night-out",
        "citation": (
            "<p>For bringing neighbors and officers together at the largest "
            "National Night Out party in the city, and for starting a phone tree "
            "that checks on older residents every week.</p>"
        ),
        "photos": [
            image("night-out", caption="Elm Street on National Night Out."),
        ],
        "tags": ["national night out", "neighborhoods"],
    },
    {
        "key": "award-search-volunteers",
        "title": "Civilian commendation for Riverside Search and Rescue",
        "slug": "search-and-rescue-commendation",
        "award_name": "Civilian Commendation",
        "recipient": "Riverside Search and Rescue",
        "recipient_kind": "group",
        "award_date": datetime.date(2026, 5, 20),
        "category": "volunteer",
        "summary": (
            "The volunteer team that found a missing older man in Riverside Park "
            "receives the department's civilian commendation."
        ),
        "hero_image": "@image:award-plaque",
        "citation": (
            "<p>For answering our call within an hour and searching through the "
            "night with skill and care.</p>"
        ),
        "photos": [],
        "tags": ["volunteers"],
    },
]
