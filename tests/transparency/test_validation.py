"""Technology registry entries: retention rules and the missing-disclosure check."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from plugins.transparency.models import Technology
from tests import factories

TODAY = datetime.date(2026, 6, 15)


def usage_statistic(as_of):
    return {
        "type": "statistic",
        "value": {
            "label": "Plate reads",
            "value": "120000",
            "unit": "reads",
            "period": "Last 30 days",
            "as_of": as_of.isoformat(),
            "source": "Vendor dashboard",
        },
    }


def sharing_agreement():
    return {
        "type": "agency",
        "value": {
            "agency": "Lake County Sheriff",
            "jurisdiction": "Lake County, CA",
            "direction": "both",
            "since": "2024-01-01",
        },
    }


@pytest.fixture
def technology(locales):
    return factories.TechnologyFactory(
        locale=locales["en"],
        retention_days=30,
        access_policy="Every search needs a case number.",
        sharing=[sharing_agreement()],
        usage_stats=[usage_statistic(TODAY - datetime.timedelta(days=10))],
    )


class TestRetention:
    def test_negative_retention_is_refused(self, technology):
        technology.retention_days = -1
        with pytest.raises(ValidationError) as excinfo:
            technology.full_clean()
        assert excinfo.value.message_dict == {
            "retention_days": ["Retention cannot be negative: use 0 for none."]
        }

    @pytest.mark.parametrize("days", [0, 30, 3650])
    def test_zero_or_more_days_is_valid(self, technology, days):
        technology.retention_days = days
        technology.full_clean()

    def test_retention_may_be_undisclosed(self, technology):
        technology.retention_days = None
        technology.full_clean()


class TestMissingDisclosures:
    def test_a_complete_entry_misses_nothing(self, technology):
        assert technology.missing_disclosures(today=TODAY) == []

    def test_an_empty_entry_misses_every_disclosure(self, locales):
        technology = Technology(
            name="Drone",
            kind="drone",
            description="A camera drone.",
            locale=locales["en"],
        )
        assert technology.missing_disclosures(today=TODAY) == [
            "retention_days",
            "access_policy",
            "sharing",
            "usage_stats",
        ]

    def test_zero_retention_is_a_disclosure(self, technology):
        technology.retention_days = 0
        assert technology.missing_disclosures(today=TODAY) == []

    def test_a_blank_access_policy_is_missing(self, technology):
        technology.access_policy = "   \n"
        assert technology.missing_disclosures(today=TODAY) == ["access_policy"]

    @pytest.mark.parametrize(("age", "stale"), [(90, False), (91, True)])
    def test_statistics_older_than_90_days_are_stale(self, technology, age, stale):
        technology.usage_stats = [usage_statistic(TODAY - datetime.timedelta(days=age))]
        expected = ["usage_stats_stale"] if stale else []
        assert technology.missing_disclosures(today=TODAY) == expected

    def test_the_newest_statistic_decides_staleness(self, technology):
        technology.usage_stats = [
            usage_statistic(TODAY - datetime.timedelta(days=400)),
            usage_statistic(TODAY - datetime.timedelta(days=5)),
        ]
        assert technology.missing_disclosures(today=TODAY) == []

    def test_uses_today_by_default(self, technology, monkeypatch):
        monkeypatch.setattr(
            "django.utils.timezone.localdate",
            lambda: TODAY + datetime.timedelta(days=200),
        )
        assert technology.missing_disclosures() == ["usage_stats_stale"]
