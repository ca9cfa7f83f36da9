from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from plugins.benchmarks.scale import ScaleBuilder


class Command(BaseCommand):
    help = (
        "Add N generated pages across the demo's sections and locales, for load "
        "and search testing (after load_demo). Rerunning with the same N adds "
        "nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("pages", type=int, metavar="N", help="How many pages.")

    def handle(self, *args, pages, **options):
        if pages < 0:
            raise CommandError("N must be 0 or more.")
        ScaleBuilder(write=self.stdout.write).build(pages)
        # Fresh statistics for the query planner, as load_demo leaves them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"{pages} generated pages are in place."))
