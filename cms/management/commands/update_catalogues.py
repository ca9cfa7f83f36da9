"""Brings every app's interface catalogues up to date with the code (``make messages``).

Runs Django's ``makemessages`` in each app of the project for every language of
``CMS_LANGUAGES`` after the source language: a string added to a template or
wrapped in ``gettext`` arrives in each ``django.po`` with an empty translation, a
string removed from the code is dropped, and existing translations are kept.
Translate the new entries, then ``make install`` compiles them.
"""

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils.translation import to_locale

from cms import catalogues


class Command(BaseCommand):
    help = "Update every app's gettext catalogues (locale/*/LC_MESSAGES/django.po)."

    def handle(self, **options):
        languages = [to_locale(code) for code in settings.CMS_LANGUAGES[1:]]
        for app in catalogues.app_dirs():
            for path in catalogues.update_catalogues(app, languages):
                self.stdout.write(f"{path.relative_to(catalogues.BASE_DIR)}: updated")
