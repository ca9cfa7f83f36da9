"""Data blocks: statistics and tables."""

import datetime

import pytest

from blocks import StatisticBlock, TableBlock


def statistic(value="12", **fields):
    return {
        "label": "Plate reads checked by auditors",
        "value": value,
        "unit": "reads",
        "period": "Last 30 days",
        "as_of": "2026-10-01",
        "source": "Vendor audit log",
        **fields,
    }


class TestStatisticBlock:
    block = StatisticBlock()

    def test_refuses_a_negative_count(self, block_errors):
        errors = block_errors(self.block, statistic("-1"))
        assert errors == {
            "blockErrors": {"value": {"messages": ["A count cannot be negative."]}}
        }

    def test_accepts_zero(self):
        value = self.block.clean(self.block.to_python(statistic("0")))
        assert value["value"] == 0

    @pytest.mark.parametrize("field", ["label", "value", "as_of", "source"])
    def test_requires_what_a_reader_needs_to_check_the_figure(
        self, field, block_errors
    ):
        errors = block_errors(self.block, statistic(**{field: None}))
        assert errors == {
            "blockErrors": {field: {"messages": ["This field is required."]}}
        }

    def test_unit_and_period_are_optional(self):
        value = self.block.clean(self.block.to_python(statistic(unit="", period="")))
        assert value["unit"] == ""

    @pytest.mark.parametrize(
        ("raw", "expected"),
        [("12", 12), ("12.00", 12), ("12.5", 12.5), ("0.25", 0.25)],
    )
    def test_api_value_is_an_int_when_whole_and_a_float_otherwise(self, raw, expected):
        representation = self.block.get_api_representation(
            self.block.to_python(statistic(raw))
        )
        assert representation["value"] == expected
        assert type(representation["value"]) is type(expected)

    def test_api_representation_shape(self):
        representation = self.block.get_api_representation(
            self.block.to_python(statistic("3"))
        )
        assert representation == {
            "label": "Plate reads checked by auditors",
            "value": 3,
            "unit": "reads",
            "period": "Last 30 days",
            "as_of": datetime.date(2026, 10, 1),
            "source": "Vendor audit log",
        }

    def test_renders_value_unit_date_and_source(self):
        html = self.block.render(self.block.to_python(statistic("12.00")))
        assert "<strong>12</strong> reads" in html
        assert "<small>2026-10-01, Vendor audit log</small>" in html


class TestTableBlock:
    block = TableBlock()

    def table(self, header):
        return {
            "data": [["Year", "Searches"], ["2025", "410"], ["2026", "388"]],
            "first_row_is_table_header": header,
            "first_col_is_header": False,
            "table_caption": "Searches per year",
        }

    def test_api_representation_splits_the_header_row(self):
        assert self.block.get_api_representation(self.table(header=True)) == {
            "caption": "Searches per year",
            "header": ["Year", "Searches"],
            "rows": [["2025", "410"], ["2026", "388"]],
        }

    def test_api_representation_without_a_header_row(self):
        representation = self.block.get_api_representation(self.table(header=False))
        assert representation["header"] == []
        assert len(representation["rows"]) == 3

    def test_api_representation_of_an_empty_table(self):
        assert self.block.get_api_representation(None) == {
            "caption": "",
            "header": [],
            "rows": [],
        }

    def test_renders_header_cells_and_caption(self):
        html = self.block.render(self.table(header=True))
        assert "<caption>Searches per year</caption>" in html
        assert '<th scope="col">Year</th>' in html
        assert "<td>2025</td>" in html
