from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "plugins.translation"
    label = "trust_translation"
    verbose_name = _("Translation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.translation import checks, signal_handlers  # noqa: F401

        signal_handlers.connect()

        from django.apps import apps

        if apps.is_installed("plugins.headless"):
            from plugins.translation import sync_facts

            sync_facts.register()
