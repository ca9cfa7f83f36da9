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


def alpr_policy_path(technology):
    return technology.governing_policies.get().url


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
    assert data["governing_policies"][0]["path"] == alpr_policy_path(alpr)
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


def test_registry_csv_drops_a_technology_once_its_expiry_passes(client, locales):
    # No signal fires when expire_at passes: the kept CSV must end there, as
    # every API response does, and a CDN may keep it no longer than them.
    from unittest import mock

    from django.conf import settings

    factories.TechnologyFactory(name="Body-worn cameras", locale=locales["en"])
    soon = timezone.now() + datetime.timedelta(hours=1)
    factories.TechnologyFactory(
        name="Temporary drone pilot", locale=locales["en"], expire_at=soon
    )
    response = client.get("/api/v1/technologies/export.csv")
    assert b"Temporary drone pilot" in response.content
    assert response["Cache-Control"] == settings.CMS_API_CACHE_CONTROL

    later = soon + datetime.timedelta(hours=1)
    # An hour after the expiry, for the database filter and the cache's clock.
    with (
        mock.patch("django.utils.timezone.now", return_value=later),
        mock.patch("time.time", return_value=later.timestamp()),
    ):
        exported = client.get("/api/v1/technologies/export.csv").content.decode()
    assert "Body-worn cameras" in exported
    assert "Temporary drone pilot" not in exported


def test_admin_warns_about_missing_disclosures(admin_client, locales):
    technology = factories.TechnologyFactory(locale=locales["en"], retention_days=None)
    response = admin_client.get(
        f"/admin/snippets/trust_transparency/technology/edit/{technology.pk}/"
    )
    assert response.status_code == 200
    assert b"The public expects to see these" in response.content
    assert b"retention" in response.content.lower()


def schema_of(document, name):
    schema = document["components"]["schemas"][name]
    while "$ref" in schema:
        schema = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def property_schemas(document, name):
    """Each property of a component, with ``allOf``/``anyOf`` wrappers kept."""
    return schema_of(document, name)["properties"]


# Self-evident from their names: no description required.
PLAIN_NAMES = {"id", "type", "name", "title"}


def test_the_schema_types_and_describes_every_registry_field(client, db):
    from plugins.transparency.models import Technology

    document = client.get("/api/v1/openapi.json").json()
    detail = property_schemas(document, "TechnologyDetail")
    shown = {field.field_name for field in Technology.translatable_fields}

    # Every field residents should see is delivered; of the rest of the model
    # only identifiers and the governing policies, never its drafts, revisions,
    # locks or workflow.
    assert shown <= set(detail)
    others = {f.name for f in Technology._meta.get_fields()} - shown
    assert others & set(detail) == {
        "id",
        "locale",
        "translation_key",
        "governing_policies",
    }
    assert {"live", "latest_revision", "has_unpublished_changes"} <= others
    for component in ("TechnologyDetail", "Sharing", "Audit", "UsageStatistic"):
        for name, schema in property_schemas(document, component).items():
            if name not in PLAIN_NAMES:
                assert schema.get("description"), f"{component}.{name}"
    assert set(schema_of(document, "Sharing")["required"]) == {
        "agency",
        "jurisdiction",
        "direction",
        "since",
    }
    direction = property_schemas(document, "Sharing")["direction"]
    assert direction["enum"] == ["outbound", "inbound", "both"]


def test_audits_come_newest_first_and_an_undated_one_last(client, locales):
    def audit(day, auditor):
        return (
            "audit",
            {"date": day, "auditor": auditor, "summary": "Checked.", "report": None},
        )

    technology = factories.TechnologyFactory(
        locale=locales["en"],
        audits=[
            audit(datetime.date(2024, 5, 1), "First"),
            audit(None, "Undated"),
            audit(datetime.date(2026, 5, 1), "Latest"),
        ],
    )

    data = client.get(f"/api/v1/technologies/{technology.pk}/").json()

    assert [a["auditor"] for a in data["audits"]] == ["Latest", "First", "Undated"]


def test_an_unpublished_entry_is_not_served(client, locales):
    draft = factories.TechnologyFactory(locale=locales["en"], live=False)

    assert client.get(f"/api/v1/technologies/{draft.pk}/").status_code == 404
    listed = client.get("/api/v1/technologies/").json()["items"]
    assert draft.pk not in [item["id"] for item in listed]
