"""The FAQs' part of the Riverside demo: the FAQ page and the questions
residents ask most, in English, translated into every demo language.

Plain data the demo loader writes (``cms.demo.sections``); references such as
``@page:KEY`` are explained in ``cms/demo/content.py``. Registered through the
``register_demo_content`` hook in ``wagtail_hooks.py``.
"""

from cms.demo.sections import DemoContent, DemoSnippets
from plugins.faqs.demo.translations import STRINGS
from plugins.faqs.models import FAQ, FAQPage


# The FAQ block, which policies, tips and guides embed.
def faqs(title, *keys):
    return {
        "type": "faqs",
        "value": {"title": title, "faqs": [f"@faq:{key}" for key in keys]},
    }


INDEX = {
    "key": "faqs",
    "model": FAQPage,
    "title": "Questions and answers",
    "slug": "faqs",
    "summary": (
        "Answers to the questions residents ask us most, about technology, "
        "privacy, reports and sharing information."
    ),
    "intro": "Can't find your question? Call our non-emergency line.",
    "show_in_menus": True,
    "menu_position": 60,
}

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


def demo_content():
    return DemoContent(
        name="faqs",
        indexes=[INDEX],
        snippets=[DemoSnippets("FAQs", "faq", FAQ, FAQS)],
        translations=STRINGS,
    )
