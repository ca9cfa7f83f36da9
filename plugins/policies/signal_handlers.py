from django.utils import timezone
from wagtail.signals import page_published

from plugins.policies.models import PolicyPage, PolicyVersion
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
        policy=policy,
        label=next_label(latest.label if latest else None, policy.version_kind),
        kind=policy.version_kind,
        change_note=note,
        published_at=policy.last_published_at or timezone.now(),
        revision=revision,
        title=policy.title,
        sections=section_snapshot(policy),
    )


def connect():
    page_published.connect(
        record_version, sender=PolicyPage, dispatch_uid="policies_record_version"
    )
