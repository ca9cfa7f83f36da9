"""The text a resident reads: title, summary, text fields and every text block
however deeply nested, without markup, labels, codes or chosen objects."""

import pytest
from wagtail.models import Locale

from cms.models import HomePage
from plugins.plainlanguage.assessment import assess, reading_text
from plugins.plainlanguage.page_text import page_passages

BODY = [
    {"type": "heading", "value": {"text": "What we collect", "level": "h2"}},
    {
        "type": "paragraph",
        "value": "<p>We read <b>plates</b> &amp; times.</p><ul><li>Only plates.</li>"
        '<li>Never faces.</li></ul><p><a linktype="page" id="3">Ask us</a></p>',
    },
    {
        "type": "callout",
        "value": {"style": "warning", "title": "Draft", "body": "<p>Not in force.</p>"},
    },
    {
        "type": "steps",
        "value": {
            "title": "How to ask for a record",
            "steps": [
                {
                    "type": "item",
                    "id": "a",
                    "value": {
                        "title": "Fill in the form",
                        "body": "<p>It takes five minutes.</p>",
                        "timing": "Any day",
                        "contact": "",
                    },
                }
            ],
        },
    },
    {
        "type": "dos_and_donts",
        "value": {
            "title": "",
            "dos": ["Keep a copy"],
            "donts": [{"type": "item", "id": "b", "value": "Don't post it online"}],
        },
    },
    {
        "type": "statistic",
        "value": {
            "label": "Stolen cars found",
            "value": "42.00",
            "unit": "",
            "period": "2025",
            "as_of": "2026-01-01",
            "source": "Records Unit",
        },
    },
    {
        "type": "contact",
        "value": {
            "label": "Records Unit",
            "phone": "951-555-0100",
            "email": "records@riversidepd.example",
            "hours": "Monday to Friday",
            "emergency_note": "",
        },
    },
    {"type": "related_content", "value": {"page": 3, "label": ""}},
    {"type": "table", "value": {"data": [["Cell text nobody measures"]]}},
]


def home(**fields):
    return HomePage(
        title="Plate readers",
        agency_name="Riverside Police Department",
        summary="We use cameras that read plates.",
        intro="Read how.\n\nAsk us anything.",
        seo_title="SEO title nobody reads on the page",
        search_description="Search text nobody reads on the page",
        body=BODY,
        **fields,
    )


# Building a page reads its content type.
@pytest.mark.django_db
def test_the_text_is_every_passage_a_resident_reads_in_order():
    # Left out: the agency name and SEO fields (labels), the choice, the number,
    # the date and the year of the statistic, the phone number and the e-mail
    # address, the link, the chosen page and the table.
    assert page_passages(home()) == [
        "Plate readers",
        "We use cameras that read plates.",
        "Read how.",
        "Ask us anything.",
        "What we collect",
        "We read plates & times.",
        "Only plates.",
        "Never faces.",
        "Ask us",
        "Draft",
        "Not in force.",
        "How to ask for a record",
        "Fill in the form",
        "It takes five minutes.",
        "Any day",
        "Keep a copy",
        "Don't post it online",
        "Stolen cars found",
        "Records Unit",
        "Records Unit",
        "Monday to Friday",
    ]


def test_each_passage_is_measured_as_a_sentence():
    assert reading_text(["What we collect", "We read plates.", "Why?"]) == (
        "What we collect. We read plates. Why?"
    )


@pytest.mark.django_db
def test_a_page_with_only_a_title_has_no_grade_and_nothing_to_explain():
    page = HomePage(title="Drones", locale=Locale.get_default())
    assessment = assess(page)
    assert assessment.measure.code == "flesch-kincaid"
    assert assessment.reading is None
    assert (assessment.hardest, assessment.terms, assessment.to_fix) == ([], [], 0)


@pytest.mark.django_db
def test_a_page_in_a_language_without_a_measure_still_gets_the_jargon_check():
    page = home(locale=Locale.objects.get(language_code="vi"))
    page.summary = "Camera ALPR đọc biển số xe."
    assessment = assess(page)
    assert (assessment.measure, assessment.reading, assessment.hardest) == (
        None,
        None,
        [],
    )
    assert [finding.term for finding in assessment.terms] == ["ALPR"]
