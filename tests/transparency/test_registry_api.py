import csv
import datetime
import io

import pytest
from django.utils import timezone

from tests import factories

TODAY = timezone.localdate()


@pytest.fixture
def alpr(section_indexes, locales):
    technology = factories.TechnologyFactory(
        name='=HYPERLINK("http://evil")',
        locale=locales["en"],
        collected=[("item", "License plate"), ("item", "Photo of the vehicle")],
        not_collected=[("item", "Faces"), ("item", "People")],
        allowed_uses=[("item", "Stolen vehicles")],
        prohibited_uses=[("item", "Immigration enforcement")],
        hotlist_policy="Staff verify every hit against NCIC before acting.",
        hotlist_sources=[("item", "NCIC")],
        sharing=[
            (
                "agency",
                {
                    "agency": "Lake County Sheriff",
                    "jurisdiction": "Lake County, CA",
                    "direction": "both",
                    "since": datetime.date(2024, 3, 1),
                },
            )
        ],
        usage_stats=[
            (
                "statistic",
                {
                    "label": "Cameras",
                    "value": 24,
                    "unit": "",
                    "period": "",
                    "as_of": TODAY,
                    "source": "Records unit",
                },
            )
        ],
        audits=[
            (
                "audit",
                {
                    "date": datetime.date(2026, 6, 1),
                    "auditor": "City Auditor",
                    "summary": "All searches had a case number.",
                    "report": None,
                },
            )
        ],
    )
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="ALPR policy"
    )
    policy.technologies.add(technology)
    policy.save_revision().publish()
    return technology


def test_registry_json_carries_every_field(client, alpr):
    data = client.get(f"/api/v1/technologies/{alpr.pk}/").json()
    assert data["retention_days"] == 30
    assert data["collected"] == ["License plate", "Photo of the vehicle"]
    assert data["not_collected"] == ["Faces", "People"]
    assert data["allowed_uses"] == ["Stolen vehicles"]
    assert data["prohibited_uses"] == ["Immigration enforcement"]
    assert data["access_policy"]
    assert data["hotlist_policy"].startswith("Staff verify")
    assert data["sharing"] == [
        {
            "agency": "Lake County Sheriff",
            "jurisdiction": "Lake County, CA",
            "direction": "both",
            "since": "2024-03-01",
        }
    ]
    assert data["usage_stats"][0]["value"] == 24
    assert data["usage_stats"][0]["as_of"] == TODAY.isoformat()
    assert data["audits"][0]["auditor"] == "City Auditor"
    assert data["governing_policies"][0]["title"] == "ALPR policy"
    assert data["missing_disclosures"] == []


def test_missing_and_stale_disclosures(client, locales):
    empty = factories.TechnologyFactory(
        locale=locales["en"], retention_days=None, access_policy=""
    )
    data = client.get(f"/api/v1/technologies/{empty.pk}/").json()
    assert data["missing_disclosures"] == [
        "retention_days",
        "access_policy",
        "sharing",
        "usage_stats",
    ]
    stale = factories.TechnologyFactory(
        locale=locales["en"],
        usage_stats=[
            (
                "statistic",
                {
                    "label": "Searches",
                    "value": 3,
                    "unit": "",
                    "period": "",
                    "as_of": TODAY - datetime.timedelta(days=120),
                    "source": "Audit log",
                },
            )
        ],
    )
    assert "usage_stats_stale" in stale.missing_disclosures()


def test_registry_csv_is_formula_injection_safe(client, alpr):
    response = client.get("/api/v1/technologies/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    row = next(r for r in rows if "HYPERLINK" in r["name"])
    assert row["name"].startswith("'=")
    assert row["retention_days"] == "30"
    assert "Lake County Sheriff" in row["sharing"]
    assert row["prohibited_uses"] == "Immigration enforcement"
    assert client.get("/api/v1/technologies/export.csv?locale=xx").status_code == 400


def test_admin_warns_about_missing_disclosures(admin_client, locales):
    technology = factories.TechnologyFactory(locale=locales["en"], retention_days=None)
    response = admin_client.get(
        f"/admin/snippets/trust_transparency/technology/edit/{technology.pk}/"
    )
    assert response.status_code == 200
    assert b"The public expects to see these" in response.content
    assert b"retention" in response.content.lower()
