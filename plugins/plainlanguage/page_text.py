"""The text a resident reads on a page, in reading order, without markup.

A page's text is its title, then each text field its type adds to Wagtail's
``Page``, in the order the type declares them: plain text fields (the summary
"in plain terms", an introduction), rich text fields, and StreamFields. A
StreamField is walked by its block definitions however deeply blocks nest
(structs, lists, streams): rich text blocks and text blocks (``CharBlock``,
``TextBlock``) count. Choices, dates, numbers, links, e-mail addresses, embeds,
raw HTML, tables and chosen objects (an FAQ, a page, an image) do not: they are
codes, figures or content with a page of its own. Single-line text fields of
the page (a policy number, a name, an address) are labels, not prose, and do
not count either; nor does text with no letters ("462.1", a phone number) or a
lone address ("tips@example.org").

The text comes back as passages (a title, a paragraph, a list item, a block's
line), each without markup. Reading a page's text runs no query: StreamFields
are read as their raw data, so chosen objects are never fetched.
"""

import re
from html import unescape

import swapper
from django.db import models
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

# The ends of HTML block elements: each starts a new passage.
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|blockquote|div|td|th|dd|dt)>|<br\s*/?>", re.I)
LETTER = re.compile(r"[^\W\d_]")
ADDRESS = re.compile(r"^(?:\S*@\S*|\S*://\S*|www\.\S*)$", re.I)


def passages_of_html(html):
    """The passages of database rich text (or any HTML), without markup."""
    for part in BLOCK_END.split(html or ""):
        yield from passages_of_text(unescape(strip_tags(part)))


def passages_of_text(text):
    """The non-empty lines of plain text, with their spaces collapsed."""
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if LETTER.search(line) and not ADDRESS.match(line):
            yield line


def is_list_item(raw):
    # ListBlock's own storage format wraps each item: {"type": "item", ...}.
    return isinstance(raw, dict) and raw.get("type") == "item" and "value" in raw


def block_passages(block, raw):
    """The passages of one block's raw (stored) value."""
    if raw is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield from passages_of_html(raw if isinstance(raw, str) else str(raw))
    elif isinstance(block, blocks.CharBlock | blocks.TextBlock):
        yield from passages_of_text(str(raw))
    elif isinstance(block, blocks.BaseStructBlock) and isinstance(raw, dict):
        for name, child_block in block.child_blocks.items():
            yield from block_passages(child_block, raw.get(name))
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, list):
        for item in raw:
            yield from block_passages(
                block.child_block, item["value"] if is_list_item(item) else item
            )
    elif isinstance(block, blocks.BaseStreamBlock) and isinstance(raw, list):
        for child in raw:
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is not None:
                yield from block_passages(child_block, child.get("value"))


def text_fields(model):
    """The page type's own prose fields, in declaration order."""
    base = swapper.load_model("wagtailcore", "Page")
    return [
        field
        for field in model._meta.concrete_fields
        if field.model is not base and isinstance(field, models.TextField | StreamField)
    ]


def page_passages(page):
    """Every passage a resident reads on ``page`` (a specific page), in order."""
    passages = list(passages_of_text(page.title))
    for field in text_fields(type(page)):
        value = getattr(page, field.attname)
        if isinstance(field, StreamField):
            if value:
                passages += block_passages(field.stream_block, list(value.raw_data))
        elif isinstance(field, RichTextField):
            passages += passages_of_html(value)
        else:
            passages += passages_of_text(value)
    return passages
