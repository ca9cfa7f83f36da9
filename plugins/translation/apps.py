from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "plugins.translation"
    label = "trust_translation"
    verbose_name = _("Translation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.translation import (  # noqa: F401
            authority,
            checks,
            signal_handlers,
            sync_facts,
        )

        signal_handlers.connect()
        # The delivery API (core) learns of translations through its registry.
        sync_facts.register()
        authority.register()
