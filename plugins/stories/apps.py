from django.apps import AppConfig


class StoriesConfig(AppConfig):
    name = "plugins.stories"
    label = "trust_stories"
    verbose_name = "Success stories"
    default_auto_field = "django.db.models.BigAutoField"
