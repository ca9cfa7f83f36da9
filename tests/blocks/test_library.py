"""The block library every page body offers."""

from blocks import content_blocks


def test_every_page_body_offers_the_designed_blocks():
    assert [name for name, _block in content_blocks()] == [
        "heading",
        "paragraph",
        "callout",
        "image",
        "embed",
        "quote",
        "steps",
        "dos_and_donts",
        "statistic",
        "document",
        "related_content",
        "contact",
        "table",
    ]


def test_every_block_renders_with_its_own_template():
    for name, block in content_blocks():
        assert block.meta.template == f"blocks/{name}.html", name
