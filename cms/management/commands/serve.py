"""Serve the suite in production: collect static files, migrate, then gunicorn.

What `make serve` runs. The steps before gunicorn are idempotent, so every app
process may run them at start; gunicorn then replaces this process, so a
supervisor's signals reach it directly.
"""

import os
import shutil
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Collect static files, apply migrations, then run gunicorn."

    def add_arguments(self, parser):
        parser.add_argument(
            "--skip-migrate",
            action="store_true",
            help="Leave migrations to a release step run once per deployment.",
        )

    def handle(self, *args, skip_migrate=False, **options):
        gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable))
        if gunicorn is None:
            raise CommandError("gunicorn is not installed: run make install")
        call_command("collectstatic", interactive=False, verbosity=0)
        if not skip_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.flush()
        os.execv(  # noqa: S606 - a fixed program and arguments, no shell
            gunicorn,
            [gunicorn, "--config", "python:cms.gunicorn_conf", "cms.wsgi"],
        )
