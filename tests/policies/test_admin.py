"""Adding and editing policies and the policy index through the Wagtail admin."""

import datetime

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from plugins.policies.models import PolicyIndexPage, PolicyPage
from tests import factories
from tests.policies.form_data import policy_form, policy_index_form


@pytest.fixture
def policy_index(section_indexes):
    return section_indexes["policies"]


def test_add_the_policy_index(page_admin, home_page):
    index = page_admin.create(
        home_page,
        PolicyIndexPage,
        nested_form_data(
            {
                "title": "Policies",
                "slug": "policies",
                "summary": "The rules we follow.",
                "intro": "Every policy in force.",
            }
        ),
    )
    assert index.live
    assert index.intro == "Every policy in force."


def test_add_a_policy(page_admin, policy_index):
    policy = page_admin.create(policy_index, PolicyPage, policy_form())
    assert policy.live
    assert policy.policy_number == "462"
    assert policy.effective_date == datetime.date(2026, 1, 1)
    section = policy.sections()[0]
    assert (section["number"], section["title"]) == ("1", "Purpose")
    assert list(section["covers"]) == ["authorized_purposes", "custodian"]
    assert sorted(tag.name for tag in policy.tags.all()) == ["alpr", "privacy"]


def test_add_a_policy_that_governs_a_technology(page_admin, policy_index, locales):
    technology = factories.TechnologyFactory(locale=locales["en"])
    policy = page_admin.create(
        policy_index, PolicyPage, policy_form(technologies=[technology.pk])
    )
    assert list(policy.technologies.all()) == [technology]


def test_save_a_policy_as_a_draft(page_admin, policy_index):
    policy = page_admin.create(policy_index, PolicyPage, policy_form(), publish=False)
    assert not policy.live


def test_edit_a_policy(page_admin, policy_index):
    policy = page_admin.create(policy_index, PolicyPage, policy_form())
    page_admin.edit(
        policy,
        policy_form(
            last_reviewed="2026-06-01",
            tags="alpr",
            version_kind="minor",
            change_note="Reviewed; no change to the rules.",
        ),
        publish=True,
    )
    policy.refresh_from_db()
    assert policy.last_reviewed == datetime.date(2026, 6, 1)
    assert [tag.name for tag in policy.tags.all()] == ["alpr"]


def test_editing_keeps_a_draft_beside_the_live_version(page_admin, policy_index):
    policy = page_admin.create(policy_index, PolicyPage, policy_form())
    draft = page_admin.edit(policy, policy_form(title="ALPR (revised)"))
    policy.refresh_from_db()
    assert draft.title == "ALPR (revised)"
    assert policy.title == "License-plate readers"
    assert policy.has_unpublished_changes


@pytest.mark.parametrize(
    ("fields", "errors"),
    [
        (
            {"next_review_due": "2025-12-31"},
            {
                "next_review_due": [
                    "The next review must come after the effective date."
                ]
            },
        ),
        (
            {
                "status": "draft_for_comment",
                "comment_opens": "2026-03-31",
                "comment_closes": "2026-03-01",
            },
            {"comment_closes": ["The comment period must close after it opens."]},
        ),
        (
            {"status": "draft_for_comment"},
            {
                "comment_opens": [
                    "A draft for public comment needs the dates its comment period "
                    "opens and closes."
                ]
            },
        ),
    ],
)
def test_the_editor_sees_why_a_policy_cannot_be_published(
    page_admin, policy_index, fields, errors
):
    response = page_admin.post_create(policy_index, PolicyPage, policy_form(**fields))
    assert page_admin.form_errors(response) == errors
    assert not PolicyPage.objects.exists()


def test_a_policy_needs_a_body(page_admin, policy_index):
    response = page_admin.post_create(
        policy_index, PolicyPage, policy_form(body=streamfield([]))
    )
    assert page_admin.form_errors(response) == {
        "body": [{"messages": ["This field is required."]}]
    }


def test_the_editor_sees_a_section_error_in_place(page_admin, policy_index):
    form = policy_form()
    form["body-0-value-number"] = ""
    response = page_admin.post_create(policy_index, PolicyPage, form)
    required = {"messages": ["This field is required."]}
    assert page_admin.form_errors(response) == {
        "body": [{"blockErrors": {0: {"blockErrors": {"number": required}}}}]
    }


def test_edit_the_policy_index(page_admin, policy_index):
    page_admin.edit(policy_index, policy_index_form(intro="Rules in force."), True)
    policy_index.refresh_from_db()
    assert policy_index.intro == "Rules in force."
