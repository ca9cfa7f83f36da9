from django.apps import AppConfig


class TipsConfig(AppConfig):
    name = "plugins.tips"
    label = "trust_tips"
    verbose_name = "Tips and guides"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps

        if apps.is_installed("plugins.headless"):
            from plugins.tips import api

            api.register()
