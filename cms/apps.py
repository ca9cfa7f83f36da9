from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_migrate


class CmsConfig(AppConfig):
    name = "cms"
    label = "cms"
    verbose_name = "Community Trust CMS"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.client_address import check_client_address_settings
        from cms.signal_handlers import create_content_locales

        post_migrate.connect(create_content_locales, sender=self)
        checks.register(check_client_address_settings)
