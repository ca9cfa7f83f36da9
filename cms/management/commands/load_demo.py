from django.core.management.base import BaseCommand
from django.db import connection

from cms.demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Load the Riverside Police Department demo: the site root and every "
        "installed plugin's demo content (policies, technology registry, stories, "
        "tips, guides, FAQs, awards and more) in English, with translations made "
        "through wagtail-localize. Safe to run again."
    )

    def handle(self, *args, **options):
        DemoLoader(write=self.stdout.write).load()
        # Fresh statistics for the query planner: without them SQLite walks
        # every page to list one type of them.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
