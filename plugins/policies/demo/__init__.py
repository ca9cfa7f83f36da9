"""The policies' part of the Riverside demo: three policies in English and
Spanish (the plate-reader policy in every demo language), and a later version
of the plate-reader policy, so that the demo shows a change log.

Plain data the demo loader writes (``cms.demo.sections``); references such as
``@image:KEY`` are explained in ``cms/demo/content.py``. Registered through the
``register_demo_content`` hook in ``wagtail_hooks.py``.
"""

import datetime

from cms.demo.content import callout, image, paragraph
from cms.demo.sections import DemoContent, DemoPages, progress
from plugins.faqs.demo import faqs
from plugins.policies.demo.translations import STRINGS
from plugins.policies.models import PolicyIndexPage, PolicyPage


# A numbered policy section, with the required elements it covers.
def section(number, title, body, covers=()):
    return {
        "type": "section",
        "value": {"number": number, "title": title, "body": body, "covers": [*covers]},
    }


INDEX = {
    "key": "policies",
    "model": PolicyIndexPage,
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
    "show_in_menus": True,
    "menu_position": 10,
}

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

# The policy index and the one policy translated beyond Spanish.
EVERY_LANGUAGE = frozenset({"policies", "policy-license-plate-readers"})


def revise_policies(home, *, today, key, write):
    """Publish the later policy versions in POLICY_REVISIONS once."""
    created = present = 0
    for revision in POLICY_REVISIONS:
        policy = PolicyPage.objects.get(
            translation_key=key(revision["key"]), locale=home.locale
        )
        if policy.versions.count() > 1:
            present += 1
            continue
        body = policy.body.get_prep_value()
        for block in body:
            number = (
                block["value"].get("number") if block["type"] == "section" else None
            )
            if number in revision["sections"]:
                block["value"]["body"] = revision["sections"][number]
        policy.body = body
        policy.version_kind = revision["version_kind"]
        policy.change_note = revision["change_note"]
        policy.save_revision().publish()
        created += 1
    write(f"Policy revisions: {progress(created, present)}")


def demo_content():
    return DemoContent(
        name="policies",
        indexes=[INDEX],
        pages=[DemoPages("Policies", PolicyPage, "policies", POLICIES)],
        translations=STRINGS,
        only=dict.fromkeys(("vi", "zh-hans", "ar"), EVERY_LANGUAGE),
        load_after=revise_policies,
    )
