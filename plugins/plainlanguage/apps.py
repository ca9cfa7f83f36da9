from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlainLanguageConfig(AppConfig):
    name = "plugins.plainlanguage"
    label = "trust_plainlanguage"
    verbose_name = _("Plain language")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.plainlanguage import api, signal_handlers

        signal_handlers.connect()
        api.register()
