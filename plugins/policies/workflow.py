"""The "Policy approval" workflow: editors submit, policy approvers publish."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from plugins.policies.models import PolicyIndexPage
from plugins.policies.permissions import POLICY_APPROVERS

WORKFLOW_NAME = "Policy approval"
TASK_NAME = "Approve policy"


def ensure_policy_approval():
    """Create the approvers group, the workflow and its task, and attach the
    workflow to every policy index page (all locales). Safe to re-run."""
    approvers, _created = Group.objects.get_or_create(name=POLICY_APPROVERS)
    approvers.permissions.add(Permission.objects.get(codename="access_admin"))
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([approvers])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    indexes = list(PolicyIndexPage.objects.all())
    for index in indexes:
        WorkflowPage.objects.update_or_create(
            page=index, defaults={"workflow": workflow}
        )
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=approvers,
                page=index,
                permission=Permission.objects.get(
                    codename=codename, content_type__app_label="wagtailcore"
                ),
            )
    return [
        f"Group '{POLICY_APPROVERS}': ready",
        f"Workflow '{WORKFLOW_NAME}': on {len(indexes)} policy index page(s)",
    ]
