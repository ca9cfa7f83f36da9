"""Typed shapes shared by every content type's API schemas, and the types of
the values a client sends (ids, language codes, dates): each accepts exactly
what its OpenAPI schema describes, and no more."""

import re
from datetime import date, datetime
from typing import Annotated, Any

from django.conf import settings
from ninja import Schema
from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field


class Parameters(Schema):
    """What a client sends: query parameters and bodies. A ``pattern`` is
    matched as Python's ``re.search`` matches it, as the tools that check
    requests against the OpenAPI document do (jsonschema, schemathesis), not by
    pydantic's default engine, whose ``\\w`` and ``$`` differ."""

    model_config = ConfigDict(regex_engine="python-re")


# The largest id any table can hold (a signed 64-bit integer): beyond it a
# database overflows instead of finding nothing.
MAX_ID = 2**63 - 1

PositiveId = Annotated[
    int, Field(ge=1, le=MAX_ID, description="An id, as the API lists it.")
]


def content_language_codes():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def check_locale(value):
    if value not in content_language_codes():
        raise ValueError(
            f"unknown locale; choose one of {', '.join(content_language_codes())}"
        )
    return value


class ListsContentLanguages:
    """Documents a locale as the enum of the configured content languages, read
    when the document is made (settings can change after import)."""

    def __get_pydantic_json_schema__(self, core_schema, handler):
        schema = handler(core_schema)
        schema["enum"] = content_language_codes()
        schema.setdefault("description", "A content language code.")
        return schema


LocaleCode = Annotated[str, AfterValidator(check_locale), ListsContentLanguages()]

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_iso_date(value):
    # Pydantic also reads numbers ("0") as Unix times and "2026-01-01T00:00"
    # as a date; the document promises a full date and nothing else.
    if isinstance(value, str) and not ISO_DATE.fullmatch(value):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


CalendarDate = Annotated[date, BeforeValidator(check_iso_date)]


class Rendition(Schema):
    width: int
    url: str


class Image(Schema):
    id: int
    alt: str
    alt_locale: str | None = Field(
        None,
        description="The language of `alt` when it is not the content's own: "
        "the image library's descriptions are written in the site's default "
        "language. Null when `alt` was written with the content.",
    )
    credit: str
    width: int
    height: int
    renditions: list[Rendition]
    caption: str | None = None


class SEO(Schema):
    title: str
    description: str
    share_image: Image | None = None


class TranslationLink(Schema):
    locale: str
    id: int
    path: str
    title: str


class PageLink(Schema):
    """A page a block links to, named as the API names pages elsewhere."""

    id: int
    type: str = Field(description="The page's type, as `/pages/` gives it.")
    title: str
    path: str = Field(description="Front-end path, with the locale prefix.")


class DocumentLink(Schema):
    id: int
    title: str
    url: str
    file_extension: str


class Block(Schema):
    """A block of a StreamField. A content type declares a list of blocks as
    ``list[Block]``; the API types it from the field's blocks
    (``block_schemas.type_block_lists``), so the document shows each block's
    own schema instead."""

    type: str = Field(description="The block type, for example `paragraph`.")
    id: str | None = None
    value: Any = Field(
        description="The block's value. Rich text is HTML with links resolved; "
        "images carry renditions."
    )


class SnippetLanguage(Schema):
    """What a reader must be told of the language of a snippet (a FAQ, a
    technology, a glossary term): served in its source language because it
    has no translation into the language asked for yet (its ``locale`` says
    which language it is in), or a translation its source has changed
    since."""

    fallback: bool = Field(
        False,
        description="True when the requested locale has no translation of this "
        "entry and the source-language entry is served instead.",
    )
    outdated: bool = Field(
        False,
        description="True when this is a translation and the entry in the "
        "source language was published after it: it may not say what the "
        "source says now.",
    )


class PageItem(Schema):
    """Fields every page carries, in listings and details alike."""

    id: int
    type: str
    title: str
    slug: str
    path: str = Field(description="Front-end path, with the locale prefix.")
    locale: str
    fallback: bool = Field(
        False,
        description="True when the requested locale has no translation and the "
        "source-language page is served instead.",
    )
    available_translations: list[TranslationLink]
    first_published_at: datetime | None
    last_published_at: datetime | None
    summary: str
    tags: list[str]
    seo: SEO
    hero_image: Image | None = Field(
        None,
        description="The image shown at the top of the page, with renditions "
        "for srcset, alt text and credit; null when the page has none.",
    )


class TranslationFacts(Schema):
    """What a reader must be told about the language of what they read."""

    source_locale: str = Field(
        description="The language the page was written in (the source of its "
        "translations)."
    )
    source_id: int | None = Field(
        description="The source-language page; null when it is not public."
    )
    source_path: str | None = Field(
        description="The source-language page's front-end path, for a link to "
        "the current text; null when it is not public."
    )
    source_version: str | None = Field(
        description="The version label of the source's current text, for page "
        "types with versions (policies); null otherwise."
    )
    source_last_published_at: datetime | None = Field(
        description="When the source-language page was last published."
    )
    outdated: bool = Field(
        description="True when the source was published after this translation "
        "was last synced from it (or, for a translation edited by hand, after "
        "the translation was last published): the text may say what the source "
        "no longer says."
    )
    fallback: bool = Field(
        description="True when the requested language has no translation and "
        "the source-language page is served instead."
    )


class Readability(Schema):
    """How hard the page's text is to read, as a US school grade."""

    measure: str = Field(
        description="The formula: `flesch-kincaid` (English) or "
        "`fernandez-huerta` (Spanish, its index mapped to a grade)."
    )
    grade: float = Field(description="The school grade the text asks of a reader.")
    target: float = Field(description="The grade the agency aims at or below.")
    locale: str = Field(description="The language that was measured.")


class PageDetailBase(PageItem):
    authoritative_locale: str = Field(
        description="The language whose version is the official one."
    )
    translation: TranslationFacts = Field(
        description="Whether this text is a translation, a fallback or "
        "outdated, and which source text is current."
    )
    body: list[Block] = []
    json_ld: dict[str, Any] = Field(description="schema.org JSON-LD for the page.")
    readability: Readability | None = Field(
        None,
        description="The reading level of the page's text when it was published; "
        "null in a language with no reading-level measure (Vietnamese, Chinese, "
        "Arabic) or for too little text.",
    )


class Problem(Schema):
    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    errors: list[dict[str, Any]] | None = None


class Locale(Schema):
    code: str
    name: str
    direction: str
    is_default: bool


class NavigationItem(Schema):
    id: int
    title: str
    path: str
    type: str
    children: list["NavigationItem"] = []


NavigationItem.model_rebuild()


class Navigation(Schema):
    locale: str
    items: list[NavigationItem]
