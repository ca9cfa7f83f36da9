from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "plugins.community"
    label = "trust_community"
    verbose_name = "Community"
    default_auto_field = "django.db.models.BigAutoField"
