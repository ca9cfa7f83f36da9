"""Typed shapes shared by every content type's API schemas."""

from datetime import datetime
from typing import Any

from ninja import Schema
from pydantic import Field


class Rendition(Schema):
    width: int
    url: str


class Image(Schema):
    id: int
    alt: str
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


class Block(Schema):
    type: str = Field(description="The block type, for example `paragraph`.")
    id: str | None = None
    value: Any = Field(
        description="The block's value. Rich text is HTML with links resolved; "
        "images carry renditions."
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


class PageDetailBase(PageItem):
    authoritative_locale: str = Field(
        description="The language whose version is the official one."
    )
    body: list[Block] = []
    json_ld: dict[str, Any] = Field(description="schema.org JSON-LD for the page.")


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
