"""The FAQ page lists the live FAQs of its language, grouped by category."""

import pytest

from tests import factories


@pytest.fixture
def faq_page(section_indexes):
    return section_indexes["faqs"]


def test_groups_live_faqs_by_category_in_order(faq_page, locales):
    en = locales["en"]
    second = factories.FAQFactory(
        question="B?", category="technology", sort_order=2, locale=en
    )
    first = factories.FAQFactory(
        question="Z?", category="technology", sort_order=1, locale=en
    )
    general = factories.FAQFactory(question="A?", category="general", locale=en)
    factories.FAQFactory(question="Draft?", category="general", live=False, locale=en)

    assert faq_page.faqs_by_category() == [
        ("general", "About the department", [general]),
        ("technology", "Technology and privacy", [first, second]),
    ]


def test_lists_only_faqs_in_the_page_language(faq_page, locales, publish_translation):
    english = factories.FAQFactory(question="Who sees footage?", locale=locales["en"])
    spanish = publish_translation(english, "es")
    spanish_page = publish_translation(faq_page, "es").specific

    assert faq_page.faqs_by_category()[0][2] == [english]
    assert spanish_page.faqs_by_category()[0][2] == [spanish]


def test_renders_each_question_with_its_answer(client, faq_page, locales):
    faq = factories.FAQFactory(
        question="Do you use drones?",
        answer="<p>Only for search and rescue.</p>",
        category="technology",
        locale=locales["en"],
    )
    content = client.get(faq_page.url).content.decode()
    assert (
        '<section aria-labelledby="faq-category-technology">\n'
        '<h2 id="faq-category-technology">Technology and privacy</h2>'
    ) in content
    assert f'aria-controls="faq-technology-{faq.pk}">Do you use drones?</button>' in (
        content
    )
    assert (
        f'<div id="faq-technology-{faq.pk}" class="usa-accordion__content usa-prose"'
        " hidden><p>Only for search and rescue.</p></div>"
    ) in content


def test_an_empty_faq_page_still_renders(client, faq_page):
    response = client.get(faq_page.url)
    assert response.status_code == 200
    # No category section and no list of questions (the USWDS banner is a
    # <section> of its own on every page).
    assert b'aria-labelledby="faq-category-' not in response.content
    assert b"usa-accordion--bordered" not in response.content


def test_the_api_gives_the_listed_questions_as_faq_page_json_ld(
    client, faq_page, locales
):
    en = locales["en"]
    factories.FAQFactory(
        question="Do you use drones?",
        answer="<p>Only for <b>search and rescue</b>.</p>",
        category="technology",
        locale=en,
    )
    factories.FAQFactory(question="Who are you?", category="general", locale=en)
    factories.FAQFactory(question="Draft?", category="general", live=False, locale=en)
    data = client.get(f"/api/v1/pages/{faq_page.pk}/").json()
    ld = data["json_ld"]
    assert ld["@type"] == "FAQPage"
    assert [
        (entity["name"], entity["acceptedAnswer"]["text"])
        for entity in ld["mainEntity"]
    ] == [
        ("Who are you?", "The answer."),
        ("Do you use drones?", "Only for search and rescue."),
    ]
