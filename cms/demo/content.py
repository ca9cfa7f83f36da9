"""The Riverside Police Department's demo content in English, as plain data.

Each object has a stable ``key``; the loader derives translation keys from it, so a
second run finds what the first one wrote. References to other demo objects are
strings the loader resolves: ``@image:KEY``, ``@faq:KEY``, ``@page:KEY`` and
``@document:KEY`` become database ids (also inside rich-text attributes, as in
``<a linktype="page" id="@page:guide-footage">``), and ``@today:N`` becomes the date
N days after the day of the load, so usage figures and comment periods stay current.
"""

import datetime

AGENCY_NAME = "Riverside Police Department"
# PHONE is the non-emergency line; MAIN_PHONE the switchboard.
PHONE = "(555) 010-4400"
MAIN_PHONE = "(555) 010-4000"
ADDRESS = "4102 Orange Street, Riverside, CA 92501"
RECORDS_EMAIL = "records@riversidepd.example"
POLICY_EMAIL = "policy@riversidepd.example"
TIPS_EMAIL = "tips@riversidepd.example"
OFFICE_HOURS = "Monday to Friday, 8 a.m. to 5 p.m."


# Block builders: they return StreamField data in Wagtail's raw JSON shape.
def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def callout(style, title, body):
    return {"type": "callout", "value": {"style": style, "title": title, "body": body}}


def image(key, caption="", alt_text="", credit=""):
    return {
        "type": "image",
        "value": {
            "image": f"@image:{key}",
            "alt_text": alt_text,
            "caption": caption,
            "credit": credit,
        },
    }


def faqs(title, *keys):
    return {
        "type": "faqs",
        "value": {"title": title, "faqs": [f"@faq:{key}" for key in keys]},
    }


def quote(text, attribution="", role=""):
    return {
        "type": "quote",
        "value": {"quote": text, "attribution": attribution, "role": role},
    }


def dos_and_donts(title, dos, donts):
    return {
        "type": "dos_and_donts",
        "value": {"title": title, "dos": list(dos), "donts": list(donts)},
    }


def contact(label, phone="", email="", hours=""):
    return {
        "type": "contact",
        "value": {
            "label": label,
            "phone": phone,
            "email": email,
            "hours": hours,
            "emergency_note": "In an emergency, call 911.",
        },
    }


def related(page_key, label=""):
    return {
        "type": "related_content",
        "value": {"page": f"@page:{page_key}", "label": label},
    }


def section(number, title, body, covers=()):
    return {
        "type": "section",
        "value": {"number": number, "title": title, "body": body, "covers": [*covers]},
    }


def step(title, body, timing="", contact=""):
    return {
        "type": "step",
        "value": {"title": title, "body": body, "timing": timing, "contact": contact},
    }


def items(*texts):
    """A registry list (collected, allowed uses and so on): one block per item."""
    return [{"type": "item", "value": text} for text in texts]


def statistic(label, value, unit, period, as_of, source):
    return {
        "type": "statistic",
        "value": {
            "label": label,
            "value": value,
            "unit": unit,
            "period": period,
            "as_of": as_of,
            "source": source,
        },
    }


# Images
# Drawn with Pillow by cms.demo.images: a motif on a coloured background and a label.
IMAGES = [
    {
        "key": "home-riverfront",
        "title": "Riverside riverfront at dusk",
        "description": (
            "Illustration of the Riverside riverfront at dusk, with the police "
            "headquarters building beside the bridge."
        ),
        "credit": "Riverside PD Communications",
        "motif": "skyline",
        "colors": ("#1d3557", "#f4a261"),
        "label": "Riverside",
    },
    {
        "key": "plate-reader-camera",
        "title": "License-plate reader camera on a pole",
        "description": (
            "Illustration of a small license-plate reader camera mounted on a pole "
            "above a city street."
        ),
        "credit": "Riverside PD Communications",
        "motif": "camera",
        "colors": ("#264653", "#e9c46a"),
        "label": "Plate reader",
    },
    {
        "key": "body-worn-camera",
        "title": "Body-worn camera on a uniform",
        "description": (
            "Illustration of a body-worn camera clipped to the front of a police "
            "uniform."
        ),
        "credit": "Riverside PD Communications",
        "motif": "badge",
        "colors": ("#2b2d42", "#8d99ae"),
        "label": "Body camera",
    },
    {
        "key": "drone",
        "title": "Police drone over a park",
        "description": (
            "Illustration of a small four-rotor drone flying over the trees of a park."
        ),
        "credit": "Riverside PD Communications",
        "motif": "drone",
        "colors": ("#457b9d", "#f1faee"),
        "label": "Drone",
    },
    {
        "key": "recovered-car",
        "title": "Recovered car returned to its owner",
        "description": (
            "Illustration of a blue hatchback parked at the curb with a green "
            "check mark above it."
        ),
        "credit": "Riverside PD Communications",
        "motif": "car",
        "colors": ("#2a9d8f", "#ffffff"),
        "label": "Recovered",
    },
    {
        "key": "doorbell-footage",
        "title": "Doorbell camera footage",
        "description": (
            "Illustration of a doorbell camera next to a front door, with a play "
            "button showing saved video."
        ),
        "credit": "Riverside PD Communications",
        "motif": "doorbell",
        "colors": ("#6d597a", "#ffcdb2"),
        "label": "Shared video",
    },
    {
        "key": "search-volunteers",
        "title": "Search volunteers at the edge of Riverside Park",
        "description": (
            "Illustration of a park trail at sunrise with orange search-team vests "
            "hanging on a signpost. No people are shown."
        ),
        "credit": "Riverside Search and Rescue",
        "motif": "trail",
        "colors": ("#588157", "#fefae0"),
        "label": "Search team",
    },
    {
        "key": "porch-package",
        "title": "Package left on a front porch",
        "description": (
            "Illustration of a cardboard package on the front step of a house."
        ),
        "credit": "Riverside PD Communications",
        "motif": "package",
        "colors": ("#bc6c25", "#fefae0"),
        "label": "Package",
    },
    {
        "key": "night-out",
        "title": "National Night Out block party",
        "description": (
            "Illustration of string lights and a folding table with food on a "
            "closed-off neighborhood street at dusk."
        ),
        "credit": "Elm Street Block Club",
        "motif": "lights",
        "colors": ("#003049", "#fcbf49"),
        "label": "Night Out",
    },
    {
        "key": "award-plaque",
        "title": "Civilian commendation plaque",
        "description": (
            "Illustration of a wooden plaque with a gold star, the kind given with "
            "a civilian commendation."
        ),
        "credit": "Riverside PD Communications",
        "motif": "star",
        "colors": ("#7f5539", "#ddb892"),
        "label": "Commendation",
    },
    {
        # The agency's badge, for the site's header (AgencySettings.logo).
        "key": "agency-badge",
        "title": "Riverside Police Department badge",
        "description": "The Riverside Police Department badge.",
        "credit": "Riverside PD Communications",
        "motif": "badge",
        "colors": ("#162e51", "#e5a000"),
        "label": "Riverside PD",
    },
]

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

# Site root and section index pages
HOME = {
    "key": "home",
    "title": AGENCY_NAME,
    "slug": "home",
    "agency_name": AGENCY_NAME,
    "summary": (
        "How the Riverside Police Department uses technology, what we achieve with "
        "our neighbors, and straight answers to your questions."
    ),
    "intro": (
        "We serve about 120,000 residents. This site explains our policies in plain "
        "language, lists every surveillance technology we use and what it may and "
        "may not be used for, and shares what we have achieved with the community."
    ),
    "hero_image": "@image:home-riverfront",
    "body": [
        heading("Our commitments"),
        paragraph(
            "<p>We publish every policy that governs a surveillance technology "
            "<b>before</b> we use it, and we ask the public for comments on new "
            "ones.</p>"
        ),
        paragraph(
            "<p>Each technology in our registry lists what it collects, how long we "
            "keep the data, who we share it with and the results of independent "
            "audits.</p>"
        ),
        related("policies", "Read our policies"),
        related("faqs", "Questions and answers"),
        contact(
            "Non-emergency line", phone=PHONE, email=RECORDS_EMAIL, hours=OFFICE_HOURS
        ),
    ],
}

# Each index page: key, app label and model, and its English text.
INDEXES = [
    {
        "key": "policies",
        "model": ("trust_policies", "PolicyIndexPage"),
        "title": "Policies",
        "slug": "policies",
        "summary": (
            "The rules our officers and staff follow, starting with the policies for "
            "each technology we use."
        ),
        "intro": (
            "Every policy shows when it took effect, when it was last reviewed and "
            "who approved it. Drafts open for public comment are marked."
        ),
    },
    {
        "key": "stories",
        "model": ("trust_stories", "StoryIndexPage"),
        "title": "Success stories",
        "slug": "stories",
        "summary": "What we have achieved together with residents and local groups.",
        "intro": (
            "We never name victims or minors in these stories, and we only show "
            "photos that identify no one."
        ),
    },
    {
        "key": "tips",
        "model": ("trust_tips", "TipIndexPage"),
        "title": "Safety tips",
        "slug": "tips",
        "summary": "Simple steps that prevent common crimes in Riverside.",
        "intro": "Short, practical advice for homes, cars, businesses and families.",
    },
    {
        "key": "guides",
        "model": ("trust_tips", "GuideIndexPage"),
        "title": "What to expect",
        "slug": "guides",
        "summary": (
            "What happens, step by step, when you report a crime or share "
            "information with us."
        ),
        "intro": "Each guide lists the steps in order, how long they take and who to "
        "contact.",
    },
    {
        "key": "awards",
        "model": ("trust_community", "AwardIndexPage"),
        "title": "Community awards",
        "slug": "awards",
        "summary": (
            "Neighbors, groups and businesses we have recognized for making Riverside "
            "safer."
        ),
        "intro": "Nominations open each spring.",
    },
    {
        "key": "faqs",
        "model": ("trust_faqs", "FAQPage"),
        "title": "Questions and answers",
        "slug": "faqs",
        "summary": (
            "Answers to the questions residents ask us most, about technology, "
            "privacy, reports and sharing information."
        ),
        "intro": "Can't find your question? Call our non-emergency line.",
    },
    {
        "key": "transparency",
        "model": ("trust_transparency", "TransparencyPage"),
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
    },
]

# Every section appears in the site's navigation.
for _index in INDEXES:
    _index["show_in_menus"] = True

# Later versions of published policies: each is published after the translations,
# so the demo shows a real change log with a diff, and translations that are
# outdated until a translator updates them.
POLICY_REVISIONS = [
    {
        "key": "policy-license-plate-readers",
        "version_kind": "major",
        "change_note": (
            "Searches are now audited every quarter instead of twice a year, and "
            "users must repeat the training every year instead of every two years."
        ),
        "sections": {
            "462.3": (
                "<p>Only sworn officers and crime analysts who have completed the "
                "department's plate-reader training may search the data. Training "
                "is repeated every year.</p>"
            ),
            "462.4": (
                "<p>Every search is logged with the date, time, user, plate and "
                "reason. The City Auditor reviews a random sample of searches "
                "every quarter, and we publish the results.</p>"
            ),
        },
    },
]

# FAQs
FAQS = [
    {
        "key": "facial-recognition",
        "category": "technology",
        "sort_order": 10,
        "question": "Does the department use facial recognition?",
        "answer": (
            "<p>No. None of our cameras, including license-plate readers and "
            "body-worn cameras, use facial recognition.</p>"
            "<p>If we ever proposed it, we would publish a draft policy and hold a "
            "public comment period first.</p>"
        ),
        "tags": ["privacy", "technology"],
    },
    {
        "key": "plate-data-retention",
        "category": "technology",
        "sort_order": 20,
        "question": "How long do you keep license-plate reader data?",
        "answer": (
            "<p>30 days. After that the system deletes the data automatically, "
            "unless a record is part of a specific criminal investigation.</p>"
        ),
        "tags": ["alpr", "retention"],
    },
    {
        "key": "immigration",
        "category": "technology",
        "sort_order": 30,
        "question": "Can immigration authorities see plate-reader data?",
        "answer": (
            "<p>No. Our policy and state law prohibit using or sharing this data for "
            "immigration enforcement. We share only with the California agencies "
            "listed in our technology registry, and they must follow the same "
            "rules.</p>"
        ),
        "tags": ["alpr", "sharing"],
    },
    {
        "key": "body-camera-recording",
        "category": "technology",
        "sort_order": 40,
        "question": "When do officers turn on their body-worn cameras?",
        "answer": (
            "<p>Officers start recording before they arrive at a call and keep "
            "recording during every stop, search, arrest and use of force.</p>"
            "<p>They may pause only in the situations the policy lists, for example "
            "to protect the privacy of a victim who asks, and they must say why on "
            "the recording.</p>"
        ),
        "tags": ["body-worn cameras"],
    },
    {
        "key": "must-share-footage",
        "category": "sharing",
        "sort_order": 10,
        "question": "Do I have to give police my camera footage?",
        "answer": (
            "<p>No. Sharing footage is voluntary. An officer may ask, and you can say "
            "no or share only part of it. Only a court order can require it.</p>"
        ),
        "tags": ["cameras", "sharing"],
    },
    {
        "key": "who-sees-footage",
        "category": "sharing",
        "sort_order": 20,
        "question": "Who can see the footage I share?",
        "answer": (
            "<p>Only the detectives and staff working on the case, and the District "
            "Attorney and defense if the case goes to court.</p>"
            "<p>We do not post your footage online and we do not give it to "
            "companies.</p>"
        ),
        "tags": ["cameras", "privacy", "sharing"],
    },
    {
        "key": "post-online-first",
        "category": "sharing",
        "sort_order": 30,
        "question": (
            "Should I post a video of a crime on social media before sending it to you?"
        ),
        "answer": (
            "<p>Please send it to us first. A public post can warn a suspect, lead "
            "to the wrong person being blamed and make the video harder to use in "
            "court.</p>"
            "<p>Never post images that show a victim or a child.</p>"
        ),
        "tags": ["sharing", "social media"],
    },
    {
        "key": "anonymous-tips",
        "category": "sharing",
        "sort_order": 40,
        "question": "Can I share information anonymously?",
        "answer": (
            "<p>Yes. Use the anonymous tip form or text line. We remove identifying "
            "details before a tip reaches an officer, and you get a tip number to "
            "follow up without giving your name.</p>"
        ),
        "tags": ["tips", "sharing"],
    },
    {
        "key": "police-report-copy",
        "category": "reporting",
        "sort_order": 10,
        "question": "How do I get a copy of a police report?",
        "answer": (
            "<p>Ask the Records Unit by email or in person and give the case number. "
            "Victims get a copy free of charge. Some details may be removed to "
            "protect other people's privacy.</p>"
        ),
        "tags": ["records"],
    },
    {
        "key": "non-emergency",
        "category": "reporting",
        "sort_order": 20,
        "question": "When should I call 911 and when the non-emergency line?",
        "answer": (
            "<p>Call 911 when someone is in danger or a crime is happening now. For "
            "anything else, such as a theft you found in the morning, call the "
            "non-emergency line or report online.</p>"
        ),
        "tags": ["reporting"],
    },
    {
        "key": "complaint",
        "category": "general",
        "sort_order": 10,
        "question": "How do I file a complaint or thank an officer?",
        "answer": (
            "<p>Use the online form, call us or visit any station. You can also go "
            "to the Community Police Review Commission, which is independent of the "
            "department. Every complaint is logged and you will be told the "
            "outcome.</p>"
        ),
        "tags": ["accountability"],
    },
    {
        "key": "camera-registry",
        "category": "community",
        "sort_order": 10,
        "question": "What is the voluntary camera registry?",
        "answer": (
            "<p>A list of homes and businesses that have security cameras and are "
            "willing to be contacted after a nearby crime. We cannot see your "
            "cameras remotely, and you can leave the registry at any time.</p>"
        ),
        "tags": ["cameras", "community"],
    },
]

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

# Guides (they come before policies, which link to them)
GUIDES = [
    {
        "key": "guide-investigation",
        "title": "What to expect during an investigation",
        "slug": "what-to-expect-during-an-investigation",
        "situation": "You reported a crime and an officer is investigating.",
        "summary": (
            "After you report a crime, here is what happens next, how long each step "
            "usually takes and who to call with questions."
        ),
        "hero_image": None,
        "steps": [
            step(
                "An officer takes your report",
                "<p>The officer asks what happened and writes down what was taken or "
                "damaged. Give any photos, receipts or serial numbers you have.</p>",
                timing="When you report",
                contact="The responding officer",
            ),
            step(
                "You get a case number",
                "<p>Keep it: you need it for insurance and to ask about the case.</p>",
                timing="Within 24 hours",
                contact="Records Unit",
            ),
            step(
                "A detective reviews the case",
                "<p>A detective decides whether there are leads to follow, such as "
                "video or witnesses.</p>",
                timing="Within 5 working days",
                contact="Investigations Division",
            ),
            step(
                "You hear about the outcome",
                "<p>We tell you when the case is closed or sent to the District "
                "Attorney.</p>",
                timing="When the case is closed",
                contact="The assigned detective",
            ),
        ],
        "body": [
            callout(
                "info",
                "Your rights as a victim",
                "<p>You have the right to be treated with fairness and respect, and "
                "to be told about major steps in your case.</p>",
            ),
            faqs("Common questions", "police-report-copy", "non-emergency"),
        ],
        "contacts": [
            contact(
                "Records Unit", phone=PHONE, email=RECORDS_EMAIL, hours=OFFICE_HOURS
            ),
        ],
        "tags": ["investigations", "victims"],
    },
    {
        "key": "guide-footage",
        "title": "Sharing your camera footage with us",
        "slug": "sharing-your-camera-footage",
        "situation": (
            "An officer asked for your camera footage, or you want to offer it."
        ),
        "summary": (
            "How to save and send video from your home or business camera, and what "
            "we do with it."
        ),
        "hero_image": "@image:doorbell-footage",
        "steps": [
            step(
                "Save a copy",
                "<p>Many cameras overwrite video after a few days. Download the clip "
                "as soon as you can.</p>",
                timing="As soon as possible",
            ),
            step(
                "Send it through our secure upload link",
                "<p>The officer or detective sends you a link for your case. Don't "
                "send video by social media.</p>",
                timing="Within a week",
                contact="The assigned officer",
            ),
            step(
                "We confirm what we received",
                "<p>You get an email listing the files we received.</p>",
                timing="Within 2 working days",
                contact="Evidence Unit",
            ),
        ],
        "body": [
            dos_and_donts(
                "Sharing footage: do's and don'ts",
                dos=[
                    "Share only the part that shows the incident",
                    "Tell us the date, time and camera location",
                    "Keep your original copy until the case is closed",
                ],
                donts=[
                    "Don't post the video online before sending it to us",
                    "Don't edit or add filters to the video",
                    "Don't approach or confront the person in the video",
                ],
            ),
            faqs(
                "Questions about sharing",
                "must-share-footage",
                "who-sees-footage",
                "post-online-first",
            ),
        ],
        "contacts": [
            contact("Evidence Unit", phone=PHONE, email=TIPS_EMAIL, hours=OFFICE_HOURS),
        ],
        "tags": ["cameras", "sharing"],
    },
]

# Policies
POLICIES = [
    {
        "key": "policy-license-plate-readers",
        "title": "License-plate readers",
        "slug": "license-plate-readers",
        "policy_number": "462",
        "category": "technology",
        "status": "adopted",
        "version_kind": "major",
        "change_note": (
            "Adopted by the City Council after a 30-day public comment period."
        ),
        "summary": (
            "We use license-plate reader cameras only to find stolen cars, missing "
            "people and cars linked to serious crimes. We keep the data for 30 days. "
            "We never use it to enforce immigration law."
        ),
        "hero_image": "@image:plate-reader-camera",
        "effective_date": datetime.date(2025, 3, 1),
        "last_reviewed": datetime.date(2026, 2, 10),
        "next_review_due": datetime.date(2027, 2, 10),
        "approving_authority": "Riverside City Council",
        "legal_basis": (
            "California Civil Code sections 1798.90.5 to 1798.90.55; California "
            "Government Code section 7284.6"
        ),
        "technologies": ["license-plate-readers"],
        "tags": ["alpr", "privacy", "technology"],
        "body": [
            section(
                "462.1",
                "Purpose",
                "<p>This policy sets the rules for collecting, using, sharing and "
                "deleting data from automated license-plate readers.</p>",
                covers=["authorized_purposes"],
            ),
            section(
                "462.2",
                "Authorized uses",
                "<p>Staff may use the system only to locate stolen vehicles, "
                "vehicles linked to an AMBER Alert or a missing person, and "
                "vehicles linked to a crime under investigation.</p>"
                "<p>Using the system for immigration enforcement, traffic "
                "enforcement or to watch lawful gatherings is prohibited.</p>",
                covers=["authorized_purposes"],
            ),
            section(
                "462.3",
                "Who may use the system",
                "<p>Only sworn officers and crime analysts who have completed the "
                "department's plate-reader training may search the data. Training "
                "is repeated every two years.</p>",
                covers=["access_and_training"],
            ),
            section(
                "462.4",
                "Monitoring and audits",
                "<p>Every search is logged with the date, time, user, plate and "
                "reason. The City Auditor reviews a random sample of searches "
                "twice a year, and we publish the results.</p>",
                covers=["monitoring_and_audit"],
            ),
            section(
                "462.5",
                "Sharing",
                "<p>We share plate data only with California law enforcement "
                "agencies that agree in writing to follow this policy. We never "
                "sell the data.</p>",
                covers=["sharing_and_sale"],
            ),
            section(
                "462.6",
                "Custodian",
                "<p>The Technology Services Manager is the custodian of the system "
                "and is responsible for its security.</p>",
                covers=["custodian"],
            ),
            section(
                "462.7",
                "Retention and destruction",
                "<p>Data is deleted automatically after 30 days unless it is "
                "evidence in a criminal case.</p>",
                covers=["retention_and_destruction"],
            ),
            paragraph(
                "<p>Questions about plate readers? Read our "
                '<a linktype="page" id="@page:faqs">questions and answers</a> or '
                "call the non-emergency line.</p>"
            ),
            image(
                "plate-reader-camera",
                caption="A plate-reader camera at one of the 18 fixed locations.",
            ),
            faqs(
                "Questions about plate readers",
                "plate-data-retention",
                "immigration",
                "facial-recognition",
            ),
        ],
    },
    {
        "key": "policy-body-worn-cameras",
        "title": "Body-worn cameras",
        "slug": "body-worn-cameras",
        "policy_number": "451",
        "category": "technology",
        "status": "adopted",
        "change_note": "Annual review: clarified when officers may stop recording.",
        "summary": (
            "Officers wear cameras and record every stop, search, arrest and use of "
            "force. This policy says when they must record, who may watch the video "
            "and when it is released."
        ),
        "hero_image": "@image:body-worn-camera",
        "effective_date": datetime.date(2024, 7, 1),
        "last_reviewed": datetime.date(2026, 6, 15),
        "next_review_due": datetime.date(2027, 6, 15),
        "approving_authority": "Chief of Police",
        "legal_basis": "California Penal Code section 832.18",
        "technologies": ["body-worn-cameras"],
        "tags": ["body-worn cameras", "accountability", "technology"],
        "body": [
            section(
                "451.1",
                "When officers must record",
                "<p>Officers start recording before they arrive at a call and "
                "record every stop, search, arrest and use of force until the "
                "contact ends.</p>",
            ),
            section(
                "451.2",
                "When officers may stop recording",
                "<p>An officer may pause to protect the privacy of a victim or "
                "witness who asks, or inside a hospital room, and must say on the "
                "recording why they are stopping.</p>",
            ),
            section(
                "451.3",
                "Who may watch recordings",
                "<p>Every view and copy of a recording is logged. Supervisors "
                "review a random sample of recordings each month.</p>",
            ),
            section(
                "451.4",
                "Release to the public",
                "<p>Video of an incident in which an officer fires a gun or causes "
                "serious injury is released within 45 days, as state law "
                "requires.</p>",
            ),
            faqs("Questions about body cameras", "body-camera-recording", "complaint"),
        ],
    },
    {
        "key": "policy-drones",
        "title": "Drones",
        "slug": "drones",
        "policy_number": "611",
        "category": "technology",
        "status": "draft_for_comment",
        "version_kind": "major",
        "change_note": "Draft published for public comment.",
        "summary": (
            "A draft policy for using small drones to search for missing people, "
            "at serious crashes and in emergencies. Tell us what you think before "
            "the City Council votes on it."
        ),
        "hero_image": "@image:drone",
        "effective_date": "@today:75",
        "last_reviewed": "@today:-10",
        "next_review_due": "@today:440",
        "comment_opens": "@today:-10",
        "comment_closes": "@today:20",
        "how_to_comment": (
            '<p>Email <a href="mailto:policy@riversidepd.example">'
            "policy@riversidepd.example</a> or speak at the Community Police Review "
            "Commission meeting. <b>All comments are read</b> and answered in a "
            "public summary.</p>"
        ),
        "approving_authority": "Riverside City Council",
        "legal_basis": "Federal Aviation Administration rules, 14 CFR Part 107",
        "technologies": [],
        "tags": ["drones", "public comment", "technology"],
        "body": [
            callout(
                "warning",
                "Draft for public comment",
                "<p>This policy is not in force. We will not fly drones until the "
                "City Council approves it.</p>",
            ),
            section(
                "611.1",
                "Authorized uses",
                "<p>Drones may be used to search for missing people, to document "
                "serious crashes and crime scenes, and during disasters.</p>",
                covers=["authorized_purposes"],
            ),
            section(
                "611.2",
                "Prohibited uses",
                "<p>Drones may not be used for random patrol, to watch lawful "
                "protests, or to look into homes and back yards.</p>",
            ),
            section(
                "611.3",
                "Retention",
                "<p>Video that is not evidence is deleted after 30 days.</p>",
                covers=["retention_and_destruction"],
            ),
        ],
    },
]

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

# Safety tips
TIPS = [
    {
        "key": "tip-package-theft",
        "title": "Stop porch pirates: protect your packages",
        "slug": "protect-your-packages",
        "short_tip": "Track your deliveries and bring packages inside quickly.",
        "summary": (
            "Package theft rises during the holidays. A few habits keep your "
            "deliveries out of the hands of porch pirates."
        ),
        "hero_image": "@image:porch-package",
        "category": "home",
        "audience": "everyone",
        "season": "holidays",
        "steps": [
            step(
                "Track every delivery",
                "<p>Turn on delivery alerts so you know when a package arrives.</p>",
            ),
            step(
                "Choose a safer drop-off",
                "<p>Use a parcel locker, pick up at the store or ask a neighbor "
                "who is home to take it in.</p>",
            ),
            step(
                "Report a theft",
                "<p>Report it online or on the non-emergency line, and tell the "
                "seller.</p>",
                contact="Non-emergency line",
            ),
        ],
        "body": [
            dos_and_donts(
                "Packages: do's and don'ts",
                dos=[
                    "Ask for a signature on valuable deliveries",
                    "Share doorbell video of a theft with us",
                ],
                donts=[
                    "Don't leave packages out overnight",
                    "Don't chase or confront a thief",
                ],
            ),
        ],
        "resources": [],
        "tags": ["package theft", "holidays"],
    },
    {
        "key": "tip-car-break-ins",
        "title": "Lock it, hide it, keep it: prevent car break-ins",
        "slug": "prevent-car-break-ins",
        "short_tip": "Lock your car and take your valuables with you.",
        "summary": (
            "Most car break-ins take less than a minute and target things left in "
            "plain sight."
        ),
        "hero_image": None,
        "category": "vehicle",
        "audience": "everyone",
        "season": "all_year",
        "steps": [
            step("Lock it", "<p>Close the windows and lock every door.</p>"),
            step(
                "Hide it",
                "<p>Put bags and chargers out of sight before you arrive.</p>",
            ),
            step("Keep it", "<p>Take your keys, phone and wallet with you.</p>"),
        ],
        "body": [
            dos_and_donts(
                "",
                dos=["Park in well-lit areas"],
                donts=["Don't leave a spare key in the car"],
            ),
        ],
        "resources": [],
        "tags": ["vehicle crime"],
    },
    {
        "key": "tip-phone-scams",
        "title": "Spot and stop phone scams",
        "slug": "spot-phone-scams",
        "short_tip": "Hang up on anyone who demands payment in gift cards.",
        "summary": (
            "Scammers pretend to be the police, a bank or a relative in trouble. "
            "Real officials never ask for gift cards or wire transfers."
        ),
        "hero_image": None,
        "category": "fraud",
        "audience": "seniors",
        "season": "all_year",
        "steps": [
            step(
                "Hang up",
                "<p>If a caller rushes you or asks for secrecy, end the call.</p>",
            ),
            step(
                "Call back on a number you trust",
                "<p>Use the number on your bank card or on our website.</p>",
            ),
            step(
                "Report it",
                "<p>Tell us and the Federal Trade Commission, even if you lost no "
                "money.</p>",
            ),
        ],
        "body": [
            callout(
                "warning",
                "We will never call you to ask for money",
                "<p>No officer will ask you to pay a fine by phone.</p>",
            ),
        ],
        "resources": [
            {
                "type": "link",
                "value": {
                    "title": "Report fraud to the Federal Trade Commission",
                    "url": "https://reportfraud.ftc.gov/",
                    "description": "The national site for reporting scams.",
                },
            },
        ],
        "tags": ["scams", "older adults"],
    },
    {
        "key": "tip-travel",
        "title": "Keep your home safe while you travel",
        "slug": "home-safe-while-you-travel",
        "short_tip": "Make your home look lived in while you are away.",
        "summary": "Simple steps before a trip make your home a harder target.",
        "hero_image": None,
        "category": "home",
        "audience": "everyone",
        "season": "summer",
        "steps": [
            step(
                "Pause deliveries",
                "<p>Hold your mail and newspapers, or ask a neighbor to collect "
                "them.</p>",
            ),
            step(
                "Use timers",
                "<p>Set lights to turn on and off in the evening.</p>",
            ),
            step(
                "Request a vacation check",
                "<p>Volunteers can drive by your home while you are away.</p>",
                timing="At least three days before you leave",
                contact="Volunteer patrol",
            ),
        ],
        "body": [
            paragraph(
                "<p>Wait until you are home to post trip photos on social media.</p>"
            ),
        ],
        "resources": [],
        "tags": ["burglary", "travel"],
    },
    {
        "key": "tip-online-safety",
        "title": "Talk with your children about online safety",
        "slug": "online-safety-for-children",
        "short_tip": "Keep devices in shared rooms and talk often.",
        "summary": (
            "Open conversations help children tell you when something online "
            "makes them uncomfortable."
        ),
        "hero_image": None,
        "category": "online",
        "audience": "parents",
        "season": "all_year",
        "steps": [
            step(
                "Set rules together",
                "<p>Agree on which apps are allowed and when devices go away.</p>",
            ),
            step(
                "Check privacy settings",
                "<p>Make accounts private and turn off location sharing.</p>",
            ),
            step(
                "Keep talking",
                "<p>Tell your children they will not be in trouble for telling you "
                "about a problem.</p>",
            ),
        ],
        "body": [
            dos_and_donts(
                "Online: do's and don'ts",
                dos=["Save messages that threaten or pressure your child"],
                donts=["Don't reply to or forward explicit images; report them"],
            ),
        ],
        "resources": [],
        "tags": ["online safety", "parents"],
    },
    {
        "key": "tip-business",
        "title": "Make your storefront harder to break into",
        "slug": "storefront-security",
        "short_tip": "Good lighting and a clear view inside deter burglars.",
        "summary": "Small changes protect your business after closing time.",
        "hero_image": None,
        "category": "business",
        "audience": "businesses",
        "season": "winter",
        "steps": [
            step(
                "Light it up",
                "<p>Keep the entrance and the back door lit all night.</p>",
            ),
            step(
                "Keep the view clear",
                "<p>Remove posters that block the view into the shop.</p>",
            ),
            step(
                "Ask for a free security check",
                "<p>A crime prevention officer visits and gives advice.</p>",
                timing="Within two weeks of your request",
                contact="Crime Prevention Unit",
            ),
        ],
        "body": [],
        "resources": [],
        "tags": ["business", "burglary"],
    },
]

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
