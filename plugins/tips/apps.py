from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TipsConfig(AppConfig):
    name = "plugins.tips"
    label = "trust_tips"
    verbose_name = _("Tips and guides")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.tips import api

        api.register()
