import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests import factories

TODAY = timezone.localdate()


@pytest.fixture
def alpr_policy(section_indexes, locales):
    technology = factories.TechnologyFactory(
        kind="license_plate_reader", locale=locales["en"]
    )
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="License-plate readers",
        body=[
            factories.section(
                "1", "Purpose", "Finding stolen cars.", ["authorized_purposes"]
            ),
            factories.section(
                "2", "Access", "Trained staff only.", ["access_and_training"]
            ),
            factories.section(
                "3", "Retention", "30 days.", ["retention_and_destruction"]
            ),
        ],
    )
    policy.technologies.add(technology)
    policy.save_revision().publish()
    return policy


def test_completeness_lists_missing_elements(alpr_policy):
    result = alpr_policy.completeness()
    assert result["law"] == "California Civil Code 1798.90.51"
    assert result["score"] == 43  # 3 of 7
    assert result["missing"] == [
        "monitoring_and_audit",
        "sharing_and_sale",
        "custodian",
        "accuracy_and_correction",
    ]


def test_completeness_in_the_api_and_the_editor(client, admin_client, alpr_policy):
    data = client.get(f"/api/v1/policies/{alpr_policy.pk}/").json()
    assert data["completeness"]["score"] == 43
    assert "custodian" in data["completeness"]["missing"]
    edit = admin_client.get(f"/admin/pages/{alpr_policy.pk}/edit/")
    assert b"Completeness: 43%" in edit.content
    assert b"The custodian&#x27;s title" in edit.content or b"custodian" in edit.content


def test_the_api_checks_completeness_against_public_technologies_only(
    client, settings, alpr_policy, locales
):
    """A draft technology linked to the policy would name, through the law
    the check applies, a kind of technology the agency has not published."""
    settings.CMS_POLICY_ELEMENT_LISTS = {
        "drones": {
            "law": "Drone ordinance",
            "applies_to": ["drone"],
            "elements": [("authorized_purposes", "Purposes")],
        },
        "plates": {
            "law": "Plate reader law",
            "applies_to": ["license_plate_reader"],
            "elements": [("authorized_purposes", "Purposes")],
        },
    }
    drone = factories.TechnologyFactory(kind="drone", locale=locales["en"], live=False)
    alpr_policy.technologies.add(drone)
    alpr_policy.save_revision().publish()

    data = client.get(f"/api/v1/policies/{alpr_policy.pk}/").json()

    assert data["completeness"]["law"] == "Plate reader law"
    assert drone.pk not in {technology["id"] for technology in data["technologies"]}


def test_element_lists_are_data(settings, alpr_policy):
    settings.CMS_POLICY_ELEMENT_LISTS = {
        "wa": {
            "law": "Washington RCW 10.xx (example)",
            "applies_to": ["license_plate_reader"],
            "elements": [
                ("authorized_purposes", "Purposes"),
                ("public_reporting", "Report"),
            ],
        }
    }
    result = alpr_policy.completeness()
    assert result["law"].startswith("Washington")
    assert result["missing"] == ["public_reporting"]
    assert result["score"] == 50


def test_non_technology_policies_have_no_completeness(section_indexes):
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], category="use_of_force"
    )
    assert policy.completeness() is None


def test_policy_reviews_due_command(section_indexes, capsys):
    factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Due soon",
        effective_date=TODAY - datetime.timedelta(days=400),
        next_review_due=TODAY + datetime.timedelta(days=10),
    )
    call_command("policy_reviews_due")
    assert "due soon" in capsys.readouterr().out

    factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Overdue",
        effective_date=TODAY - datetime.timedelta(days=800),
        next_review_due=TODAY - datetime.timedelta(days=5),
    )
    with pytest.raises(CommandError) as error:
        call_command("policy_reviews_due")
    assert error.value.returncode == 2
    out = capsys.readouterr().out
    assert "OVERDUE" in out and "Overdue" in out

    with pytest.raises(CommandError):
        call_command("policy_reviews_due", "--days=-1")


def test_policy_reviews_report(admin_client, section_indexes):
    factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Body-worn cameras",
        effective_date=TODAY - datetime.timedelta(days=800),
        next_review_due=TODAY - datetime.timedelta(days=1),
    )
    factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Far future",
        next_review_due=TODAY + datetime.timedelta(days=300),
    )
    response = admin_client.get("/admin/reports/policy-reviews/")
    assert response.status_code == 200
    assert b"Body-worn cameras" in response.content
    assert b"Far future" not in response.content
    export = admin_client.get("/admin/reports/policy-reviews/?export=csv")
    assert export.status_code == 200
    assert b"Body-worn cameras" in b"".join(export.streaming_content)
