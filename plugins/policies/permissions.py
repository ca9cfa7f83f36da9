"""Who approves policies: the "Policy approvers" group (and superusers).

Only an approver publishes, unpublishes, deletes or moves a live policy, in
any language, by any path; ``cms.approval`` applies the rule registered in
this plugin's ``wagtail_hooks``.
"""

from django.utils.translation import gettext_lazy as _

POLICY_APPROVERS = "Policy approvers"
APPROVER = _("a policy approver")


def is_policy_approver(user):
    """Whether ``user`` approves policies; asked once per user object (request)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache = user.__dict__
    if "_is_policy_approver" not in cache:
        cache["_is_policy_approver"] = user.groups.filter(
            name=POLICY_APPROVERS
        ).exists()
    return cache["_is_policy_approver"]
