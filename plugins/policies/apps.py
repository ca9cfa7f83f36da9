from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "plugins.policies"
    label = "trust_policies"
    verbose_name = _("Policies")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps

        from plugins.policies import signal_handlers

        signal_handlers.connect()

        if apps.is_installed("plugins.headless"):
            from plugins.policies import api

            api.register()
