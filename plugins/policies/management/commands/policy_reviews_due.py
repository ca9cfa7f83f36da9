from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from plugins.policies.reviews import DUE_SOON_DAYS, is_overdue, reviews_due


class Command(BaseCommand):
    help = (
        "List policies whose review is overdue or due within --days (default 30). "
        "Exits non-zero when any is overdue, for cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=DUE_SOON_DAYS)

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be zero or more.")
        today = timezone.localdate()
        overdue = 0
        for policy in reviews_due(today=today, within_days=days):
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
