from django.apps import AppConfig
from django.core import checks
from django.core.signals import request_finished
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    label = "cms"
    verbose_name = _("Community Trust CMS")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.client_address import check_client_address_settings
        from cms.request_log import forget_request_id
        from cms.signal_handlers import create_content_locales

        post_migrate.connect(create_content_locales, sender=self)
        checks.register(check_client_address_settings)
        # After Django's own log of a 4xx/5xx, which comes after the middleware.
        request_finished.connect(forget_request_id)
