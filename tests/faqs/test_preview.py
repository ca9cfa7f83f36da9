"""FAQs and the FAQ page preview in their own language."""

from tests import factories
from tests.faqs.form_data import faq_form, faq_page_form


def test_faq_preview_renders_in_the_faq_language(locales, in_language, demo_language):
    faq = factories.FAQFactory(locale=locales["en"], question="Do you use drones?")
    faq = in_language(faq, demo_language.code)

    response = faq.make_preview_request()

    assert response.status_code == 200
    assert demo_language.html_root in response.content
    assert b"<h1>Do you use drones?</h1>" in response.content


def test_faq_admin_preview_renders_in_the_faq_language(
    snippet_admin, locales, in_language, demo_language
):
    faq = in_language(factories.FAQFactory(locale=locales["en"]), demo_language.code)

    response = snippet_admin.preview(faq, faq_form(question="Unsaved question?"))

    assert demo_language.html_root in response.content
    assert b"<h1>Unsaved question?</h1>" in response.content
    assert b"Only the detective on your case." in response.content


def test_faq_page_admin_preview_renders_in_the_page_language(
    page_admin, section_indexes, in_language, demo_language
):
    page = in_language(section_indexes["faqs"], demo_language.code)
    response = page_admin.preview(page, faq_page_form(intro="Unsaved intro"))
    assert demo_language.html_root in response.content
    assert b"<p>Unsaved intro</p>" in response.content
