"""Data blocks: statistics and tables."""

from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from ninja import Schema
from pydantic import Field
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock


class StatisticValue(Schema):
    label: str
    value: int | float | None
    unit: str
    period: str
    as_of: date | None
    source: str


class TableValue(Schema):
    caption: str
    header: list[str | None] = Field(description="Empty when it has no header row.")
    rows: list[list[str | None]]


class StatisticBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=160, help_text=_("What is counted."))
    value = blocks.DecimalBlock(decimal_places=2, max_digits=14)
    unit = blocks.CharBlock(max_length=40, required=False)
    period = blocks.CharBlock(
        max_length=80, required=False, help_text=_("For example 'Last 30 days'.")
    )
    as_of = blocks.DateBlock(help_text=_("The date the figure was taken."))
    source = blocks.CharBlock(
        max_length=200,
        help_text=_("Where the figure comes from, so readers can check."),
    )

    def clean(self, value):
        value = super().clean(value)
        if value.get("value") is not None and value["value"] < 0:
            raise StructBlockValidationError(
                block_errors={
                    "value": ValidationError(_("A count cannot be negative."))
                }
            )
        return value

    api_schema = StatisticValue

    def get_api_representation(self, value, context=None):
        representation = super().get_api_representation(value, context)
        number = value.get("value")
        if number is not None:
            representation["value"] = (
                int(number) if number == number.to_integral() else float(number)
            )
        return representation

    class Meta:
        icon = "table"
        template = "blocks/statistic.html"


class TableBlock(WagtailTableBlock):
    api_schema = TableValue

    def get_api_representation(self, value, context=None):
        value = value or {}
        rows = value.get("data") or []
        has_header = bool(value.get("first_row_is_table_header"))
        return {
            "caption": value.get("table_caption") or "",
            "header": rows[0] if has_header and rows else [],
            "rows": rows[1:] if has_header else rows,
        }

    class Meta:
        icon = "table"
        template = "blocks/table.html"
