from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "plugins.community"
    label = "trust_community"
    verbose_name = _("Community")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.community import api, signal_handlers

        api.register()
        signal_handlers.connect()
