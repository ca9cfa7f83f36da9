"""The core of the Riverside Police Department's demo in English, as plain data:
the agency's details, the pictures every section uses and the home page, and the
builders of the block library's StreamField data that plugins' demo content uses
too. Each plugin keeps its own content in its ``demo`` package.

Each object has a stable ``key``; the loader derives translation keys from it, so a
second run finds what the first one wrote. References to other demo objects are
strings the loader resolves: ``@image:KEY``, ``@faq:KEY``, ``@page:KEY`` and
``@document:KEY`` become database ids (also inside rich-text attributes, as in
``<a linktype="page" id="@page:guide-footage">``), and ``@today:N`` becomes the date
N days after the day of the load, so usage figures and comment periods stay current.
"""

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


# Site root
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
