"""Policy review reminders: one email to the "Policy approvers" group listing
the policies whose review is overdue or due soon, sent by the task worker
(``cms.outgoing_mail``) and retried until the mail server takes it."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse

from cms.outgoing_mail import send_later
from plugins.policies.permissions import POLICY_APPROVERS
from plugins.policies.reviews import is_overdue


def approver_addresses():
    """Addresses of the active members of the approvers group."""
    return sorted(
        get_user_model()
        .objects.filter(is_active=True, groups__name=POLICY_APPROVERS)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )


def send_reminder(policies, today):
    """Queue one reminder to the approvers; how many addresses it goes to."""
    recipients = approver_addresses()
    if not policies or not recipients:
        return 0
    overdue = sum(is_overdue(policy, today) for policy in policies)
    admin = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        f"{'OVERDUE' if is_overdue(policy, today) else 'due soon':9} "
        f"{policy.next_review_due:%Y-%m-%d}  {policy.policy_number}  "
        f"[{policy.locale.language_code}] {policy.title}\n"
        f"    {admin}{reverse('wagtailadmin_pages:edit', args=[policy.pk])}"
        for policy in policies
    ]
    send_later(
        f"Policy reviews: {overdue} overdue, {len(policies) - overdue} due soon",
        "These policies need their review:\n\n" + "\n".join(lines) + "\n",
        recipients,
    )
    return len(recipients)
