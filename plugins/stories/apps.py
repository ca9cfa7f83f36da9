from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StoriesConfig(AppConfig):
    name = "plugins.stories"
    label = "trust_stories"
    verbose_name = _("Success stories")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.stories import api

        api.register()
