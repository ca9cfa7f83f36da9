from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from plugins.policies.reminders import send_reminder
from plugins.policies.reviews import DUE_SOON_DAYS, is_overdue, reviews_due


class Command(BaseCommand):
    help = (
        "List policies whose review is overdue or due within --days (default 30). "
        "Exits non-zero when any is overdue, for cron, unless --email sends the "
        "list to the policy approvers instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DUE_SOON_DAYS)
        parser.add_argument(
            "--email",
            action="store_true",
            help="Email the list to the Policy approvers group (the scheduled job).",
        )

    def handle(self, *args, days, email=False, **options):
        if days < 0:
            raise CommandError("--days must be zero or more.")
        today = timezone.localdate()
        overdue = 0
        policies = list(reviews_due(today=today, within_days=days))
        if email:
            sent_to = send_reminder(policies, today)
            if policies and not sent_to:
                raise CommandError(
                    f"{len(policies)} policy review(s) due, but no active member "
                    "of the Policy approvers group has an email address."
                )
            self.stdout.write(
                f"Reminder of {len(policies)} policy review(s) queued for "
                f"{sent_to} approver(s)."
            )
            return
        for policy in policies:
            late = is_overdue(policy, today)
            overdue += late
            state = "OVERDUE" if late else "due soon"
            locale = policy.locale.language_code
            self.stdout.write(
                f"{state:9} {policy.next_review_due:%Y-%m-%d}  "
                f"{policy.policy_number:>6}  [{locale}] {policy.title}"
            )
        if overdue:
            raise CommandError(f"{overdue} policy review(s) overdue.", returncode=2)
        self.stdout.write("No policy review is overdue.")
