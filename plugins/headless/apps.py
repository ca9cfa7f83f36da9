from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    name = "plugins.headless"
    label = "trust_headless"
    verbose_name = "Headless delivery"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.headless import registrations, signal_handlers

        registrations.register()
        signal_handlers.connect()
