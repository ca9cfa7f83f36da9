import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure the superuser 'admin' exists. Its password comes from "
        "CMS_ADMIN_PASSWORD, or is generated and printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(username="admin").exists():
            self.stdout.write("Superuser 'admin' already exists.")
            return
        password = os.environ.get("CMS_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", "admin@example.org", password)
        if os.environ.get("CMS_ADMIN_PASSWORD"):
            self.stdout.write(self.style.SUCCESS("Created superuser 'admin'."))
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created superuser 'admin' with password: {password}"
                )
            )
            self.stdout.write("This password is shown only once.")
