"""Write one PO file per translated object into a directory, for translators'
own tools; ``import_translations`` reads them back."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from plugins.translation.po import translations_for_export, write_po_files


class Command(BaseCommand):
    help = "Export PO files of the translations into one locale."

    def add_arguments(self, parser):
        parser.add_argument(
            "--locale", required=True, help="Language code, for example es."
        )
        parser.add_argument(
            "--outdated-only",
            action="store_true",
            help="Only translations that are not current (see the status report).",
        )
        parser.add_argument(
            "--output", required=True, help="Directory to write the files into."
        )

    def handle(self, *args, locale, outdated_only, output, **options):
        target = Locale.objects.filter(language_code=locale).first()
        if target is None:
            codes = ", ".join(Locale.objects.values_list("language_code", flat=True))
            raise CommandError(f"--locale {locale}: no such locale (there are {codes})")
        if target.pk == Locale.get_default().pk:
            raise CommandError(
                f"--locale {locale} is the source language: nothing is translated "
                "into it"
            )
        translations = translations_for_export(target, outdated_only=outdated_only)
        paths = write_po_files(translations, output)
        for path in paths:
            self.stdout.write(str(path))
        summary = f"Exported {len(paths)} file(s) for {locale} to {output}"
        self.stdout.write(self.style.SUCCESS(summary))
