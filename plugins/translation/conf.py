"""The translation plugin's settings, each with a default so it installs anywhere.

Machine translation is configured by ``CMS_MACHINE_TRANSLATOR``, which
``cms.environment.machine_translator_setting`` turns into wagtail-localize's
``WAGTAILLOCALIZE_MACHINE_TRANSLATOR``.
"""

from django.conf import settings


def source_language_code():
    """The language translations are made from: the first content language."""
    return settings.LANGUAGE_CODE


def authoritative_language_code():
    """The language whose version is official unless a page says otherwise."""
    return getattr(settings, "CMS_AUTHORITATIVE_LOCALE", None) or source_language_code()
