"""The StreamField block library. No models: every block has a typed API shape."""

from blocks.data import StatisticBlock, TableBlock
from blocks.media import (
    DocumentBlock,
    EmbedBlock,
    ImageBlock,
    image_representation,
    load_renditions,
    rendition_widths,
)
from blocks.structure import (
    ContactBlock,
    DosAndDontsBlock,
    PolicySectionBlock,
    RelatedContentBlock,
    StepBlock,
    StepsBlock,
)
from blocks.text import CalloutBlock, HeadingBlock, ParagraphBlock, QuoteBlock


def content_blocks():
    """The blocks every page body offers, as (name, block) pairs for a StreamBlock."""
    return [
        ("heading", HeadingBlock()),
        ("paragraph", ParagraphBlock()),
        ("callout", CalloutBlock()),
        ("image", ImageBlock()),
        ("embed", EmbedBlock()),
        ("quote", QuoteBlock()),
        ("steps", StepsBlock()),
        ("dos_and_donts", DosAndDontsBlock()),
        ("statistic", StatisticBlock()),
        ("document", DocumentBlock()),
        ("related_content", RelatedContentBlock()),
        ("contact", ContactBlock()),
        ("table", TableBlock()),
    ]


__all__ = [
    "CalloutBlock",
    "ContactBlock",
    "DocumentBlock",
    "DosAndDontsBlock",
    "EmbedBlock",
    "HeadingBlock",
    "ImageBlock",
    "ParagraphBlock",
    "PolicySectionBlock",
    "QuoteBlock",
    "RelatedContentBlock",
    "StatisticBlock",
    "StepBlock",
    "StepsBlock",
    "TableBlock",
    "content_blocks",
    "image_representation",
    "load_renditions",
    "rendition_widths",
]
