from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HeadlessConfig(AppConfig):
    name = "plugins.headless"
    label = "trust_headless"
    verbose_name = _("Headless delivery")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.core.signals import setting_changed

        from plugins.headless import openapi, registrations, signal_handlers

        registrations.register()
        signal_handlers.connect()
        # The OpenAPI document is made once; a setting it reads may change.
        setting_changed.connect(openapi.forget_documents)
