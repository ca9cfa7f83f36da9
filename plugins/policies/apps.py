from django.apps import AppConfig


class PoliciesConfig(AppConfig):
    name = "plugins.policies"
    label = "trust_policies"
    verbose_name = "Policies"
    default_auto_field = "django.db.models.BigAutoField"
