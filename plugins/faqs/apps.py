from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqsConfig(AppConfig):
    name = "plugins.faqs"
    label = "trust_faqs"
    verbose_name = _("FAQs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.faqs import api

        api.register()
