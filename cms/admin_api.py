"""Wagtail's admin API, held to the rules of the admin's own views.

The admin API (``/admin/api/main/pages/<id>/action/<name>/``) asks less
before three actions that change a page than the admin's views ask:

- turning a synced copy into a page of its own keeps a live copy's content
  live as a revision of its own, which is publishing it: it needs permission
  to publish (``cms.approval.may_convert_alias``, which the admin's view asks
  through ``before_convert_alias_page`` too);
- a synced copy (an alias) of a page and the pages below it is live where
  its source is live, which is publishing them there: the copy form's rule
  applies (``ApprovalPermissionTester.can_copy_to`` with ``recursive``,
  which Wagtail's action does not pass);
- reverting to an earlier revision is refused while the page is locked for
  the user, as its edit view refuses a save: locked by someone else, under
  review in a workflow task the user does not review (else the reviewers
  would approve a revision they never saw), or scheduled.

Each refusal is a 403 with the reason, and nothing is changed.
"""

from django.utils.html import strip_tags
from rest_framework.exceptions import PermissionDenied
from wagtail.admin.api.actions.convert_alias import ConvertAliasPageAPIAction
from wagtail.admin.api.actions.create_alias import CreatePageAliasAPIAction
from wagtail.admin.api.actions.revert_to_page_revision import (
    RevertToPageRevisionAPIAction,
)
from wagtail.admin.api.views import PagesAdminAPIViewSet

from cms.approval import (
    alias_conversion_refused,
    may_convert_alias,
    subpages_copy_refused,
)


class ConvertAliasWithPublishPermission(ConvertAliasPageAPIAction):
    def execute(self, instance, data):
        if not may_convert_alias(instance, self.request.user):
            raise PermissionDenied(alias_conversion_refused(instance))
        return super().execute(instance, data)


class CreateAliasAsTheCopyFormAllows(CreatePageAliasAPIAction):
    def execute(self, instance, data):
        if data["recursive"]:
            tester = instance.permissions_for_user(self.request.user)
            rules = tester.unapproved_rules(below_only=True)
            if rules:
                raise PermissionDenied(subpages_copy_refused(rules))
        return super().execute(instance, data)


class RevertUnlessLocked(RevertToPageRevisionAPIAction):
    def execute(self, instance, data):
        lock = instance.get_lock()
        if lock is not None and lock.for_user(self.request.user):
            raise PermissionDenied(strip_tags(str(lock.get_message(self.request.user))))
        return super().execute(instance, data)


class AgencyPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {
        **PagesAdminAPIViewSet.actions,
        "convert_alias": ConvertAliasWithPublishPermission,
        "create_alias": CreateAliasAsTheCopyFormAllows,
        "revert_to_page_revision": RevertUnlessLocked,
    }


def hold_to_admin_rules(router):
    """The ``construct_admin_api`` hook: the pages endpoint with these rules."""
    router.register_endpoint("pages", AgencyPagesAdminAPIViewSet)
