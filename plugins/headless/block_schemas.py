"""The API shape of every StreamField block, derived from the block itself.

A front end renders a page block by block, so each block type has its own named
schema in the OpenAPI document (``HeadingBlock``: ``type`` is ``"heading"``,
``value`` a ``HeadingValue``), and a list of blocks is a list of their union,
discriminated on ``type``. Nothing here lists blocks: a schema is read from the
block's definition, so a block added to ``blocks/`` or to a plugin's
StreamField is typed in the document without an edit to the API.

One walk gives both the value the API delivers (``api_value``) and its schema
(``value_schema``), so the two cannot drift apart:

- a struct is an object of its children, a list an array of its child, a
  stream a list of ``{type, id, value}``, each typed to its leaves;
- text, choices, numbers, dates and booleans are the JSON they are stored as;
  rich text is HTML with its links resolved;
- an image chooser gives the image as every other image of the API (alt text,
  credit, renditions), a page chooser a page link, a document chooser a
  document link; each is null when the chosen object is gone or withheld;
- a block that shapes its own value (``get_api_representation`` written
  outside Wagtail) declares that shape as ``api_schema``, a pydantic type.
  Without one the document cannot be built: ``BlockWithoutSchema`` names the
  block, so an undeclared shape never reaches a client as ``unknown``.
"""

from datetime import date, datetime, time
from functools import cache
from typing import Annotated, Literal, Union

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import override
from ninja import Schema
from pydantic import Field, create_model
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from blocks import image_representation
from cms.media_urls import absolute_media_url
from plugins.headless.schemas import Block, DocumentLink, Image, PageLink

# Wagtail's own ways of representing a block: a block whose class (or an
# ancestor outside Wagtail) replaces them shapes its value itself.
WAGTAIL_REPRESENTATIONS = {
    blocks.Block.get_api_representation,
    blocks.StructBlock.get_api_representation,
    blocks.ListBlock.get_api_representation,
    blocks.StreamBlock.get_api_representation,
    blocks.RichTextBlock.get_api_representation,
}

TEXT_BLOCKS = (
    blocks.CharBlock,
    blocks.TextBlock,
    blocks.URLBlock,
    blocks.EmailBlock,
    blocks.RegexBlock,
    blocks.RawHTMLBlock,
    blocks.BlockQuoteBlock,
    EmbedBlock,
)
# Leaves stored as JSON of their own type, with the Python type that documents
# it; null when the block is optional and empty.
TYPED_LEAVES = (
    (blocks.BooleanBlock, bool),
    (blocks.IntegerBlock, int),
    (blocks.FloatBlock, float),
    (blocks.DecimalBlock, float),
    (blocks.DateTimeBlock, datetime),
    (blocks.DateBlock, date),
    (blocks.TimeBlock, time),
)


class BlockWithoutSchema(ImproperlyConfigured):
    """A block shapes its API value itself but does not say how."""


def shapes_own_value(block):
    return type(block).get_api_representation not in WAGTAIL_REPRESENTATIONS


# What the API delivers -------------------------------------------------------------


def api_value(block, value, context=None):
    """The value of ``block`` as the API delivers it (its schema:
    ``value_schema(block)``). ``context`` is the serializer's: the request and,
    within a response, its ``representation``."""
    context = context or {}
    if shapes_own_value(block):
        return block.get_api_representation(value, context)
    if isinstance(block, blocks.StreamBlock):
        return stream_value(value, context)
    if isinstance(block, blocks.StructBlock):
        return {
            name: api_value(child, value.get(name), context)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [api_value(block.child_block, item, context) for item in value or []]
    if isinstance(block, ImageChooserBlock):
        representation = context.get("representation")
        # Within a response, each image is represented once.
        if representation is not None:
            return representation.image(value)
        return image_representation(value)
    if isinstance(block, DocumentChooserBlock):
        return document_link(value)
    if isinstance(block, blocks.PageChooserBlock):
        return page_link(value, context)
    return block.get_api_representation(value, context)


def stream_value(stream, context):
    """A stream as a list of ``{type, id, value}``."""
    return [
        {
            "type": child.block_type,
            "id": child.id,
            "value": api_value(child.block, child.value, context),
        }
        for child in stream or []
    ]


def document_link(document):
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "url": absolute_media_url(document.url),
        "file_extension": document.file_extension,
    }


def page_link(page, context):
    """The chosen page, in the reader's language where it has a public
    translation (a chooser keeps the page chosen, in its language), as the API
    names pages elsewhere; None if the request's visibility rule withholds
    it. Resolved as rich text links are (``PageLinks``): a detail loads them
    with its other rows, in one query."""
    from django.utils.translation import get_language

    from plugins.headless.endpoints import registry
    from plugins.headless.rich_text import PageLinks, current_links
    from plugins.headless.visibility import for_context

    rule = for_context(context)
    if page is None or not rule.allows(page):
        return None
    representation = context.get("representation")
    links = representation.links if representation else current_links()
    if links is None or links.visibility is not rule:
        links = PageLinks(rule)
    shown = links.resolve([str(page.pk)], get_language()).get(str(page.pk))
    if shown is None:
        return None
    return {
        "id": shown.pk,
        "type": registry.type_name_of(page.specific_class),
        "title": shown.title,
        "path": rule.front_end_path(shown.url_path, shown.language_code) or "",
    }


# What the document says ------------------------------------------------------------


def value_schema(block):
    """The type of ``api_value(block, ...)``, as a pydantic annotation."""
    if shapes_own_value(block):
        schema = getattr(block, "api_schema", None)
        if schema is None:
            raise BlockWithoutSchema(
                f"{type(block).__module__}.{type(block).__name__} shapes its API "
                "value in get_api_representation: declare that shape as its "
                "api_schema."
            )
        return schema
    if isinstance(block, blocks.StreamBlock):
        return list[stream_item_schema(tuple(block.child_blocks.items()))]
    if isinstance(block, blocks.StructBlock):
        return struct_schema(block)
    if isinstance(block, blocks.ListBlock):
        return list[value_schema(block.child_block)]
    if isinstance(block, ImageChooserBlock):
        return Image | None
    if isinstance(block, DocumentChooserBlock):
        return DocumentLink | None
    if isinstance(block, blocks.PageChooserBlock):
        return PageLink | None
    if isinstance(block, SnippetChooserBlock):
        return int | None
    if isinstance(block, blocks.RichTextBlock):
        return Annotated[str, Field(description="HTML, with links resolved.")]
    if isinstance(block, blocks.MultipleChoiceBlock):
        return list[choice_schema(block)]
    if isinstance(block, blocks.ChoiceBlock):
        return choice_schema(block)
    if isinstance(block, TEXT_BLOCKS):
        return str
    for block_class, python_type in TYPED_LEAVES:
        if isinstance(block, block_class):
            return python_type if block.required else python_type | None
    if isinstance(block, blocks.StaticBlock):
        return None
    raise BlockWithoutSchema(
        f"{type(block).__module__}.{type(block).__name__} is a kind of block the "
        "API cannot describe: give it an api_schema and a get_api_representation."
    )


def choice_schema(block):
    keys = []
    for key, label in block.field.choices:
        # A group of choices: (group label, [(key, label), ...]).
        keys += [k for k, _l in label] if isinstance(label, list | tuple) else [key]
    # The form's blank choice is a value only where a choice is optional.
    keys = [str(key) for key in keys if key != "" or not block.required]
    return Literal[tuple(keys)] if keys else str


def camel(name):
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


class SchemaNames:
    """One name per distinct schema in the document: the block's own name, or,
    when a different block took it first, the name qualified by the package
    that defines the block."""

    def __init__(self):
        self.owners = {}

    def claim(self, name, owner, qualifier):
        if self.owners.setdefault(name, owner) == owner:
            return name
        return self.claim(camel(qualifier) + name, owner, qualifier)


names = SchemaNames()


def package_of(block_class):
    parts = block_class.__module__.split(".")
    return parts[-2] if len(parts) > 1 else parts[0]


def help_text(block):
    # A field block keeps its help text on its form field.
    field = getattr(block, "field", None)
    text = getattr(field, "help_text", None) or getattr(block.meta, "help_text", None)
    if not text:
        return None
    with override("en"):
        return str(text)


def described(block):
    """A struct child's field: required, with the editor's help text as its
    description when it has one."""
    text = help_text(block)
    return Field(..., description=text) if text else Field(...)


def struct_schema(block):
    block_class = type(block)
    if block_class is blocks.StructBlock:
        # A struct declared in place has no class name: it is named by its
        # children, so equal ones share a schema.
        name = "".join(camel(child) for child in block.child_blocks) + "Value"
    else:
        name = block_class.__name__.removesuffix("Block") + "Value"
    return struct_model(
        name,
        block_class,
        tuple((child_name, child) for child_name, child in block.child_blocks.items()),
    )


def block_signature(children):
    """What decides a struct's schema: its children's names and schemas."""
    return tuple((name, repr(value_schema(child))) for name, child in children)


_structs = {}


def struct_model(name, block_class, children):
    key = (block_class, block_signature(children))
    if key not in _structs:
        fields = {
            child_name: (value_schema(child), described(child))
            for child_name, child in children
        }
        _structs[key] = create_model(
            names.claim(name, key, package_of(block_class)),
            __base__=Schema,
            __module__=__name__,
            **fields,
        )
    return _structs[key]


_members = {}


def member_schema(type_name, block):
    """The named schema of one block type of a stream: ``type`` is its name."""
    value = value_schema(block)
    key = (type_name, value if isinstance(value, type) else repr(value))
    if key not in _members:
        _members[key] = create_model(
            names.claim(camel(type_name) + "Block", key, package_of(type(block))),
            __base__=Schema,
            __module__=__name__,
            type=(Literal[type_name], ...),
            id=(str | None, Field(..., description="The block's id in its stream.")),
            value=(value, ...),
        )
    return _members[key]


def stream_item_schema(children):
    """One item of a stream with ``children``, ((name, block), ...): the union
    of their schemas, discriminated on ``type``."""
    members = tuple(dict.fromkeys(member_schema(n, child) for n, child in children))
    if not members:
        return Block
    if len(members) == 1:
        return members[0]
    return union_of(members)


@cache
def union_of(members):
    return Annotated[Union[members], Field(discriminator="type")]  # noqa: UP007


# Typing the block lists of content types -------------------------------------------


def block_list_fields(schema):
    """The fields of ``schema`` declared as a list of untyped ``Block``s: the
    lists of blocks the core types."""
    return [
        name
        for name, field in schema.model_fields.items()
        if field.annotation == list[Block]
    ]


def stream_fields(model):
    return {
        field.name: field
        for field in model._meta.get_fields()
        if isinstance(field, StreamField)
    }


def with_typed_blocks(schema, models):
    """``schema`` (same name, same fields) with each ``list[Block]`` field
    that is a StreamField of ``models`` typed as a list of that stream's
    union. Models that share a schema (the home page and the sections) share
    the union of their streams' blocks."""
    typed = {}
    for name in block_list_fields(schema):
        children = {}
        for model in models:
            field = stream_fields(model).get(name)
            if field is not None:
                for type_name, child in field.stream_block.child_blocks.items():
                    first = children.setdefault(type_name, child)
                    if repr(value_schema(first)) != repr(value_schema(child)):
                        # One union cannot hold two shapes under one ``type``.
                        raise ImproperlyConfigured(
                            f"{schema.__name__}.{name}: the types sharing it "
                            f"give the block {type_name!r} two different shapes."
                        )
        declared = schema.model_fields[name]
        if children:
            typed[name] = (
                list[stream_item_schema(tuple(children.items()))],
                Field(declared.default, description=declared.description),
            )
        else:
            # A type without such a stream always delivers an empty list:
            # typed so (``never[]`` in TypeScript), not as untyped blocks.
            typed[name] = (
                tuple[()],
                Field(
                    (),
                    description=f"Always empty: a {schema.__name__} has no {name}.",
                    json_schema_extra={"items": {"not": {}}},
                ),
            )
    if not typed:
        return schema
    return create_model(
        schema.__name__,
        __base__=schema,
        __module__=schema.__module__,
        __doc__=schema.__doc__,
        **typed,
    )


def type_block_lists(endpoints):
    """Give each endpoint (page or snippet) its detail schema with typed block
    lists; endpoints sharing a schema get one typed schema."""
    by_schema = {}
    for endpoint in endpoints:
        by_schema.setdefault(endpoint.detail_schema, []).append(endpoint)
    for schema, sharing in by_schema.items():
        typed = with_typed_blocks(schema, [endpoint.model for endpoint in sharing])
        for endpoint in sharing:
            endpoint.detail_schema = typed
