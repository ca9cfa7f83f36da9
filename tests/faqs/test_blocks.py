"""The FAQ block: chosen FAQs embedded in a page, only live ones shown."""

import pytest

from plugins.faqs.blocks import FAQBlock, body_blocks
from tests import factories


@pytest.fixture
def faqs(locales):
    return {
        "live": factories.FAQFactory(
            question="Who can see plate reads?",
            answer="<p>Only trained staff.</p>",
            category="technology",
            locale=locales["en"],
        ),
        "draft": factories.FAQFactory(
            question="Unreleased answer?", live=False, locale=locales["en"]
        ),
    }


class TestFAQBlock:
    block = FAQBlock()

    def test_api_representation_lists_live_faqs(self, faqs):
        value = self.block.to_python(
            {"title": "Questions", "faqs": [faqs["live"].pk, faqs["draft"].pk]}
        )
        assert self.block.get_api_representation(value) == {
            "title": "Questions",
            "faqs": [
                {
                    "id": faqs["live"].pk,
                    "question": "Who can see plate reads?",
                    "answer": "<p>Only trained staff.</p>",
                    "category": "technology",
                }
            ],
        }

    def test_chosen_faqs_are_read_in_one_unordered_query(
        self, faqs, django_assert_num_queries
    ):
        """The block keeps the editor's order; the FAQs' listing order would
        only cost compiling an ORDER BY."""
        chosen = [faqs["draft"].pk, faqs["live"].pk]
        with django_assert_num_queries(1) as captured:
            value = self.block.to_python({"faqs": chosen})
        assert [faq.pk for faq in value["faqs"]] == chosen
        assert "ORDER BY" not in captured.captured_queries[0]["sql"]

    def test_a_deleted_faq_is_left_out(self, faqs):
        value = self.block.to_python({"faqs": [faqs["live"].pk, 999_999]})
        representation = self.block.get_api_representation(value)
        assert [faq["id"] for faq in representation["faqs"]] == [faqs["live"].pk]

    def test_answer_links_are_resolved(self, faqs, section_indexes):
        faq = faqs["live"]
        faq.answer = (
            f'<p>See <a linktype="page" id="{section_indexes["policies"].pk}">'
            "our policies</a>.</p>"
        )
        faq.save()
        value = self.block.to_python({"faqs": [faq.pk]})
        answer = self.block.get_api_representation(value)["faqs"][0]["answer"]
        assert '<a href="/en/policies/">our policies</a>' in answer

    def test_needs_at_least_one_faq(self, db, block_errors):
        errors = block_errors(self.block, {"title": "Questions", "faqs": []})
        assert errors == {
            "blockErrors": {"faqs": {"messages": ["The minimum number of items is 1"]}}
        }

    def test_renders_only_live_faqs(self, faqs):
        value = self.block.to_python(
            {"title": "Questions", "faqs": [faqs["live"].pk, faqs["draft"].pk]}
        )
        html = self.block.render(value)
        assert "<summary>Who can see plate reads?</summary>" in html
        assert "Unreleased answer?" not in html


def test_page_bodies_offer_the_library_and_the_faq_block():
    names = [name for name, _block in body_blocks()]
    assert names[-1] == "faqs"
    assert {"paragraph", "image", "statistic", "table"} <= set(names)
