"""Measure and store the reading level of every live page, as a publish does.

For pages published before the plain-language plugin was installed, or after
the measures changed. Safe to re-run.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from plugins.plainlanguage import reading_levels


class Command(BaseCommand):
    help = "Measure and store the reading level of every live page (safe to re-run)."

    def handle(self, *args, **options):
        pages = Page.objects.live().specific().order_by("path")
        total = pages.count()
        measured = 0
        with transaction.atomic():
            for done, page in enumerate(pages.iterator(chunk_size=200), start=1):
                measured += reading_levels.store(page) is not None
                if done % 100 == 0:
                    self.stdout.write(f"Reading levels: {done} of {total} pages")
        self.stdout.write(
            f"Reading levels: {measured} pages measured, {total - measured} "
            "without a measure (their language has none, too little text, or "
            "a synced copy)"
        )
