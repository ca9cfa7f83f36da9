"""The demo's feedback and contact pages: translated, idempotent, all or nothing."""

import pytest
from wagtail.models import Page

from plugins.community import demo
from plugins.community.models import ContactPage, FeedbackPage
from tests.community.feedback_fixtures import *  # noqa: F403


def test_the_pages_are_made_and_translated_once(client, home_page, publish_translation):
    publish_translation(home_page, "es")
    lines = []

    english = demo.load_contact_pages(home_page, write=lines.append)
    demo.load_contact_pages(home_page, write=lines.append)

    assert lines == [
        "Feedback and contact pages: 2 created",
        "Feedback and contact pages (es) translations: 2 created",
        "Feedback and contact pages (vi): skipped, no home page in it yet",
        "Feedback and contact pages (zh-hans): skipped, no home page in it yet",
        "Feedback and contact pages (ar): skipped, no home page in it yet",
        "You said, we did report: 1 created",
        "You said, we did report (es) translations: 1 created",
        "Feedback and contact pages: 2 already present",
        "Feedback and contact pages (es) translations: 2 already present",
        "Feedback and contact pages (vi): skipped, no home page in it yet",
        "Feedback and contact pages (zh-hans): skipped, no home page in it yet",
        "Feedback and contact pages (ar): skipped, no home page in it yet",
        "You said, we did report: 1 already present",
        "You said, we did report (es) translations: 1 already present",
    ]
    assert [type(page) for page in english] == [FeedbackPage, ContactPage]
    contact = ContactPage.objects.get(locale__language_code="es")
    assert contact.title == "Contacto" and contact.slug == "contacto"
    # Numbers are the same in every language; the hours are translated.
    assert contact.non_emergency_phone == english[1].non_emergency_phone
    assert contact.hours.startswith("De lunes a viernes")
    assert client.get("/es/opiniones/").status_code == 200


def test_a_missing_translation_names_the_text_and_writes_nothing(
    home_page, publish_translation
):
    publish_translation(home_page, "es")
    strings = dict(demo.PAGE_TRANSLATIONS["es"])
    del strings["We answer within ten working days."]
    pages_before = Page.objects.count()

    with pytest.raises(
        demo.MissingDemoTranslation, match="We answer within ten working days"
    ):
        demo.load_contact_pages(home_page, translations={"es": strings})

    assert Page.objects.count() == pages_before
