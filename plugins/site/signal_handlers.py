"""A change of the agency's details shows on every cached site page at once."""

from django.db.models.signals import post_delete, post_save

from plugins.headless import caching, scopes
from plugins.site.models import AgencySettings


def on_agency_settings_changed(sender, instance, **kwargs):
    caching.invalidate(scopes.SITE_AGENCY)


def connect():
    for signal in (post_save, post_delete):
        signal.connect(
            on_agency_settings_changed,
            sender=AgencySettings,
            dispatch_uid=f"trust_site_agency_{id(signal)}",
        )
