"""The translation plugin's settings, each with a default so it installs anywhere.

``machine_translator_setting`` is imported by the project's settings module, so
this module must not import models.
"""

import importlib.util

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

# Machine translation backends wagtail-localize ships, chosen with
# CMS_MACHINE_TRANSLATOR. Each maps its options to the environment variables
# that fill them; "required" options must be set.
MACHINE_TRANSLATORS = {
    "deepl": {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "required": {"AUTH_KEY": "DEEPL_API_KEY"},
        "optional": {"FORMALITY": "DEEPL_FORMALITY"},
    },
    "google": {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "required": {"PROJECT_ID": "GOOGLE_CLOUD_PROJECT"},
        "optional": {
            "LOCATION": "GOOGLE_CLOUD_LOCATION",
            "CREDENTIALS_PATH": "GOOGLE_APPLICATION_CREDENTIALS",
        },
        "module": "google.cloud.translate",
        "package": "google-cloud-translate",
    },
    "libretranslate": {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "required": {"LIBRETRANSLATE_URL": "LIBRETRANSLATE_URL"},
        # LibreTranslate servers run without a key unless they require one.
        "defaults": {"API_KEY": ""},
        "optional": {"API_KEY": "LIBRETRANSLATE_API_KEY"},
    },
    # Reverses the words: for demonstrations and tests, never for residents.
    "dummy": {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"},
}
OFF = {"", "none", "off", "false", "0"}


def machine_translator_setting(environ):
    """WAGTAILLOCALIZE_MACHINE_TRANSLATOR from the environment; None (machine
    translation off) unless CMS_MACHINE_TRANSLATOR names a backend."""
    name = environ.get("CMS_MACHINE_TRANSLATOR", "").strip().lower()
    if name in OFF:
        return None
    backend = MACHINE_TRANSLATORS.get(name)
    if backend is None:
        choices = ", ".join(sorted(MACHINE_TRANSLATORS))
        raise ImproperlyConfigured(
            f"CMS_MACHINE_TRANSLATOR={name!r} is not a machine translator; "
            f"choose one of {choices}, or leave it unset."
        )
    options = dict(backend.get("defaults", {}))
    for option, variable in backend.get("required", {}).items():
        value = environ.get(variable, "").strip()
        if not value:
            raise ImproperlyConfigured(
                f"CMS_MACHINE_TRANSLATOR={name} needs {variable} to be set."
            )
        options[option] = value
    for option, variable in backend.get("optional", {}).items():
        value = environ.get(variable, "").strip()
        if value:
            options[option] = value
    module = backend.get("module")
    if module and not importable(module):
        raise ImproperlyConfigured(
            f"CMS_MACHINE_TRANSLATOR={name} needs the {backend['package']} package."
        )
    return {"CLASS": backend["CLASS"], "OPTIONS": options}


def importable(module):
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def source_language_code():
    """The language translations are made from: the first content language."""
    return settings.LANGUAGE_CODE


def authoritative_language_code():
    """The language whose version is official unless a page says otherwise."""
    return getattr(settings, "CMS_AUTHORITATIVE_LOCALE", None) or source_language_code()
