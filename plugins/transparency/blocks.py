"""Registry blocks: the structured parts of a technology entry."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from blocks import StatisticBlock
from cms.media_urls import absolute_media_url


class SharingBlock(blocks.StructBlock):
    agency = blocks.CharBlock(max_length=200)
    jurisdiction = blocks.CharBlock(
        max_length=120,
        help_text=_("City, county or state, for example 'Lake County, CA'."),
    )
    direction = blocks.ChoiceBlock(
        choices=[
            ("outbound", _("We share with them")),
            ("inbound", _("They share with us")),
            ("both", _("Both ways")),
        ],
        default="outbound",
    )
    since = blocks.DateBlock(help_text=_("When the sharing began."))

    class Meta:
        icon = "group"


class UsageStatisticBlock(StatisticBlock):
    """A usage figure such as cameras deployed or searches in the last 30 days."""

    class Meta:
        icon = "table"


class AuditBlock(blocks.StructBlock):
    date = blocks.DateBlock()
    auditor = blocks.CharBlock(max_length=200)
    summary = blocks.TextBlock(help_text=_("What was checked and what was found."))
    report = DocumentChooserBlock(required=False)

    def get_api_representation(self, value, context=None):
        report = value.get("report")
        return {
            "date": value["date"].isoformat() if value.get("date") else None,
            "auditor": value.get("auditor"),
            "summary": value.get("summary"),
            "document": absolute_media_url(report.url) if report else None,
        }

    class Meta:
        icon = "doc-full"
