"""Hand the periodic jobs of ``CMS_SCHEDULE`` to the task worker on time."""

import signal
import time

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from cms import schedule


class Command(BaseCommand):
    help = (
        "Hand each job of CMS_SCHEDULE to the task worker when its time comes "
        "(make schedule). `make worker` runs them."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=15.0,
            help="Seconds between looks at the schedule (default 15).",
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help="Look once and exit (for cron or a test).",
        )

    def handle(self, *args, interval, once, **options):
        if interval <= 0:
            raise CommandError("--interval must be more than 0 seconds.")
        try:
            jobs = schedule.jobs()
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            "Schedule: "
            + (
                ", ".join(f"{job.name} ({job.cron})" for job in jobs.values())
                or "empty"
            )
        )
        self.running = self.ticking = True
        if not once:
            signal.signal(signal.SIGTERM, self.stop)
            signal.signal(signal.SIGINT, self.stop)
        while self.running:
            self.ticking = True
            for name in schedule.tick():
                self.stdout.write(f"Queued {name}")
            self.ticking = False
            if once:
                break
            time.sleep(interval)
            # As between requests: drop a connection the database has closed.
            close_old_connections()

    def stop(self, signum, frame):
        # A tick in progress finishes (its claims and tasks commit together);
        # a sleep ends at once.
        self.running = False
        if not self.ticking:
            raise SystemExit(0)
