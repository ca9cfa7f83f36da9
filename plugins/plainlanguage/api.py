"""The plain-language API: the glossary, and the ``readability`` of every
page's detail (stored when the page was published; measured afresh for a
preview's draft)."""

from typing import Literal

from plugins.headless.endpoints import (
    DetailField,
    ListQuery,
    SnippetEndpoint,
    order_choices,
    registry,
)
from plugins.headless.schemas import SnippetLanguage
from plugins.plainlanguage import reading_levels
from plugins.plainlanguage.assessment import measure_page
from plugins.plainlanguage.conf import target_grade
from plugins.plainlanguage.models import GlossaryTerm


class GlossaryTermItem(SnippetLanguage):
    id: int
    type: Literal["glossary_term"] = "glossary_term"
    locale: str
    translation_key: str
    term: str
    explanation: str


class GlossaryQuery(ListQuery):
    order: order_choices("term") = "term"


def glossary_term_representation(term, request=None):
    return {
        "id": term.pk,
        "type": "glossary_term",
        "locale": term.locale.language_code,
        "translation_key": str(term.translation_key),
        "term": term.term,
        "explanation": term.explanation,
    }


def readability(page, rep, *, draft=False):
    """``{measure, grade, target, locale}`` of a page, or None."""
    if draft:
        _measure, reading = measure_page(page)
        figures = reading and (reading.measure.code, reading.grade)
    else:
        level = reading_levels.stored(page)
        figures = level and (level.measure, level.grade)
    if not figures:
        return None
    measure, grade = figures
    return {
        "measure": measure,
        "grade": grade,
        "target": target_grade(),
        "locale": rep.locale_code(page),
    }


def register():
    registry.register_snippet(
        SnippetEndpoint(
            model=GlossaryTerm,
            type_name="glossary_term",
            path="glossary",
            summary_schema=GlossaryTermItem,
            detail_schema=GlossaryTermItem,
            query_schema=GlossaryQuery,
            representation=glossary_term_representation,
            detail_representation=glossary_term_representation,
            default_order="term",
        )
    )
    registry.register_detail_field(
        DetailField("readability", readability, select_related=("reading_level",))
    )
