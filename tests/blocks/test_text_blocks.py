"""Text blocks: headings, paragraphs, callouts and quotes."""

import pytest
from django.core.exceptions import ValidationError

from blocks import CalloutBlock, HeadingBlock, ParagraphBlock, QuoteBlock
from blocks.text import PARAGRAPH_FEATURES

REQUIRED = {"messages": ["This field is required."]}


class TestHeadingBlock:
    block = HeadingBlock()

    @pytest.mark.parametrize("level", ["h2", "h3", "h4"])
    def test_renders_the_chosen_level(self, level):
        value = self.block.to_python({"text": "How we use cameras", "level": level})
        assert (
            self.block.render(value).strip() == f"<{level}>How we use cameras</{level}>"
        )

    def test_defaults_to_a_main_section_heading(self):
        assert self.block.get_default()["level"] == "h2"

    def test_requires_text(self, block_errors):
        errors = block_errors(self.block, {"text": "", "level": "h2"})
        assert errors == {"blockErrors": {"text": REQUIRED}}

    def test_refuses_a_level_that_would_compete_with_the_page_title(self, block_errors):
        errors = block_errors(self.block, {"text": "Title", "level": "h1"})
        assert errors["blockErrors"]["level"]["messages"] == [
            "Select a valid choice. h1 is not one of the available choices."
        ]

    def test_refuses_text_longer_than_a_heading(self, block_errors):
        errors = block_errors(self.block, {"text": "x" * 161, "level": "h2"})
        assert errors["blockErrors"]["text"]["messages"] == [
            "Ensure this value has at most 160 characters (it has 161)."
        ]

    def test_api_representation_is_text_and_level(self):
        value = self.block.to_python({"text": "Retention", "level": "h3"})
        assert self.block.get_api_representation(value) == {
            "text": "Retention",
            "level": "h3",
        }


class TestParagraphBlock:
    block = ParagraphBlock()

    def test_offers_the_agency_paragraph_features(self):
        assert self.block.features == PARAGRAPH_FEATURES

    def test_features_can_be_narrowed(self):
        assert ParagraphBlock(features=["bold"]).features == ["bold"]

    def test_renders_rich_text_in_a_wrapper(self):
        value = self.block.to_python("<p>We keep plate reads for <b>30 days</b>.</p>")
        assert self.block.render(value).strip() == (
            '<div class="rich-text"><p>We keep plate reads for <b>30 days</b>.</p>'
            "</div>"
        )

    def test_is_required(self):
        with pytest.raises(ValidationError) as excinfo:
            self.block.clean(self.block.to_python(""))
        assert excinfo.value.messages == ["This field is required."]

    def test_api_representation_is_html(self):
        value = self.block.to_python("<p>Plain words.</p>")
        assert self.block.get_api_representation(value) == "<p>Plain words.</p>"


class TestCalloutBlock:
    block = CalloutBlock()

    @pytest.mark.parametrize("style", ["info", "warning", "success"])
    def test_renders_the_style_as_a_class(self, style):
        value = self.block.to_python(
            {"style": style, "title": "Note", "body": "<p>Read this.</p>"}
        )
        html = self.block.render(value)
        assert f'class="callout callout--{style}"' in html
        assert "<strong>Note</strong>" in html
        assert "<p>Read this.</p>" in html

    def test_title_is_optional(self):
        value = self.block.to_python(
            {"style": "info", "title": "", "body": "<p>Body.</p>"}
        )
        assert self.block.clean(value)["title"] == ""
        assert "<strong>" not in self.block.render(value)

    def test_requires_a_body(self, block_errors):
        errors = block_errors(self.block, {"style": "info", "title": "T", "body": ""})
        assert errors == {"blockErrors": {"body": REQUIRED}}

    def test_refuses_an_unknown_style(self, block_errors):
        errors = block_errors(
            self.block, {"style": "danger", "title": "", "body": "<p>x</p>"}
        )
        assert errors["blockErrors"]["style"]["messages"] == [
            "Select a valid choice. danger is not one of the available choices."
        ]


class TestQuoteBlock:
    block = QuoteBlock()

    def test_renders_quote_with_attribution_and_role(self):
        value = self.block.to_python(
            {
                "quote": "They listened to us.",
                "attribution": "Maria",
                "role": "Block captain",
            }
        )
        html = self.block.render(value)
        assert "<blockquote><p>They listened to us.</p></blockquote>" in html
        assert "<figcaption>Maria, Block captain</figcaption>" in html

    def test_attribution_is_optional(self):
        value = self.block.to_python(
            {"quote": "Thank you.", "attribution": "", "role": ""}
        )
        assert "figcaption" not in self.block.render(self.block.clean(value))

    def test_requires_the_quote(self, block_errors):
        errors = block_errors(self.block, {"quote": "", "attribution": "A"})
        assert errors == {"blockErrors": {"quote": REQUIRED}}

    def test_api_representation(self):
        value = self.block.to_python(
            {"quote": "Safer now.", "attribution": "A neighbor", "role": ""}
        )
        assert self.block.get_api_representation(value) == {
            "quote": "Safer now.",
            "attribution": "A neighbor",
            "role": "",
        }
