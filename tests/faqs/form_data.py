"""Admin form data for FAQs and the FAQ page, as the edit forms post them."""

from wagtail.test.utils.form_data import nested_form_data, rich_text


def faq_form(**fields):
    return nested_form_data(
        {
            "question": "Who can see my camera footage?",
            "answer": rich_text("<p>Only the detective on your case.</p>"),
            "category": "sharing",
            "sort_order": "2",
            "tags": "cameras, privacy",
            **fields,
        }
    )


def faq_page_form(**fields):
    return nested_form_data(
        {
            "title": "Questions and answers",
            "slug": "faqs",
            "summary": "Straight answers to hard questions.",
            "intro": "Ask us anything.",
            **fields,
        }
    )
