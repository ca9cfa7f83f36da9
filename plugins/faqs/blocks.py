from django.utils.translation import gettext_lazy as _
from ninja import Schema
from pydantic import Field
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from blocks import content_blocks
from plugins.headless.visibility import is_current


class EmbeddedFAQ(Schema):
    id: int
    question: str
    answer: str = Field(description="HTML, with links resolved.")
    category: str


class FAQsValue(Schema):
    title: str
    faqs: list[EmbeddedFAQ] = Field(
        description="The chosen FAQs the public may see, in the editor's order."
    )


def faq_representation(faq):
    return {
        "id": faq.pk,
        "question": faq.question,
        "answer": faq.answer_html(),
        "category": faq.category,
    }


def shown_faqs(value):
    """The chosen FAQs the public may see: live and not past their expiry."""
    return [faq for faq in value.get("faqs") or [] if faq and is_current(faq)]


class FAQBlock(blocks.StructBlock):
    """Embeds chosen FAQs on a page, so answers sit where residents look for them."""

    title = blocks.CharBlock(max_length=160, required=False)
    faqs = blocks.ListBlock(SnippetChooserBlock("trust_faqs.FAQ"), min_num=1)

    api_schema = FAQsValue

    def get_api_representation(self, value, context=None):
        return {
            "title": value.get("title") or "",
            "faqs": [faq_representation(faq) for faq in shown_faqs(value)],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["faqs"] = shown_faqs(value)
        return context

    class Meta:
        icon = "help"
        label = _("FAQs")
        template = "trust_faqs/blocks/faq_block.html"


def body_blocks():
    """Page body blocks: the shared library plus embedded FAQs."""
    return [*content_blocks(), ("faqs", FAQBlock())]
