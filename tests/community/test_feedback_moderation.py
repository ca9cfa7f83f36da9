"""Moderating feedback in the admin: listing, filters, editing and safe exports."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from openpyxl import load_workbook

from cms.exports import neutralize_formula
from plugins.community.models import FeedbackSubmission, Status
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403

INDEX = "feedback:index"


@pytest.fixture
def submissions(db):
    return {
        "concern": factories.FeedbackSubmissionFactory(
            topic="concern", message="Speeding on Elm Street.", name="Ann Lee"
        ),
        "compliment": factories.FeedbackSubmissionFactory(
            topic="compliment", message="Thanks to Officer Ruiz.", status="reviewed"
        ),
        "spam": factories.FeedbackSubmissionFactory(
            topic="general", message="Cheap pills", status="spam"
        ),
    }


def listed(response):
    assert response.status_code == 200, response.status_code
    return {item.reference for item in response.context["object_list"]}


def test_staff_see_every_submission(admin_client, submissions):
    response = admin_client.get(reverse(INDEX))

    assert listed(response) == {s.reference for s in submissions.values()}
    assert "Speeding on Elm Street." in response.text
    assert "Concern" in response.text


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=spam", {"spam"}),
        ("status=new", {"concern"}),
        ("topic=compliment", {"compliment"}),
        ("q=Elm", {"concern"}),
    ],
)
def test_staff_filter_and_search(admin_client, submissions, query, expected):
    response = admin_client.get(f"{reverse(INDEX)}?{query}")

    assert listed(response) == {submissions[key].reference for key in expected}


def test_filter_by_assignee_and_date(admin_client, submissions, admin_user):
    concern = submissions["concern"]
    concern.assignee = admin_user
    concern.save()
    FeedbackSubmission.objects.filter(pk=submissions["spam"].pk).update(
        created_at="2025-01-15T12:00:00Z"
    )

    assigned = admin_client.get(f"{reverse(INDEX)}?assignee={admin_user.pk}")
    unassigned = admin_client.get(f"{reverse(INDEX)}?unassigned=true")
    old = admin_client.get(
        f"{reverse(INDEX)}?created_at_from=2025-01-01&created_at_to=2025-01-31"
    )

    assert listed(assigned) == {concern.reference}
    assert listed(unassigned) == {
        submissions["compliment"].reference,
        submissions["spam"].reference,
    }
    assert listed(old) == {submissions["spam"].reference}


def edit_data(**overrides):
    data = {"status": "reviewed", "assignee": "", "notes": "", "award": ""}
    data.update(overrides)
    return data


def test_staff_moderate_a_submission(admin_client, submissions, admin_user):
    concern = submissions["concern"]
    url = reverse("feedback:edit", args=[concern.pk])
    assert admin_client.get(url).status_code == 200

    response = admin_client.post(
        url,
        edit_data(
            status="responded",
            assignee=admin_user.pk,
            notes="Called back; traffic unit informed.",
            # What the resident sent cannot be changed.
            message="Rewritten by staff",
            name="Someone else",
        ),
    )

    assert response.status_code == 302, response.context["form"].errors
    concern.refresh_from_db()
    assert concern.status == Status.RESPONDED
    assert concern.assignee == admin_user
    assert concern.notes == "Called back; traffic unit informed."
    assert concern.message == "Speeding on Elm Street."
    assert concern.name == "Ann Lee"


@pytest.mark.parametrize("status", ["new", "reviewed", "responded", "spam"])
def test_every_status_can_be_set(admin_client, submissions, status):
    concern = submissions["concern"]

    response = admin_client.post(
        reverse("feedback:edit", args=[concern.pk]), edit_data(status=status)
    )

    assert response.status_code == 302
    concern.refresh_from_db()
    assert concern.status == status


def test_nobody_adds_submissions_in_the_admin(admin_client, db):
    index = admin_client.get(reverse(INDEX))
    add_url = reverse("feedback:add")

    assert add_url not in index.text
    assert admin_client.get(add_url).status_code in {302, 403}
    admin_client.post(add_url, {"topic": "general", "message": "Made up"})
    assert not FeedbackSubmission.objects.exists()


def test_users_without_permission_cannot_see_feedback(client, submissions):
    editor = get_user_model().objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.get(reverse(INDEX))

    assert response.status_code in {302, 403}
    assert b"Speeding" not in response.content


def test_a_moderator_group_can_be_given_access(client, submissions):
    moderators = Group.objects.create(name="Feedback moderators")
    moderators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_feedbacksubmission"),
        Permission.objects.get(codename="change_feedbacksubmission"),
    )
    moderator = get_user_model().objects.create_user("moderator", password="pw")
    moderator.groups.add(moderators)
    client.force_login(moderator)

    assert client.get(reverse(INDEX)).status_code == 200


ATTACKS = [
    '=HYPERLINK("http://evil.example","Click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("value", ATTACKS)
def test_formula_prefixes_are_neutralized(value):
    assert neutralize_formula(value) == f"'{value}"


def test_plain_values_are_left_alone():
    assert neutralize_formula("Thanks, officer") == "Thanks, officer"
    assert neutralize_formula("555-0100") == "555-0100"
    assert neutralize_formula(42) == 42
    assert neutralize_formula(None) is None


@pytest.fixture
def hostile(db):
    return factories.FeedbackSubmissionFactory(
        topic="concern",
        message=ATTACKS[0],
        name=ATTACKS[2],
        phone=ATTACKS[1],
        email="eve@example.org",
        notes=ATTACKS[3],
    )


def test_the_csv_export_is_formula_safe(admin_client, hostile):
    response = admin_client.get(f"{reverse(INDEX)}?export=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == 1
    row = rows[0]
    assert row["Reference"] == hostile.reference
    assert row["Topic"] == "Concern"
    assert row["Message"] == f"'{ATTACKS[0]}"
    assert row["Name"] == f"'{ATTACKS[2]}"
    assert row["Phone"] == f"'{ATTACKS[1]}"
    assert row["Notes"] == f"'{ATTACKS[3]}"
    assert row["Email"] == "eve@example.org"
    for cell in row.values():
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_the_xlsx_export_is_formula_safe(admin_client, hostile):
    response = admin_client.get(f"{reverse(INDEX)}?export=xlsx")

    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    headings = [cell.value for cell in sheet[1]]
    row = dict(zip(headings, list(sheet[2]), strict=True))
    assert row["Message"].value == f"'{ATTACKS[0]}"
    assert row["Name"].value == f"'{ATTACKS[2]}"
    for cell in row.values():
        assert cell.data_type != "f"
        if isinstance(cell.value, str):
            assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))


def test_the_export_follows_the_filters(admin_client, submissions):
    response = admin_client.get(f"{reverse(INDEX)}?export=csv&status=spam")

    body = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert [row["Reference"] for row in rows] == [submissions["spam"].reference]


def test_edits_are_logged_by_reference_not_by_name(admin_client, submissions):
    from wagtail.models import ModelLogEntry

    concern = submissions["concern"]
    admin_client.post(reverse("feedback:edit", args=[concern.pk]), edit_data())

    entry = ModelLogEntry.objects.get(object_id=str(concern.pk))
    assert entry.label == concern.reference
    assert "Ann Lee" not in str(entry.data)


# Control characters stored before feedback refused them ---------------------------

ESCAPE_CODES = "a\u0007\u001b[31mred"


@pytest.fixture
def moderator_client(client, db):
    moderators = Group.objects.create(name="Feedback moderators")
    moderators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_feedbacksubmission"),
    )
    moderator = get_user_model().objects.create_user("moderator", password="pw")
    moderator.groups.add(moderators)
    client.force_login(moderator)
    return client


@pytest.fixture
def stored_before_the_rule(db):
    """A row with what the API accepted before control characters were refused,
    and every other character XLSX cannot hold."""
    return factories.FeedbackSubmissionFactory(
        topic="concern",
        message=ESCAPE_CODES,
        # (PostgreSQL stores no NUL, so none was ever stored.)
        name="Eve\x01\x08\x0b\x0c\x0e\x1f",
        phone="555\ufffe0100\uffff",
        notes="=1+1\x1b",
    )


def export(client, export_format):
    response = client.get(f"{reverse('feedback:index')}?export={export_format}")
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content)


def test_the_xlsx_export_is_written_whatever_was_stored(
    moderator_client, stored_before_the_rule
):
    workbook = load_workbook(io.BytesIO(export(moderator_client, "xlsx")))

    rows = list(workbook.active.iter_rows(values_only=True))
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Reference"] == stored_before_the_rule.reference
    assert row["Message"] == "a\ufffd\ufffd[31mred"
    assert row["Name"] == "Eve" + "\ufffd" * 6
    assert row["Phone"] == "555\ufffd0100\ufffd"
    # Still formula-safe once cleaned.
    assert row["Notes"] == "'=1+1\ufffd"


def test_the_csv_export_agrees_with_the_xlsx(moderator_client, stored_before_the_rule):
    text = export(moderator_client, "csv").decode()

    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["Message"] == "a\ufffd\ufffd[31mred"
    assert row["Notes"] == "'=1+1\ufffd"
