"""The public record of a policy: each publish writes a version, each
withdrawal (unpublished, expired or deleted while live) a dated event."""

from django.db.models.signals import pre_delete
from django.utils import timezone
from wagtail.signals import page_published, page_unpublished

from plugins.policies.models import (
    PolicyPage,
    PolicyRecord,
    PolicyVersion,
    PolicyWithdrawal,
    WithdrawalReason,
)
from plugins.policies.versions import next_label, section_snapshot

FIRST_VERSION_NOTE = "First published version."
# The admin refuses to publish without a new note (PolicyPageForm); a publish
# from code that gives none is recorded as such rather than left blank.
NO_NOTE = "(No change note was given.)"


def record_version(sender, instance, revision=None, **kwargs):
    """Every publish of a policy writes a new, immutable version."""
    policy = instance
    latest = policy.versions.order_by("-published_at", "-pk").first()
    note = (policy.change_note or "").strip() or (
        NO_NOTE if latest else FIRST_VERSION_NOTE
    )
    PolicyVersion.objects.create(
        **PolicyRecord.describe(policy),
        label=next_label(latest.label if latest else None, policy.version_kind),
        kind=policy.version_kind,
        change_note=note,
        published_at=policy.last_published_at or timezone.now(),
        revision=revision,
        sections=section_snapshot(policy),
    )


def was_public(policy):
    """Whether the public could read ``policy``: no view restriction on it
    or above it, nor, for a synced copy (which is served as its source), on
    its source or above that. Wagtail's ``get_view_restrictions`` of a copy
    looks at its source alone, not at the source's section."""
    page = policy
    while page is not None:
        if page.get_view_restrictions().exists():
            return False
        page = page.alias_of
    return True


def record_withdrawal(policy, reason):
    """Record that the version in force left public view, once: a withdrawal
    follows the latest version, or nothing (never published, or withdrawn
    already)."""
    version = (
        PolicyVersion.objects.filter(page_id=policy.pk)
        .order_by("-published_at", "-pk")
        .first()
    )
    if version is None or PolicyWithdrawal.objects.filter(version=version).exists():
        return None
    return PolicyWithdrawal.objects.create(
        **PolicyRecord.describe(policy),
        version=version,
        reason=reason,
        withdrawn_at=timezone.now(),
        public=was_public(policy),
        url_path=policy.url_path,
    )


def policy_unpublished(sender, instance, **kwargs):
    reason = (
        WithdrawalReason.EXPIRED if instance.expired else WithdrawalReason.UNPUBLISHED
    )
    record_withdrawal(instance, reason)


def live_policy_deleted(sender, instance, **kwargs):
    # Sent before Wagtail's own pre_delete handler unpublishes the page (Django
    # signals the specific model's rows before their base Page rows), so the
    # withdrawal says "deleted" rather than "unpublished".
    if instance.live:
        record_withdrawal(instance, WithdrawalReason.DELETED)


def connect():
    page_published.connect(
        record_version, sender=PolicyPage, dispatch_uid="policies_record_version"
    )
    page_unpublished.connect(
        policy_unpublished,
        sender=PolicyPage,
        dispatch_uid="policies_record_unpublished",
    )
    pre_delete.connect(
        live_policy_deleted,
        sender=PolicyPage,
        dispatch_uid="policies_record_deleted",
    )
