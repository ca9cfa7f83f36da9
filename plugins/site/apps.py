from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    """The agency's public site on USWDS 3, rendered from the API's
    representation of each page (``rendering``)."""

    name = "plugins.site"
    label = "trust_site"
    verbose_name = _("Public site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from plugins.site import signal_handlers

        signal_handlers.connect()
