from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from cms.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load the Riverside Police Department demo: site tree, policies, technology "
        "registry, stories, tips, guides, FAQs and awards in English, with "
        "translations made through wagtail-localize. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--extra-pages",
            type=int,
            default=0,
            metavar="N",
            help="Also generate N extra pages across the sections and locales, for "
            "load and search testing. Rerunning with the same N adds nothing.",
        )

    def handle(self, *args, extra_pages=0, **options):
        if extra_pages < 0:
            raise CommandError("--extra-pages must be 0 or more.")
        DemoLoader(write=self.stdout.write).load(extra_pages=extra_pages)
        # Fresh statistics for the query planner: without them SQLite walks
        # every page to list one type of them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
