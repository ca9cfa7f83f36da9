"""Set up an agency's roles and workflows. Idempotent; `make run` runs it.

The project creates the locales and the Editors group; each plugin adds its own
part (translator groups, the policy approval workflow) through the
``register_agency_setup`` hook, so cms/ never imports a plugin.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail import hooks

from cms.roles import ensure_editors_group
from cms.signal_handlers import create_content_locales


class Command(BaseCommand):
    help = "Create locales, groups and workflows for the agency (safe to re-run)."

    @transaction.atomic
    def handle(self, *args, **options):
        create_content_locales()
        self.stdout.write("Locales: ready")
        ensure_editors_group()
        self.stdout.write("Group 'Editors': ready")
        for setup in hooks.get_hooks("register_agency_setup"):
            for line in setup() or []:
                self.stdout.write(line)
