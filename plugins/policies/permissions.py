from wagtail.models import PagePermissionTester

POLICY_APPROVERS = "Policy approvers"


def is_policy_approver(user):
    return user.is_active and (
        user.is_superuser or user.groups.filter(name=POLICY_APPROVERS).exists()
    )


class PolicyPermissionTester(PagePermissionTester):
    """A policy goes live only through the Policy approval workflow: editors may
    submit it, only policy approvers may publish it."""

    def can_publish(self):
        return super().can_publish() and is_policy_approver(self.user)

    def can_unpublish(self):
        return super().can_unpublish() and is_policy_approver(self.user)


class PolicyIndexPermissionTester(PagePermissionTester):
    """New policies under the index also go live only through approval."""

    def can_publish_subpage(self):
        return super().can_publish_subpage() and is_policy_approver(self.user)
