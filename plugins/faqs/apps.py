from django.apps import AppConfig


class FaqsConfig(AppConfig):
    name = "plugins.faqs"
    label = "trust_faqs"
    verbose_name = "FAQs"
    default_auto_field = "django.db.models.BigAutoField"
