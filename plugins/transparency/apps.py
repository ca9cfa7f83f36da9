from django.apps import AppConfig


class TransparencyConfig(AppConfig):
    name = "plugins.transparency"
    label = "trust_transparency"
    verbose_name = "Transparency"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps

        if apps.is_installed("plugins.headless"):
            from plugins.transparency import api

            api.register()
