"""Adding and editing FAQs in the snippet admin, and the FAQ page in the page admin."""

from plugins.faqs.models import FAQ, FAQPage
from tests import factories
from tests.faqs.form_data import faq_form, faq_page_form


class TestFAQSnippet:
    def test_add_and_publish_an_faq(self, snippet_admin, locales):
        faq = snippet_admin.create(FAQ, faq_form())
        assert faq.live
        assert faq.question == "Who can see my camera footage?"
        assert "Only the detective on your case.</p>" in faq.answer_html()
        assert (faq.category, faq.sort_order) == ("sharing", 2)
        assert faq.locale == locales["en"]
        assert sorted(tag.name for tag in faq.tags.all()) == ["cameras", "privacy"]

    def test_add_a_draft_faq(self, snippet_admin, locales):
        faq = snippet_admin.create(FAQ, faq_form(), publish=False)
        assert not faq.live

    def test_add_an_faq_in_another_language(self, snippet_admin, locales):
        faq = snippet_admin.create(
            FAQ, faq_form(question="¿Quién puede ver mis videos?"), locale="es"
        )
        assert faq.locale == locales["es"]

    def test_edit_an_faq(self, snippet_admin, locales):
        faq = snippet_admin.create(FAQ, faq_form())
        snippet_admin.edit(faq, faq_form(sort_order="1", tags="cameras"), publish=True)
        faq.refresh_from_db()
        assert faq.sort_order == 1
        assert [tag.name for tag in faq.tags.all()] == ["cameras"]

    def test_a_draft_edit_leaves_the_live_answer(self, snippet_admin, locales):
        faq = snippet_admin.create(FAQ, faq_form())
        draft = snippet_admin.edit(faq, faq_form(question="Who sees footage?"))
        faq.refresh_from_db()
        assert draft.question == "Who sees footage?"
        assert faq.question == "Who can see my camera footage?"
        assert faq.has_unpublished_changes

    def test_question_and_answer_are_required(self, snippet_admin, locales):
        response = snippet_admin.post_create(FAQ, faq_form(question="", answer="null"))
        assert snippet_admin.form_errors(response) == {
            "question": ["This field is required."],
            "answer": ["This field is required."],
        }
        assert not FAQ.objects.exists()

    def test_the_listing_shows_the_faq(self, admin_client, snippet_admin, locales):
        factories.FAQFactory(question="Do you use drones?", locale=locales["en"])
        response = admin_client.get(snippet_admin.url(FAQ, "list"))
        assert b"Do you use drones?" in response.content


class TestFAQPage:
    def test_add_the_faq_page(self, page_admin, home_page):
        page = page_admin.create(home_page, FAQPage, faq_page_form())
        assert page.live
        assert page.intro == "Ask us anything."

    def test_edit_the_faq_page(self, page_admin, section_indexes):
        page = section_indexes["faqs"]
        page_admin.edit(page, faq_page_form(intro="Your questions."), publish=True)
        page.refresh_from_db()
        assert page.intro == "Your questions."
