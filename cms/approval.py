"""Page types whose public state changes only with a named role's approval.

A content plugin names a page type and the test its approvers pass, through
the ``register_approval_rules`` hook (policies: policy approvers). Then, on
every path:

- only an approver publishes, unpublishes, deletes or moves a live page of
  that type, makes it or a section above it private (or public again), or
  turns a live synced copy of it into a page of its own
  (``may_convert_alias``): ``ApprovalPermissionTester`` is the permission
  tester of every agency page, so every admin view, bulk action and admin
  API action that asks Wagtail's tester gets this answer, and the admin API
  asks what the views ask (``cms.admin_api``);
- deleting or moving a section (a policy index, the home page) counts as
  withdrawing every live guarded page below it and below its translations,
  which the admin deletes with it; copying a section with its subpages is
  theirs too, since the copy may be published (``ApprovalCopyForm`` says so
  on the form);
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
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.actions.publish_page_revision import PublishPagePermissionError
from wagtail.admin.forms.pages import CopyForm
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


def may_convert_alias(page, user):
    """Whether ``user`` may turn the synced copy ``page`` into a page of its
    own. A live copy's content then stays live as a revision of its own, no
    longer following its approved source: that is publishing, so it needs
    permission to publish the page (for a policy, a policy approver). Wagtail
    asks only for permission to edit."""
    permissions = page.permissions_for_user(user)
    return permissions.can_edit() and (not page.live or permissions.can_publish())


def alias_conversion_refused(page):
    """What a user refused by ``may_convert_alias`` is told."""
    return _(
        "'%(title)s' is live: making it a page of its own would publish it, "
        "which you may not do. Nothing was changed."
    ) % {"title": page.get_admin_display_title()}


class ApprovalPermissionTester(PagePermissionTester):
    """Wagtail's page permissions, with the approval rules applied to the page,
    to the live pages below it and to its translations."""

    def lacks_approval(self):
        return needs_approval(self.user, self.page.specific_class) is not None

    def can_publish(self):
        return super().can_publish() and not self.lacks_approval()

    def can_unpublish(self):
        return super().can_unpublish() and not self.lacks_approval()

    def can_set_view_restrictions(self):
        # Making a page private withdraws it and the live pages below it from
        # the public, and lifting a restriction shows them: both are theirs
        # to decide whose approval those pages need.
        return super().can_set_view_restrictions() and not self.unapproved_rules()

    def can_publish_subpage(self):
        if not super().can_publish_subpage():
            return False
        return not any(
            needs_approval(self.user, model)
            for model in self.page.specific_class.creatable_subpage_models()
        )

    def can_delete(self, ignore_bulk=False):
        # Moving is deleting and re-adding for Wagtail (can_move asks this).
        if not super().can_delete(ignore_bulk):
            return False
        return not self.unapproved_rules(with_translations=True)

    def can_copy_to(self, destination, recursive=False):
        if not super().can_copy_to(destination, recursive):
            return False
        return not (recursive and self.unapproved_rules(below_only=True))

    def unapproved_rules(self, with_translations=False, below_only=False):
        """The rules this user fails for a live page in the page's tree (or
        only below the page), and with ``with_translations`` in its
        translations' trees, which the admin deletes with it."""
        rules = [rule for rule in approval_rules() if not rule.approves(self.user)]
        if not rules:
            return []
        own = [
            rule for rule in rules if issubclass(self.page.specific_class, rule.model)
        ]
        if self.page.is_leaf():
            if below_only or not own:
                return []
            if self.page.live:  # no query for most pages of a listing
                return own
            if not with_translations:
                return []
            return [
                rule
                for rule in own
                if rule.model.objects.live()
                .filter(translation_key=self.page.translation_key)
                .exists()
            ]
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
        return [
            rule for rule in rules if rule.model.objects.live().filter(inside).exists()
        ]


class ApprovalCopyForm(CopyForm):
    """Wagtail's copy form, with an error on "copy subpages" when live pages
    below need an approval the user lacks (Wagtail's form checks the copy of
    the page alone, and the copy action would refuse with no reason given)."""

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("copy_subpages"):
            return cleaned_data
        rules = self.page.permissions_for_user(self.user).unapproved_rules(
            below_only=True
        )
        if rules:
            self.add_error("copy_subpages", subpages_copy_refused(rules))
        return cleaned_data


def subpages_copy_refused(rules):
    """What a user is told when live pages below need approvals (``rules``)
    the user lacks to copy them."""
    return _(
        "Live pages below this one may only be copied by "
        "%(approvers)s. Copy this page alone, or ask them."
    ) % {"approvers": ", ".join(str(rule.approver) for rule in rules)}
