"""Registry blocks: sharing agreements, usage statistics and audits."""

import datetime

import pytest
from wagtail.test.utils import wagtail_factories

from plugins.transparency.blocks import AuditBlock, SharingBlock, UsageStatisticBlock

REQUIRED = {"messages": ["This field is required."]}


class TestSharingBlock:
    block = SharingBlock()

    def test_accepts_an_agreement(self):
        value = self.block.clean(
            self.block.to_python(
                {
                    "agency": "Lake County Sheriff",
                    "jurisdiction": "Lake County, CA",
                    "direction": "inbound",
                    "since": "2024-01-01",
                }
            )
        )
        assert value["since"] == datetime.date(2024, 1, 1)

    def test_sharing_is_outbound_unless_told(self):
        assert self.block.get_default()["direction"] == "outbound"

    def test_requires_agency_jurisdiction_and_start_date(self, block_errors):
        errors = block_errors(self.block, {"direction": "both"})
        assert errors == {
            "blockErrors": {
                "agency": REQUIRED,
                "jurisdiction": REQUIRED,
                "since": REQUIRED,
            }
        }

    def test_refuses_an_unknown_direction(self, block_errors):
        errors = block_errors(
            self.block,
            {
                "agency": "A",
                "jurisdiction": "B",
                "direction": "sold",
                "since": "2024-01-01",
            },
        )
        assert errors["blockErrors"]["direction"]["messages"] == [
            "Select a valid choice. sold is not one of the available choices."
        ]


class TestUsageStatisticBlock:
    block = UsageStatisticBlock()

    def statistic(self, value):
        return {
            "label": "Cameras deployed",
            "value": value,
            "unit": "cameras",
            "period": "",
            "as_of": "2026-10-01",
            "source": "Fleet inventory",
        }

    def test_refuses_a_negative_count(self, block_errors):
        errors = block_errors(self.block, self.statistic("-4"))
        assert errors == {
            "blockErrors": {"value": {"messages": ["A count cannot be negative."]}}
        }

    @pytest.mark.parametrize(("raw", "expected"), [("42", 42), ("2.5", 2.5)])
    def test_api_value_is_a_number(self, raw, expected):
        representation = self.block.get_api_representation(
            self.block.to_python(self.statistic(raw))
        )
        assert representation["value"] == expected
        assert type(representation["value"]) is type(expected)

    def test_renders_like_a_statistic(self):
        html = self.block.render(self.block.to_python(self.statistic("42")))
        assert "<strong>42</strong> cameras" in html


class TestAuditBlock:
    block = AuditBlock()

    def test_api_representation_with_a_report(self, db):
        report = wagtail_factories.DocumentFactory(title="2025 audit")
        value = self.block.to_python(
            {
                "date": "2026-02-01",
                "auditor": "City Auditor",
                "summary": "All 400 sampled searches had a case number.",
                "report": report.pk,
            }
        )
        assert self.block.get_api_representation(value) == {
            "date": "2026-02-01",
            "auditor": "City Auditor",
            "summary": "All 400 sampled searches had a case number.",
            "document": report.url,
        }

    def test_the_report_is_optional(self, db):
        value = self.block.clean(
            self.block.to_python(
                {
                    "date": "2026-02-01",
                    "auditor": "City Auditor",
                    "summary": "No findings.",
                    "report": None,
                }
            )
        )
        assert self.block.get_api_representation(value)["document"] is None

    def test_requires_date_auditor_and_summary(self, db, block_errors):
        errors = block_errors(self.block, {"report": None})
        assert errors == {
            "blockErrors": {
                "date": REQUIRED,
                "auditor": REQUIRED,
                "summary": REQUIRED,
            }
        }
