from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "plugins.search"
    label = "trust_search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from plugins.search import api, signal_handlers
        from plugins.search.reindexing import after_migrate

        post_migrate.connect(after_migrate, sender=self)
        api.register()
        # Before wagtail.search's ready connects the handler to indexed models.
        signal_handlers.install()
