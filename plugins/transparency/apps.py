from django.apps import AppConfig


class TransparencyConfig(AppConfig):
    name = "plugins.transparency"
    label = "trust_transparency"
    verbose_name = "Transparency"
    default_auto_field = "django.db.models.BigAutoField"
