"""The tips' part of the Riverside demo: safety tips and "what to expect"
guides, in English and Spanish.

Plain data the demo loader writes (``cms.demo.sections``); references such as
``@faq:KEY`` are explained in ``cms/demo/content.py``. Registered through the
``register_demo_content`` hook in ``wagtail_hooks.py``.
"""

from cms.demo.content import (
    OFFICE_HOURS,
    PHONE,
    RECORDS_EMAIL,
    TIPS_EMAIL,
    callout,
    contact,
    dos_and_donts,
    paragraph,
    step,
)
from cms.demo.sections import DemoContent, DemoPages
from plugins.faqs.demo import faqs
from plugins.tips.demo.translations import STRINGS
from plugins.tips.models import GuideIndexPage, GuidePage, TipIndexPage, TipPage

TIP_INDEX = {
    "key": "tips",
    "model": TipIndexPage,
    "title": "Safety tips",
    "slug": "tips",
    "summary": "Simple steps that prevent common crimes in Riverside.",
    "intro": "Short, practical advice for homes, cars, businesses and families.",
    "show_in_menus": True,
    "menu_position": 30,
}

GUIDE_INDEX = {
    "key": "guides",
    "model": GuideIndexPage,
    "title": "What to expect",
    "slug": "guides",
    "summary": (
        "What happens, step by step, when you report a crime or share "
        "information with us."
    ),
    "intro": "Each guide lists the steps in order, how long they take and who to "
    "contact.",
    "show_in_menus": True,
    "menu_position": 40,
}

# Guides (written before the policies, which link to them: the hook's order 30)
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


def demo_content():
    return DemoContent(
        name="tips",
        indexes=[TIP_INDEX, GUIDE_INDEX],
        pages=[
            DemoPages("Guides", GuidePage, "guides", GUIDES),
            DemoPages("Tips", TipPage, "tips", TIPS),
        ],
        translations=STRINGS,
    )
