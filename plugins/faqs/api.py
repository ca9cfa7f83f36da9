"""The FAQs' API: the FAQ snippets and the FAQ page."""

from typing import Literal

from django.utils import translation
from ninja import Schema
from pydantic import Field

from plugins.faqs.models import FAQ, FAQCategory, FAQPage
from plugins.headless import json_ld, scopes
from plugins.headless.endpoints import (
    ListQuery,
    PageEndpoint,
    SnippetEndpoint,
    TagFilter,
    order_choices,
    registry,
)
from plugins.headless.representation import outdated_snippets
from plugins.headless.rich_text import prefetch_links_of
from plugins.headless.schemas import PageDetailBase, SnippetLanguage


class FAQItem(SnippetLanguage):
    id: int
    type: Literal["faq"] = "faq"
    locale: str
    translation_key: str
    question: str
    answer: str
    category: FAQCategory
    tags: list[str]
    order: int


class FAQGroup(Schema):
    category: FAQCategory
    label: str
    faqs: list[FAQItem]


class FAQPageDetail(PageDetailBase):
    type: Literal["faq_page"]
    intro: str
    categories: list[FAQGroup]


class FAQQuery(TagFilter, ListQuery):
    category: FAQCategory | None = Field(
        None, description="Only questions in this category."
    )
    order: order_choices("sort_order", "question") = "sort_order"


def faq_representation(faq, request=None):
    language_code = faq.locale.language_code
    # Its links lead to its own language's pages, whatever the request's language.
    with translation.override(language_code):
        answer = faq.answer_html()
    return {
        "id": faq.pk,
        "type": "faq",
        "locale": language_code,
        "translation_key": str(faq.translation_key),
        "question": faq.question,
        "answer": answer,
        "category": faq.category,
        "tags": sorted(tag.name for tag in faq.tags.all()),
        "order": faq.sort_order,
    }


def faq_page_fields(page, rep):
    groups = page.faqs_by_category()
    every_faq = [faq for _key, _label, faqs in groups for faq in faqs]
    prefetch_links_of(every_faq)
    outdated = outdated_snippets(every_faq)
    return {
        "intro": page.intro,
        "categories": [
            {
                "category": key,
                "label": str(label),
                # A question with no translation yet comes in its source
                # language (``FAQPage.faqs_by_category``).
                "faqs": [
                    {
                        **faq_representation(faq),
                        "fallback": faq.locale_id != page.locale_id,
                        "outdated": faq.pk in outdated,
                    }
                    for faq in faqs
                ],
            }
            for key, label, faqs in groups
        ],
    }


def faq_page_json_ld(page, item):
    """The questions the page lists, as it lists them (``faq_page_fields``)."""
    questions = [
        (faq["question"], faq["answer"])
        for group in item["categories"]
        for faq in group["faqs"]
    ]
    return json_ld.base(
        "FAQPage", page, item, mainEntity=json_ld.faq_entities(questions)
    )


def register():
    registry.register_snippet(
        SnippetEndpoint(
            model=FAQ,
            type_name="faq",
            path="faqs",
            summary_schema=FAQItem,
            detail_schema=FAQItem,
            query_schema=FAQQuery,
            representation=faq_representation,
            detail_representation=faq_representation,
            prefetch_related=("tags",),
            default_order="sort_order",
            category_field="category",
        )
    )
    registry.register_page(
        PageEndpoint(
            model=FAQPage,
            type_name="faq_page",
            summary_schema=FAQPageDetail,
            detail_schema=FAQPageDetail,
            detail_fields=faq_page_fields,
            json_ld=faq_page_json_ld,
            extra_scopes=(scopes.for_type("faq"),),
        )
    )
