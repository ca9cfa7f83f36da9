"""Remove residents' personal data from old feedback.

Old submissions are anonymized, not deleted: their name, email, phone, IP
address, message and staff notes are cleared, while topic, dates and status
stay, so the counts published on "you said, we did" pages never change after
the fact. Spam past the retention period is deleted outright.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from plugins.community.conf import setting
from plugins.community.models import PERSONAL_FIELDS, FeedbackSubmission, Status

CLEARED = dict.fromkeys(PERSONAL_FIELDS, "") | {"ip_address": None}


def days_from(value, source):
    try:
        days = int(str(value).strip())
    except ValueError:
        days = None
    if days is None or days < 1:
        raise CommandError(
            f"{source} must be a whole number of days, 1 or more; got {value!r}."
        )
    return days


def purge(older_than_days, now=None, dry_run=False):
    """(anonymized, deleted spam) for submissions older than the given days."""
    cutoff = (now or timezone.now()) - timedelta(days=older_than_days)
    old = FeedbackSubmission.objects.filter(created_at__lt=cutoff)
    spam = old.filter(status=Status.SPAM)
    personal = old.exclude(status=Status.SPAM).filter(anonymized_at__isnull=True)
    if dry_run:
        return personal.count(), spam.count()
    with transaction.atomic():
        deleted, _by_model = spam.delete()
        anonymized = personal.update(**CLEARED, anonymized_at=timezone.now())
    return anonymized, deleted


class Command(BaseCommand):
    help = (
        "Anonymize feedback older than the retention period (clear name, email, "
        "phone, IP address, message and notes; keep topic, dates and status) and "
        "delete old spam."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            metavar="DAYS",
            help="Age in days (default: CMS_FEEDBACK_RETENTION_DAYS, 365).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Say what would be removed without changing anything.",
        )

    def handle(self, *args, older_than=None, dry_run=False, **options):
        if older_than is None:
            days = days_from(
                setting("CMS_FEEDBACK_RETENTION_DAYS"), "CMS_FEEDBACK_RETENTION_DAYS"
            )
        else:
            days = days_from(older_than, "--older-than")
        anonymized, deleted = purge(days, dry_run=dry_run)
        verb = "Would anonymize" if dry_run else "Anonymized"
        self.stdout.write(
            f"{verb} {anonymized} submission(s) older than {days} days; "
            f"{'would delete' if dry_run else 'deleted'} {deleted} spam."
        )
