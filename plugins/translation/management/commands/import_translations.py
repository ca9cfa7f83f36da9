"""Apply translated PO files written by ``export_translations``: every file is
checked first, then all are applied in one transaction, or none is."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from plugins.translation.po import apply, validate_all


class Command(BaseCommand):
    help = "Import translated PO files (all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="Directory holding the .po files.")
        parser.add_argument(
            "--locale",
            help="Refuse files for any other locale, for example es.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check every file and report, without importing anything.",
        )

    def handle(self, *args, directory, locale=None, dry_run=False, **options):
        folder = Path(directory)
        if not folder.is_dir():
            raise CommandError(f"{directory}: no such directory")
        target = None
        if locale:
            target = Locale.objects.filter(language_code=locale).first()
            if target is None:
                raise CommandError(f"--locale {locale}: no such locale")
        paths = sorted(folder.glob("*.po"))
        if not paths:
            raise CommandError(f"{directory}: no .po files")
        validated, errors = validate_all(paths, locale=target)
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise CommandError(f"{errors[0]}{more}; nothing was imported")
        if dry_run:
            strings = sum(checked.strings for checked in validated)
            self.stdout.write(
                f"{len(validated)} file(s) with {strings} translated text(s) are "
                "ready to import; nothing was imported (--dry-run)"
            )
            return
        count = apply(validated)
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {count} translated text(s) from {len(validated)} file(s)"
            )
        )
