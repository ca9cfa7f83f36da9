"""Every block a page can carry has its own schema in the OpenAPI document, and
the API delivers exactly what those schemas say.

The world is the demo, plus, for each page type with lists of blocks, one page
whose every list holds an example of each block that list offers, made from
the block definitions themselves (``example``): a block added to ``blocks/`` or
to a plugin is in the world, in the document and checked here with no edit.
Responses are checked as the server sends them, against the document with
every object closed.
"""

import json
import uuid
from datetime import date

import pydantic
import pytest
from django.db import transaction
from django.test import override_settings
from factory.django import DjangoModelFactory
from ninja import NinjaAPI, Schema
from pydantic import TypeAdapter
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page, Site
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail.test.utils.wagtail_factories import DocumentFactory

from plugins.headless import block_schemas
from plugins.headless.api import mount
from plugins.headless.block_schemas import (
    BlockWithoutSchema,
    api_value,
    block_list_fields,
    stream_fields,
    stream_item_schema,
    value_schema,
)
from plugins.headless.endpoints import registry
from plugins.headless.schemas import Block
from plugins.policies.models import PolicyIndexPage
from tests import factories
from tests.databases import settle_deferred_checks
from tests.headless.conftest import publish_page, sections_under
from tests.headless.openapi_contract import assert_matches_openapi, openapi_document

API = "/api/v1"


# Block lists of the registered content types, found through their models --------


def typed_block_lists():
    """{(model, field name): StreamField} of every list of blocks a registered
    page or snippet type declares (``list[Block]``) and its model has."""
    mount()  # types the block lists
    lists = {}
    for endpoint in [*registry.pages.values(), *registry.snippets.values()]:
        fields = stream_fields(endpoint.model)
        declared = {
            name
            for schema in endpoint.detail_schema.__mro__
            if isinstance(schema, type) and issubclass(schema, Schema)
            for name in block_list_fields(schema)
        }
        for name in sorted(declared & set(fields)):
            lists[(endpoint.model, name)] = fields[name]
    return lists


BLOCK_LISTS = typed_block_lists()


# Example values, made from the block definitions ------------------------------------


def example(block, things):
    """A stored (raw) value for ``block`` that uses every child it has."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": example(child, things), "id": str(uuid.uuid4())}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, TableBlock):
        return {
            "data": [["Month", "Searches"], ["June", None], ["July", "40"]],
            "first_row_is_table_header": True,
            "table_caption": "Searches by month",
        }
    if isinstance(block, blocks.StructBlock):
        return {
            name: example(child, things) for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [
            {"type": "item", "value": example(block.child_block, things), "id": str(i)}
            for i in ("1", "2")
        ]
    if isinstance(block, ImageChooserBlock):
        return things["image"].pk
    if isinstance(block, DocumentChooserBlock):
        return things["document"].pk
    if isinstance(block, blocks.PageChooserBlock):
        return things["page"].pk
    if isinstance(block, SnippetChooserBlock):
        return things[block.target_model._meta.label].pk
    if isinstance(block, blocks.RichTextBlock):
        return f'<p>Read <a linktype="page" id="{things["page"].pk}">this</a>.</p>'
    if isinstance(block, blocks.MultipleChoiceBlock | blocks.ChoiceBlock):
        keys = [key for key, _label in block.field.choices if key]
        return keys[:1] if isinstance(block, blocks.MultipleChoiceBlock) else keys[0]
    if isinstance(block, EmbedBlock):
        return "https://www.youtube.com/watch?v=example"
    if isinstance(block, blocks.URLBlock):
        return "https://example.org/report"
    if isinstance(block, blocks.EmailBlock):
        return "records@example.org"
    if isinstance(block, blocks.DateBlock):
        return "2026-11-30"
    if isinstance(block, blocks.DecimalBlock):
        return "1250.50"
    if isinstance(block, blocks.IntegerBlock):
        return 12
    if isinstance(block, blocks.FloatBlock):
        return 1.5
    if isinstance(block, blocks.BooleanBlock):
        return True
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return "Example text"
    raise AssertionError(f"No example for {type(block).__name__}: add one here")


def factory_for(model):
    """The test factory that makes pages of ``model``, if there is one."""
    for factory in vars(factories).values():
        if (
            isinstance(factory, type)
            and issubclass(factory, DjangoModelFactory)
            and not factory._meta.abstract
            and factory._meta.get_model_class() is model
        ):
            return factory
    return None


def parent_for(model, pages):
    """A page of the world that may hold a ``model`` page; made (with its
    factory, under the first page that may hold it) when there is none."""
    allowed = tuple(model.allowed_parent_page_models())
    for page in pages:
        if isinstance(page, allowed):
            return page
    parent_model = next(m for m in allowed if factory_for(m) is not None)
    parent = factory_for(parent_model)(parent=parent_for(parent_model, pages))
    pages.append(parent)
    return parent


def build_world():
    """An agency site whose every page type with lists of blocks has a live
    page holding every block its StreamFields offer. Returns those pages."""
    from plugins.faqs.models import FAQ

    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    pages = [home, *sections_under(home).values()]
    things = {
        "image": factories.ImageFactory(file__width=8, file__height=6),
        "document": DocumentFactory(title="Annual audit"),
        "page": pages[1],
        FAQ._meta.label: factories.FAQFactory(locale=home.locale),
    }
    # Every StreamField of those types, block lists or not (a policy's documents).
    lists_of = {
        model: {
            name: example(field.stream_block, things)
            for name, field in stream_fields(model).items()
        }
        for model, _name in BLOCK_LISTS
    }
    every_block = []
    for model, lists in sorted(lists_of.items(), key=lambda item: item[0].__name__):
        page = next((page for page in pages if type(page) is model), None)
        if page is None:
            page = factory_for(model)(parent=parent_for(model, pages), **lists)
            pages.append(page)
        every_block.append(publish_page(page, **lists))
    return every_block


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The site, built once and rolled back after the module."""
    media = tmp_path_factory.mktemp("block-media")
    with (
        override_settings(MEDIA_ROOT=media),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        settle_deferred_checks()
        yield {"media": media, "every_block": build_world()}
        transaction.set_rollback(True)


@pytest.fixture
def served(world, settings, db):
    settings.MEDIA_ROOT = world["media"]
    return world


# The document -------------------------------------------------------------------


@pytest.fixture
def document(client, db):
    return openapi_document(client)


def items_schema(document, schema_name, field):
    return document["components"]["schemas"][schema_name]["properties"][field]["items"]


def members(document, items):
    """{type: schema name} of a list's items: a discriminated union or one."""
    if "oneOf" in items:
        mapping = items["discriminator"]["mapping"]
        assert items["discriminator"]["propertyName"] == "type"
        assert sorted(mapping.values()) == sorted(ref["$ref"] for ref in items["oneOf"])
        return {kind: ref.rsplit("/", 1)[1] for kind, ref in mapping.items()}
    name = items["$ref"].rsplit("/", 1)[1]
    return {
        document["components"]["schemas"][name]["properties"]["type"]["const"]: name
    }


def detail_schema_name(model, field):
    endpoint = registry.pages.get(model) or registry.snippets.get(model)
    return endpoint.detail_schema.__name__


def test_every_block_of_every_list_has_its_own_named_schema(document):
    schemas = document["components"]["schemas"]
    assert BLOCK_LISTS, "no page type delivers a list of blocks"
    for (model, field), stream_field in BLOCK_LISTS.items():
        items = items_schema(document, detail_schema_name(model, field), field)
        by_type = members(document, items)
        # Models sharing a schema (home and sections) share a union.
        assert set(stream_field.stream_block.child_blocks) <= set(by_type), (
            model.__name__,
            field,
        )
        for kind, name in by_type.items():
            member = schemas[name]
            assert member["properties"]["type"] == {
                "const": kind,
                "title": "Type",
                "type": "string",
            }
            assert set(member["required"]) == {"type", "id", "value"}


def test_no_streamfield_of_a_registered_type_is_delivered_untyped(document):
    """Every StreamField of every registered page type and snippet is either a
    typed list of blocks or delivered through fields its type declares with a
    schema of their own (a technology's sharing list, a story's images): never
    as ``unknown``, ``Block`` or a free-form object."""
    schemas = document["components"]["schemas"]
    endpoints = [*registry.pages.values(), *registry.snippets.values()]
    walked = 0
    for endpoint in endpoints:
        properties = schemas[endpoint.detail_schema.__name__]["properties"]
        for name in stream_fields(endpoint.model):
            walked += 1
            if (endpoint.model, name) in BLOCK_LISTS:
                continue
            delivered = properties.get(name)
            assert delivered is not None, (endpoint.model.__name__, name)
            assert delivered.get("type") == "array", (endpoint.model.__name__, name)
            items = json.dumps(delivered["items"])
            assert items not in ("{}", '{"type": "object"}'), (
                endpoint.model.__name__,
                name,
                items,
            )
            assert 'components/schemas/Block"' not in items, (endpoint.model, name)
            assert '"additionalProperties": true' not in items, (endpoint.model, name)
    assert walked > len(BLOCK_LISTS)


def test_structs_are_typed_to_their_leaves(document):
    schemas = document["components"]["schemas"]
    steps = schemas["StepsValue"]["properties"]
    assert steps["steps"]["items"] == {"$ref": "#/components/schemas/StepValue"}
    step = schemas["StepValue"]["properties"]
    assert step["title"]["type"] == "string"
    assert step["body"]["description"] == "HTML, with links resolved."
    heading = schemas["HeadingValue"]["properties"]
    assert heading["level"]["enum"] == ["h2", "h3", "h4"]
    statistic = schemas["StatisticValue"]["properties"]
    assert {"format": "date", "type": "string"} in statistic["as_of"]["anyOf"]
    image_block = schemas["ImageBlock"]["properties"]["value"]
    # The image chooser: the image as the API delivers every image.
    assert {"$ref": "#/components/schemas/Image"} in image_block["anyOf"]
    related = schemas["RelatedContentBlock"]["properties"]["value"]
    assert {"$ref": "#/components/schemas/PageLink"} in related["anyOf"]


def test_no_typed_list_is_left_untyped(document):
    # A list of blocks the model has is never the untyped Block.
    for (model, field), _stream_field in BLOCK_LISTS.items():
        items = items_schema(document, detail_schema_name(model, field), field)
        assert items != {"$ref": "#/components/schemas/Block"}, (model, field)


# What the API delivers matches -------------------------------------------------------


def test_every_live_page_matches_the_document(served, client):
    """Each live page of the demo and the every-block pages, in every
    language, through /pages/{id}/, as the document describes it; and every
    block schema is met at least once."""
    seen = set()
    page_ids = list(
        Page.objects.live().filter(depth__gt=1).values_list("pk", flat=True)
    )
    checked = 0
    for page_id in page_ids:
        response = client.get(f"{API}/pages/{page_id}/")
        if response.status_code == 404:
            continue  # a type the API does not serve, or a private page
        body = assert_matches_openapi(response, "/api/v1/pages/{page_id}/")
        checked += 1
        for value in body.values():
            if isinstance(value, list):
                seen |= {
                    (item["type"])
                    for item in value
                    if isinstance(item, dict) and "value" in item
                }
    offered = {
        kind
        for stream_field in BLOCK_LISTS.values()
        for kind in stream_field.stream_block.child_blocks
    }
    assert checked >= len(served["every_block"])
    assert offered <= seen, f"never delivered: {sorted(offered - seen)}"


def test_a_withheld_page_link_is_null_as_documented(served, client):
    policies = PolicyIndexPage.objects.get()
    draft = factories.PolicyPageFactory(parent=policies, live=False)
    link = {"page": draft.pk, "label": "Draft"}
    policy = factories.PolicyPageFactory(
        parent=policies,
        body=[{"type": "related_content", "value": link, "id": str(uuid.uuid4())}],
    )
    policy.save_revision().publish()
    response = client.get(f"{API}/pages/{policy.pk}/")
    delivered = assert_matches_openapi(response, "/api/v1/pages/{page_id}/")
    assert [block["value"] for block in delivered["body"]] == [None]


# A new block is typed with no edit to the API --------------------------------------


class CameraSiteBlock(blocks.StructBlock):
    """A block a plugin might add: a camera's place on a map."""

    name = blocks.CharBlock()
    installed = blocks.DateBlock(required=False)
    cameras = blocks.IntegerBlock(min_value=1)
    public = blocks.BooleanBlock(required=False)
    kind = blocks.ChoiceBlock(choices=[("fixed", "Fixed"), ("mobile", "Mobile")])
    photos = blocks.ListBlock(ImageChooserBlock())
    policy = blocks.PageChooserBlock(required=False)
    notes = blocks.StreamBlock(
        [("note", blocks.RichTextBlock()), ("link", blocks.URLBlock())], required=False
    )


def document_of(annotation):
    """The OpenAPI document of an API that serves ``annotation``."""
    api = NinjaAPI(urls_namespace=f"blocks-{uuid.uuid4().hex}")

    class Response(Schema):
        blocks: list[annotation]

    @api.get("/blocks/", response=Response)
    def serve(request):
        return {"blocks": []}

    return api.get_openapi_schema(path_prefix="")


def test_a_new_block_gets_its_schema_typed_to_its_leaves():
    item = stream_item_schema(
        (("camera_site", CameraSiteBlock()), ("heading", blocks.CharBlock()))
    )
    schemas = document_of(item)["components"]["schemas"]
    assert schemas["CameraSiteBlock"]["properties"]["type"]["const"] == "camera_site"
    site = schemas["CameraSiteValue"]["properties"]
    assert site["name"]["type"] == "string"
    assert site["installed"]["anyOf"] == [
        {"format": "date", "type": "string"},
        {"type": "null"},
    ]
    assert site["cameras"]["type"] == "integer"
    assert site["public"]["anyOf"] == [{"type": "boolean"}, {"type": "null"}]
    assert site["kind"]["enum"] == ["fixed", "mobile"]
    assert site["photos"]["items"]["anyOf"][0] == {"$ref": "#/components/schemas/Image"}
    assert site["policy"]["anyOf"][0] == {"$ref": "#/components/schemas/PageLink"}
    notes = site["notes"]["items"]
    assert set(notes["discriminator"]["mapping"]) == {"note", "link"}


def test_a_new_block_delivers_what_its_schema_says(served, rf):
    image = factories.ImageFactory(file__width=8, file__height=6)
    policies = PolicyIndexPage.objects.get()
    block = CameraSiteBlock()
    value = block.to_python(
        {
            "name": "Main St",
            "installed": "2026-02-01",
            "cameras": 3,
            "public": True,
            "kind": "fixed",
            "photos": [image.pk],
            "policy": policies.pk,
            "notes": [{"type": "note", "value": "<p>Faces <b>north</b>.</p>"}],
        }
    )
    delivered = json.loads(
        json.dumps(api_value(block, value, {"request": rf.get("/")}), default=str)
    )
    typed = TypeAdapter(value_schema(block)).validate_python(delivered)
    assert typed.installed == date(2026, 2, 1)
    assert delivered["photos"][0]["id"] == image.pk
    assert delivered["photos"][0]["renditions"]
    assert delivered["policy"]["id"] == policies.pk
    assert delivered["notes"][0]["value"] == "<p>Faces <b>north</b>.</p>"


def test_a_block_that_shapes_its_value_without_a_schema_is_refused():
    class BadgeBlock(blocks.StructBlock):
        label = blocks.CharBlock()

        def get_api_representation(self, value, context=None):
            return {"badge": value["label"].upper()}

    with pytest.raises(BlockWithoutSchema, match="BadgeBlock.*api_schema"):
        stream_item_schema((("badge", BadgeBlock()),))


def test_a_kind_of_block_the_api_cannot_describe_is_refused():
    class ColourBlock(blocks.FieldBlock):
        pass

    with pytest.raises(BlockWithoutSchema, match="ColourBlock"):
        value_schema(ColourBlock())


def test_two_blocks_of_one_name_get_distinct_schemas():
    class HeadingBlock(blocks.StructBlock):  # another plugin's "HeadingBlock"
        caption = blocks.CharBlock()

    HeadingBlock.__module__ = "plugins.gallery.blocks"
    ours = value_schema(block_schemas_heading())
    theirs = value_schema(HeadingBlock())
    assert ours.__name__ == "HeadingValue"
    assert theirs.__name__ == "GalleryHeadingValue"


def block_schemas_heading():
    from blocks import HeadingBlock

    return HeadingBlock()


def test_a_list_field_no_model_has_is_typed_always_empty():
    # Pages without a body deliver ``body: []``: typed as a list that holds
    # nothing (``never[]`` in TypeScript), not as untyped blocks.
    class Detail(Schema):
        body: list[Block] = []

    assert block_list_fields(Detail) == ["body"]
    typed = block_schemas.with_typed_blocks(Detail, [Page])
    field = typed.model_json_schema()["properties"]["body"]
    assert (field["type"], field["maxItems"], field["items"]) == (
        "array",
        0,
        {"not": {}},
    )
    assert typed().model_dump(mode="json") == {"body": []}
    with pytest.raises(pydantic.ValidationError):
        typed(body=[{"type": "paragraph", "value": "<p>Hi</p>"}])
