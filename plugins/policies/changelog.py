"""A policy's public change log: its published versions and its withdrawals.

The log is kept apart from the page and outlives it. Each time a live policy
leaves public view (unpublished, expired or deleted) a dated withdrawal is
recorded, which shows where the policy's record shows:

- while the policy is visible, its whole log is public
  (``/policies/<id>/versions/``, the feed), past withdrawals included;
- while its page exists but is withheld (unpublished, expired, private),
  the page's visibility governs, as everywhere: nothing of it is served;
- once its page is deleted, its log stays public by its old id and in the
  feed, ending with the withdrawal, on the site where it was, if the policy
  was public when withdrawn. A policy never leaves the public record
  silently; one that was never public leaves nothing.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, OuterRef
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from plugins.policies.models import PolicyRecord, PolicyVersion, PolicyWithdrawal

NO_CHANGES = {"added": [], "removed": [], "changed": []}
WITHDRAWN_NOTE = {
    "unpublished": _("Withdrawn: the policy was unpublished."),
    "expired": _("Withdrawn: the policy expired."),
    "deleted": _("Withdrawn: the policy was deleted."),
}


@dataclass
class Entry:
    """One dated event of a policy's log."""

    event: str  # "published" or "withdrawn"
    version: PolicyVersion  # published, or the one in force when withdrawn
    date: datetime
    title: str
    change_note: str
    changes: dict
    withdrawal: PolicyWithdrawal | None = None
    # Set by ``recent_entries``: the language the entry is in (its policy's),
    # and whether that is another than its readers' (no translation yet).
    language_code: str | None = None
    fallback: bool = False

    @property
    def record(self):
        return self.withdrawal or self.version


def entries(versions, withdrawals, diffs=True):
    """Log entries of one policy, newest first; with ``diffs``, each version
    with its changes since the version before."""
    log = []
    previous = PolicyVersion()
    for version in sorted(versions, key=lambda v: (v.published_at, v.pk)):
        log.append(
            Entry(
                "published",
                version,
                version.published_at,
                version.title,
                version.change_note,
                version.diff(previous=previous) if diffs else NO_CHANGES,
            )
        )
        previous = version
    by_pk = {version.pk: version for version in versions}
    for withdrawal in withdrawals:
        log.append(
            Entry(
                "withdrawn",
                by_pk.get(withdrawal.version_id) or withdrawal.version,
                withdrawal.withdrawn_at,
                withdrawal.title,
                str(WITHDRAWN_NOTE[withdrawal.reason]),
                NO_CHANGES,
                withdrawal,
            )
        )
    return sorted(log, key=lambda entry: (entry.date, entry.record.pk), reverse=True)


def policy_log(page_id):
    """Every entry of the policy page ``page_id``'s log, newest first."""
    return entries(
        list(PolicyVersion.objects.filter(page_id=page_id)),
        list(PolicyWithdrawal.objects.filter(page_id=page_id, public=True)),
    )


def last_withdrawals():
    """Withdrawals of deleted policies that were public when withdrawn."""
    republished = PolicyVersion.objects.filter(
        page_id=OuterRef("page_id"), published_at__gt=OuterRef("withdrawn_at")
    )
    return PolicyWithdrawal.objects.filter(public=True, policy__isnull=True).exclude(
        Exists(republished)
    )


def on_site(withdrawal, visibility):
    """Whether the withdrawn policy was on the site ``visibility`` serves."""
    code = withdrawal.locale.language_code
    return visibility.front_end_path(withdrawal.url_path, code) is not None


def withdrawn(visibility, page_id):
    """The withdrawal that keeps the log of the deleted policy page
    ``page_id`` public on this site, or None."""
    withdrawal = (
        last_withdrawals()
        .filter(page_id=page_id)
        .select_related("locale")
        .order_by("-withdrawn_at", "-pk")
        .first()
    )
    if withdrawal is None or not on_site(withdrawal, visibility):
        return None
    return withdrawal


def recent_entries(language_code, visible_policies, visibility, count):
    """The ``count`` newest entries of the logs readers in ``language_code``
    are told of (``PolicyRecord.logs_told_in``): of the visible policies in
    ``visible_policies`` (every language's) and of the policies deleted from
    this site. Each entry is in its own language (``language_code``), which
    is another (``fallback``) where a policy has no translation into this
    one yet, or its translation has not caught up with the change."""
    policies = [
        *visible_policies.filter(alias_of__isnull=True).values_list(
            "pk", "translation_key", "locale__language_code"
        ),
        *(
            (gone.page_id, gone.translation_key, gone.locale.language_code)
            for gone in last_withdrawals().select_related("locale")
            if on_site(gone, visibility)
        ),
    ]
    logs = PolicyRecord.logs_told_in(language_code, policies)
    versions, withdrawals = {}, {}
    for version in PolicyVersion.of_logs(logs):
        versions.setdefault(version.page_id, []).append(version)
    for withdrawal in PolicyWithdrawal.of_logs(logs, "version"):
        if withdrawal.public:
            withdrawals.setdefault(withdrawal.page_id, []).append(withdrawal)
    log = []
    for page_id in versions.keys() | withdrawals.keys():
        records = [*versions.get(page_id, []), *withdrawals.get(page_id, [])]
        code = records[0].locale.language_code
        # An entry's notes speak its own language, as its title does.
        with translation.override(code):
            for entry in entries(
                versions.get(page_id, []), withdrawals.get(page_id, []), diffs=False
            ):
                entry.language_code = code
                entry.fallback = code != language_code
                log.append(entry)
    log.sort(key=lambda entry: (entry.date, entry.record.pk), reverse=True)
    return log[:count]
