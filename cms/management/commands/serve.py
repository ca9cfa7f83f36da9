"""Serve the suite in production: collect static files, migrate, then gunicorn.

What `make serve` runs. The steps before gunicorn are idempotent, so every app
process may run them at start; gunicorn then replaces this process, so a
supervisor's signals reach it directly. With several app processes, a release
step may run either step once instead (``--skip-migrate``,
``--skip-collectstatic``).
"""

import os
import shutil
import sys

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
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
        parser.add_argument(
            "--skip-collectstatic",
            action="store_true",
            help="Serve what a release step collected into STATIC_ROOT (for "
            "example, while building the container image).",
        )

    def handle(self, *args, skip_migrate=False, skip_collectstatic=False, **options):
        gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable))
        if gunicorn is None:
            raise CommandError("gunicorn is not installed: run make install")
        if skip_collectstatic:
            check_collected()
        else:
            call_command("collectstatic", interactive=False, verbosity=0)
        if not skip_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.flush()
        os.execv(  # noqa: S606 - a fixed program and arguments, no shell
            gunicorn,
            [gunicorn, "--config", "python:cms.gunicorn_conf", "cms.wsgi"],
        )


def check_collected():
    """Refuse to start on a STATIC_ROOT that no collectstatic filled: every
    page would fail on its first hashed static file name."""
    manifest = getattr(staticfiles_storage, "manifest_name", None)
    if manifest is not None and not staticfiles_storage.exists(manifest):
        raise CommandError(
            f"--skip-collectstatic, but {settings.STATIC_ROOT} holds no collected "
            "static files: run manage.py collectstatic first"
        )
