"""Page types whose public state changes only with a named role's approval.

A content plugin names a page type and the test its approvers pass, through
the ``register_approval_rules`` hook (policies: policy approvers). Then, on
every path:

- only an approver publishes, unpublishes, deletes or moves a live page of
  that type, or makes it private: ``ApprovalPermissionTester`` is the
  permission tester of every agency page, so every admin view and bulk
  action that asks Wagtail's tester gets this answer;
- deleting or moving a section (a policy index, the home page) counts as
  withdrawing every live guarded page below it and below its translations,
  which the admin deletes with it; copying a section with its subpages
  counts as publishing them;
- a publish from code, where no tester is asked, is refused when its
  publisher is no approver: the given user or, when none is given, the
  author of the revision (``check_publisher``). Scheduled publishing of an
  approved revision and code with no author (loaders) publish as before.

A translation of a guarded page is a page of the same type, so the rule
covers every language.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail import hooks
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.models import Page, PagePermissionTester


@dataclass(frozen=True)
class ApprovalRule:
    model: type
    # approves(user) -> bool
    approves: object
    # Who approves, as messages name them: "a policy approver".
    approver: str


def approval_rules():
    return [
        rule for hook in hooks.get_hooks("register_approval_rules") for rule in hook()
    ]


def rule_for(model):
    """The approval rule that governs pages of ``model``, or None."""
    if model is None:
        return None
    for rule in approval_rules():
        if issubclass(model, rule.model):
            return rule
    return None


def needs_approval(user, model):
    """The rule ``user`` fails for pages of ``model``, or None."""
    rule = rule_for(model)
    if rule is None or rule.approves(user):
        return None
    return rule


def check_publisher(page, revision, user=None):
    """Refuse (PublishPagePermissionError) to publish ``revision`` of ``page``
    unless its publisher passes the page type's rule."""
    rule = rule_for(type(page))
    if rule is None:
        return
    if user is None:
        if revision.approved_go_live_at is not None:
            # Approved for scheduled publishing by someone who could publish.
            return
        user = revision.user
        if user is None:
            return
    if not rule.approves(user):
        raise PublishPagePermissionError(
            f"Publishing '{page}' needs the approval of {rule.approver}."
        )


class ApprovalPermissionTester(PagePermissionTester):
    """Wagtail's page permissions, with the approval rules applied to the page,
    to the live pages below it and to its translations."""

    def lacks_approval(self):
        return needs_approval(self.user, self.page.specific_class) is not None

    def can_publish(self):
        return super().can_publish() and not self.lacks_approval()

    def can_unpublish(self):
        return super().can_unpublish() and not self.lacks_approval()

    def can_publish_subpage(self):
        if not super().can_publish_subpage():
            return False
        return not any(
            needs_approval(self.user, model)
            for model in self.page.specific_class.creatable_subpage_models()
        )

    def can_delete(self, ignore_bulk=False):
        # Moving is deleting and re-adding for Wagtail (can_move asks this).
        return super().can_delete(ignore_bulk) and not self.holds_unapproved_pages(
            with_translations=True
        )

    def can_copy_to(self, destination, recursive=False):
        if not super().can_copy_to(destination, recursive):
            return False
        return not (recursive and self.holds_unapproved_pages(below_only=True))

    def holds_unapproved_pages(self, with_translations=False, below_only=False):
        """Whether the page (or only the pages below it), and with
        ``with_translations`` its translations' trees, hold a live page whose
        rule this user fails."""
        models = [
            rule.model for rule in approval_rules() if not rule.approves(self.user)
        ]
        if not models:
            return False
        own_type_guarded = issubclass(self.page.specific_class, tuple(models))
        if self.page.is_leaf() and (below_only or not own_type_guarded):
            return False
        paths = [self.page.path]
        if with_translations:
            paths += (
                Page.objects.filter(translation_key=self.page.translation_key)
                .exclude(pk=self.page.pk)
                .values_list("path", flat=True)
            )
        inside = reduce(or_, (Q(path__startswith=path) for path in paths))
        if below_only:
            inside &= Q(depth__gt=self.page.depth)
        return any(model.objects.live().filter(inside).exists() for model in models)
