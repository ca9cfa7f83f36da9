"""The technology registry's part of the Riverside demo: the transparency
page, two technologies and their audit reports, in English and Spanish; the
plate readers also in every other demo language.

Plain data the demo loader writes (``cms.demo.sections``); references such as
``@document:KEY`` are explained in ``cms/demo/content.py``. Registered through
the ``register_demo_content`` hook in ``wagtail_hooks.py``.
"""

from cms.demo.content import items, statistic
from cms.demo.sections import DemoContent, DemoSnippets
from plugins.transparency.demo.translations import STRINGS
from plugins.transparency.models import Technology, TransparencyPage

# Documents
DOCUMENTS = [
    {
        "key": "alpr-audit-2026",
        "title": "License-plate reader search audit, January to June 2026 (summary)",
        "filename": "alpr-search-audit-2026-h1.txt",
        "text": (
            "Riverside Police Department\n"
            "License-plate reader search audit, January to June 2026\n"
            "Auditor: Office of the City Auditor\n\n"
            "Sample: 150 searches chosen at random from 1,286.\n"
            "147 searches recorded a case number and a specific reason.\n"
            "3 searches gave only the reason 'investigation'; the three users were "
            "retrained.\n"
            "No plate data older than 30 days was found in the system.\n"
            "No searches were made for immigration or traffic enforcement.\n"
        ),
    },
    {
        "key": "bwc-audit-2026",
        "title": "Body-worn camera recording audit, 2026 (summary)",
        "filename": "body-worn-camera-audit-2026.txt",
        "text": (
            "Riverside Police Department\n"
            "Body-worn camera recording audit, 2026\n"
            "Auditor: Community Police Review Commission\n\n"
            "Sample: 60 incident reports chosen at random, compared with the video.\n"
            "57 incidents were recorded from start to end.\n"
            "3 recordings started late; the officers' supervisors addressed it.\n"
        ),
    },
]

INDEX = {
    "key": "transparency",
    "model": TransparencyPage,
    "title": "Technology and transparency",
    "slug": "transparency",
    "summary": (
        "Every surveillance technology we use, the policies that govern it, "
        "current figures and recent policy changes, in one place."
    ),
    "intro": (
        "If something you expect to see here is missing, the page says so. "
        "Ask us about it on the non-emergency line."
    ),
    "show_in_menus": True,
    "menu_position": 70,
}

# Technologies
TECHNOLOGIES = [
    {
        "key": "license-plate-readers",
        "name": "Automated license-plate readers",
        "kind": "license_plate_reader",
        "vendor": "ClearRoad Systems",
        "description": (
            "Fixed cameras at 18 locations photograph the license plates of passing "
            "vehicles and check them against lists of stolen and wanted vehicles."
        ),
        "collected": items(
            "License plate number and state",
            "Photo of the rear of the vehicle",
            "Date, time and camera location",
            "Vehicle color, type and make when visible",
        ),
        "not_collected": items(
            "No facial recognition",
            "No photos of drivers or passengers",
            "No names, addresses or other registration details",
            "No speed or traffic violations",
        ),
        "allowed_uses": items(
            "Finding stolen vehicles and stolen license plates",
            "Locating vehicles linked to an AMBER Alert or a missing person",
            "Investigating a specific crime that has a case number",
            "Locating vehicles of people with a felony warrant",
        ),
        "prohibited_uses": items(
            "Immigration enforcement",
            "Traffic or parking enforcement",
            "Monitoring protests, religious services or other lawful gatherings",
            "Targeting anyone because of race, religion, gender or another protected "
            "characteristic",
            "Personal use or harassment of any person",
            "Selling the data",
        ),
        "retention_days": 30,
        "access_policy": (
            "Only officers and crime analysts who have completed our plate-reader "
            "training may search the system. Each search must record a case number "
            "and a reason. The system logs the date and time, the plate searched, "
            "the user and the reason."
        ),
        "hotlist_policy": (
            "An alert is only a lead. Before stopping a vehicle, the officer must "
            "confirm by radio or computer that the plate is still listed and that "
            "the plate and state match the vehicle."
        ),
        "hotlist_sources": items(
            "NCIC stolen vehicle and wanted person files",
            "California stolen vehicle system",
            "AMBER Alert and Silver Alert lists",
        ),
        "sharing": [
            {
                "type": "agency",
                "value": {
                    "agency": "Cedar County Sheriff's Office",
                    "jurisdiction": "Cedar County, CA",
                    "direction": "both",
                    "since": "2024-05-01",
                },
            },
            {
                "type": "agency",
                "value": {
                    "agency": "Millbrook Police Department",
                    "jurisdiction": "Millbrook, CA",
                    "direction": "outbound",
                    "since": "2025-01-15",
                },
            },
        ],
        "usage_stats": [
            statistic(
                "Cameras in service",
                "18",
                "cameras",
                "Current",
                "@today:-2",
                "Riverside PD technology unit",
            ),
            statistic(
                "Vehicles detected",
                "412380",
                "vehicles",
                "Last 30 days",
                "@today:-2",
                "Plate-reader system report",
            ),
            statistic(
                "Hotlist alerts",
                "96",
                "alerts",
                "Last 30 days",
                "@today:-2",
                "Plate-reader system report",
            ),
            statistic(
                "Searches by staff",
                "214",
                "searches",
                "Last 30 days",
                "@today:-2",
                "Plate-reader search log",
            ),
        ],
        "audits": [
            {
                "type": "audit",
                "value": {
                    "date": "2026-07-15",
                    "auditor": "Office of the City Auditor",
                    "summary": (
                        "Checked 150 random searches from January to June 2026. 147 "
                        "recorded a case number and a specific reason; three users "
                        "who wrote only 'investigation' were retrained. No data "
                        "older than 30 days was found."
                    ),
                    "report": "@document:alpr-audit-2026",
                },
            },
        ],
    },
    {
        "key": "body-worn-cameras",
        "name": "Body-worn cameras",
        "kind": "body_worn_camera",
        "vendor": "Sentinel Video",
        "description": (
            "Small cameras worn on the uniform record video and sound when officers "
            "respond to calls and make stops."
        ),
        "collected": items(
            "Video and sound of contacts between officers and the public",
            "Date, time and GPS location of each recording",
            "The badge number of the officer wearing the camera",
        ),
        "not_collected": items(
            "No facial recognition",
            "No live streaming to the public",
            "No recording during breaks or private conversations between officers",
        ),
        "allowed_uses": items(
            "Recording calls for service, stops, searches and arrests",
            "Evidence in criminal cases",
            "Reviewing complaints and uses of force",
            "Training, with faces and other identifying details blurred",
        ),
        "prohibited_uses": items(
            "Recording people only because they take part in a lawful protest",
            "Running recordings through facial recognition",
            "Copying recordings to personal devices or social media",
        ),
        "retention_days": 180,
        "access_policy": (
            "Officers may view their own recordings. Supervisors, internal affairs "
            "and the Community Police Review Commission may view any recording for "
            "a stated reason. Every view and every copy is logged."
        ),
        "hotlist_policy": (
            "Body-worn cameras are not connected to any hotlist and never raise alerts."
        ),
        "hotlist_sources": items("None: the cameras raise no alerts"),
        "sharing": [
            {
                "type": "agency",
                "value": {
                    "agency": "Cedar County District Attorney's Office",
                    "jurisdiction": "Cedar County, CA",
                    "direction": "outbound",
                    "since": "2021-03-01",
                },
            },
        ],
        "usage_stats": [
            statistic(
                "Cameras assigned",
                "142",
                "cameras",
                "Current",
                "@today:-3",
                "Riverside PD technology unit",
            ),
            statistic(
                "Recordings uploaded",
                "9870",
                "recordings",
                "Last 30 days",
                "@today:-3",
                "Video evidence system report",
            ),
        ],
        "audits": [
            {
                "type": "audit",
                "value": {
                    "date": "2026-04-30",
                    "auditor": "Community Police Review Commission",
                    "summary": (
                        "Compared 60 incident reports with the video. 57 were fully "
                        "recorded; in three the camera started late, and the "
                        "officers' supervisors addressed it."
                    ),
                    "report": "@document:bwc-audit-2026",
                },
            },
        ],
    },
]

# The one technology translated into the languages beyond Spanish.
EVERY_LANGUAGE = frozenset({"license-plate-readers"})


def demo_content():
    return DemoContent(
        name="transparency",
        documents=DOCUMENTS,
        indexes=[INDEX],
        snippets=[DemoSnippets("Technologies", "technology", Technology, TECHNOLOGIES)],
        translations=STRINGS,
        only=dict.fromkeys(("vi", "zh-hans", "ar"), EVERY_LANGUAGE),
    )
