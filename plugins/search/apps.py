from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "plugins.search"
    label = "trust_search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"
