"""Factories for the content model, built on the factories Wagtail ships."""

import datetime

import factory
from wagtail.test.utils import wagtail_factories

from cms.models import AgencyImage, HomePage
from plugins.community.models import AwardIndexPage, AwardPage
from plugins.faqs.models import FAQ, FAQPage
from plugins.policies.models import PolicyIndexPage, PolicyPage
from plugins.stories.models import StoryIndexPage, StoryPage
from plugins.tips.models import GuideIndexPage, GuidePage, TipIndexPage, TipPage
from plugins.transparency.models import Technology, TransparencyPage


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def section(number, title, text, covers=()):
    return {
        "type": "section",
        "value": {
            "number": number,
            "title": title,
            "body": f"<p>{text}</p>",
            "covers": list(covers),
        },
    }


def step(title, text, timing=""):
    return {
        "type": "step",
        "value": {
            "title": title,
            "body": f"<p>{text}</p>",
            "timing": timing,
            "contact": "",
        },
    }


class ImageFactory(wagtail_factories.ImageFactory):
    file = factory.django.ImageField(width=1700, height=1000, color="navy")
    description = factory.Sequence(lambda n: f"Alt text for image {n}")
    credit = "Riverside PD"

    class Meta:
        model = AgencyImage


class TrustPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Page {n}")
    summary = factory.LazyAttribute(lambda page: f"In plain terms: {page.title}.")

    class Meta:
        abstract = True


class HomePageFactory(TrustPageFactory):
    title = "Riverside Police Department"
    agency_name = "Riverside Police Department"

    class Meta:
        model = HomePage


class PolicyIndexPageFactory(TrustPageFactory):
    title = "Policies"
    slug = "policies"

    class Meta:
        model = PolicyIndexPage


class StoryIndexPageFactory(TrustPageFactory):
    title = "Success stories"
    slug = "stories"

    class Meta:
        model = StoryIndexPage


class TipIndexPageFactory(TrustPageFactory):
    title = "Safety tips"
    slug = "tips"

    class Meta:
        model = TipIndexPage


class GuideIndexPageFactory(TrustPageFactory):
    title = "What to expect"
    slug = "guides"

    class Meta:
        model = GuideIndexPage


class AwardIndexPageFactory(TrustPageFactory):
    title = "Awards"
    slug = "awards"

    class Meta:
        model = AwardIndexPage


class FAQPageFactory(TrustPageFactory):
    title = "Questions and answers"
    slug = "faqs"

    class Meta:
        model = FAQPage


class PolicyPageFactory(TrustPageFactory):
    title = factory.Sequence(lambda n: f"Policy {n}")
    policy_number = factory.Sequence(lambda n: f"{400 + n}")
    category = "technology"
    status = "adopted"
    effective_date = datetime.date(2026, 1, 1)
    next_review_due = datetime.date(2027, 1, 1)
    body = factory.LazyFunction(lambda: [section("1", "Purpose", "Why we use it.")])

    class Meta:
        model = PolicyPage


class StoryPageFactory(TrustPageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    story_date = datetime.date(2026, 5, 1)
    incident_category = "property"
    outcome = "Stolen property returned to its owners."
    privacy_confirmed = True
    body = factory.LazyFunction(lambda: [paragraph("What happened.")])

    class Meta:
        model = StoryPage


class TipPageFactory(TrustPageFactory):
    title = factory.Sequence(lambda n: f"Tip {n}")
    category = "home"
    short_tip = "Lock doors and windows."
    steps = factory.LazyFunction(lambda: [step("Lock up", "Lock every door.")])

    class Meta:
        model = TipPage


class GuidePageFactory(TrustPageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    situation = "You reported a crime."
    steps = factory.LazyFunction(
        lambda: [step("We call you", "An officer calls.", "Within a day")]
    )

    class Meta:
        model = GuidePage


class AwardPageFactory(TrustPageFactory):
    title = factory.Sequence(lambda n: f"Award {n}")
    award_name = "Neighborhood Safety Award"
    recipient = "Elm Street Block Club"
    recipient_kind = "group"
    award_date = datetime.date(2026, 8, 4)
    category = "neighborhood_watch"
    citation = "<p>For organizing National Night Out.</p>"

    class Meta:
        model = AwardPage


class FAQFactory(factory.django.DjangoModelFactory):
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "<p>The answer.</p>"
    category = "general"
    live = True

    class Meta:
        model = FAQ


class TechnologyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Technology {n}")
    kind = "license_plate_reader"
    description = "Cameras that read license plates."
    retention_days = 30
    access_policy = "Every search needs a case number."
    live = True

    class Meta:
        model = Technology


# Community voice: events, feedback and "you said, we did" ----------------------
# Models are named by label so that these factories need no imports down here.


def days_from_now(days, hour=18):
    moment = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


class EventIndexPageFactory(TrustPageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = "trust_community.EventIndexPage"


class EventPageFactory(TrustPageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    start = factory.LazyFunction(lambda: days_from_now(7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    category = "community_meeting"
    place_name = "Eastside Library"
    street_address = "1200 Elm Street"
    locality = "Riverside"
    postal_code = "92501"
    accessibility = "Step-free entrance. ASL interpreter on request."

    class Meta:
        model = "trust_community.EventPage"


class FeedbackPageFactory(TrustPageFactory):
    title = "Tell us what you think"
    slug = "feedback"
    privacy_notice = "<p>We use your contact details only to answer you.</p>"
    thank_you = "<p>We answer within ten working days.</p>"

    class Meta:
        model = "trust_community.FeedbackPage"


class YouSaidWeDidPageFactory(TrustPageFactory):
    title = factory.Sequence(lambda n: f"You said, we did {n}")
    period_start = datetime.date(2026, 1, 1)
    period_end = datetime.date(2026, 3, 31)
    themes = factory.LazyFunction(
        lambda: [
            {
                "type": "theme",
                "value": {
                    "theme": "Speeding",
                    "you_said": "<p>Cars speed on Elm Street.</p>",
                    "we_did": "<p>We added patrols at school times.</p>",
                    "status": "done",
                },
            }
        ]
    )

    class Meta:
        model = "trust_community.YouSaidWeDidPage"


class FeedbackSubmissionFactory(factory.django.DjangoModelFactory):
    topic = "general"
    message = factory.Sequence(lambda n: f"Feedback message {n}.")

    class Meta:
        model = "trust_community.FeedbackSubmission"


class TransparencyPageFactory(TrustPageFactory):
    title = "Transparency"
    slug = "transparency"

    class Meta:
        model = TransparencyPage
