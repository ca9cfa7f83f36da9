"""The policy approval workflow, through the admin as an editor and an
approver. The agency (``setup_agency`` on a site with every section) is
built once for the module; each test's changes are rolled back."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from plugins.policies.permissions import POLICY_APPROVERS
from tests import factories
from tests.headless.conftest import agency_home, fresh, module_world, sections_under


def build_agency():
    sections = sections_under(agency_home())
    call_command("setup_agency", verbosity=0)
    return sections


world = module_world(build_agency)


@pytest.fixture
def agency(db, world):
    return fresh(world)


@pytest.fixture
def editor(django_user_model, agency):
    user = django_user_model.objects.create_user("editor", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def approver(django_user_model, agency):
    user = django_user_model.objects.create_user("approver", password="pw")
    user.groups.add(
        Group.objects.get(name="Editors"), Group.objects.get(name=POLICY_APPROVERS)
    )
    return user


def policy_form(**overrides):
    data = {
        "title": "Drones",
        "slug": "drones",
        "policy_number": "611",
        "category": "technology",
        "status": "adopted",
        "summary": "When we fly drones and what they record.",
        "body": streamfield(
            [
                (
                    "section",
                    {
                        "number": "1",
                        "title": "Purpose",
                        "body": rich_text("<p>Search and rescue.</p>"),
                        "covers": [],
                    },
                )
            ]
        ),
        "documents": streamfield([]),
        "version_kind": "major",
        "change_note": "New policy.",
        "tags": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_setup_creates_the_workflow_on_policy_indexes(agency):
    index = agency["policies"]
    workflow = index.get_workflow()
    assert workflow is not None and workflow.name == "Policy approval"
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [POLICY_APPROVERS]
    call_command("setup_agency", verbosity=0)  # idempotent
    assert agency["policies"].get_workflow().workflow_tasks.count() == 1


def test_editor_cannot_publish_a_policy(client, editor, agency):
    client.force_login(editor)
    url = f"/admin/pages/add/trust_policies/policypage/{agency['policies'].pk}/"
    response = client.post(url, {**policy_form(), "action-publish": "publish"})
    from plugins.policies.models import PolicyPage

    policy = PolicyPage.objects.get(slug="drones", locale__language_code="en")
    assert not policy.live
    assert policy.permissions_for_user(editor).can_publish() is False
    edit = client.get(f"/admin/pages/{policy.pk}/edit/")
    assert b'name="action-publish"' not in edit.content
    assert response.status_code in (200, 302)


def test_editor_submits_and_approver_publishes(client, editor, approver, agency):
    policy = factories.PolicyPageFactory(parent=agency["policies"], live=False)
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/{policy.pk}/edit/",
        {
            **policy_form(title=policy.title, slug=policy.slug),
            "action-submit": "submit",
        },
    )
    assert response.status_code == 302, response.content[:3000]
    state = WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(policy.pk)
    )
    assert state.status == "in_progress"
    policy.refresh_from_db()
    assert not policy.live

    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(policy, approver)
    task_state.task.specific.on_action(task_state, approver, "approve")
    policy.refresh_from_db()
    assert policy.live
    assert policy.versions.count() == 1
    assert policy.permissions_for_user(approver).can_publish()
