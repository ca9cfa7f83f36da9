from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PoliciesConfig(AppConfig):
    name = "plugins.policies"
    label = "trust_policies"
    verbose_name = _("Policies")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.policies import api, signal_handlers

        signal_handlers.connect()
        api.register()
