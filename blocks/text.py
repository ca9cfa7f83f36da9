"""Text blocks: headings, paragraphs, callouts and quotes."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=160, label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", "H2"), ("h3", "H3"), ("h4", "H4")],
        default="h2",
        help_text=_("Use H2 for main sections and H3 or H4 inside them."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph.html"


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        choices=[
            ("info", _("Information")),
            ("warning", _("Warning")),
            ("success", _("Success")),
        ],
        default="info",
    )
    title = blocks.CharBlock(max_length=120, required=False)
    body = blocks.RichTextBlock(features=["bold", "italic", "link"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(help_text=_("What the person said, in their words."))
    attribution = blocks.CharBlock(
        max_length=120,
        required=False,
        help_text=_(
            "A name or a description such as 'Neighborhood watch captain'. "
            "Never name victims or minors."
        ),
    )
    role = blocks.CharBlock(max_length=120, required=False)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
