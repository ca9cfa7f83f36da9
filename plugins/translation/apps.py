from django.apps import AppConfig


class TranslationConfig(AppConfig):
    name = "plugins.translation"
    label = "trust_translation"
    verbose_name = "Translation"
    default_auto_field = "django.db.models.BigAutoField"
