"""Settings values parsed from environment variables, for ``cms/settings.py``.

Each parser takes the environment text and returns the setting, or stops the
settings with one ``ImproperlyConfigured`` line naming the variable. They live
in the core, with the settings module they serve, so that the settings import
no plugin (the layers in ``pyproject.toml``); a plugin reads the parsed value
from ``django.conf.settings`` and never the environment.

Nothing here may import models.
"""

import importlib.util
import os
from importlib import metadata

from django.core.exceptions import ImproperlyConfigured

# Search backends ----------------------------------------------------------------
# Wagtail's database backend by default, Elasticsearch 8 or 9 when
# ``ELASTICSEARCH_URL`` is set (the README lists every ELASTICSEARCH_* variable).
# The backend module matches the installed ``elasticsearch`` client's major
# version (8 or 9), which must match the cluster's. The per-language analysis
# settings are the backend's own (plugins.search.backends.elasticsearch).
DATABASE_BACKEND = "plugins.search.backends.database"
ELASTICSEARCH_BACKENDS = {
    8: "plugins.search.backends.elasticsearch8",
    9: "plugins.search.backends.elasticsearch9",
}


def elasticsearch_client_major():
    """The installed ``elasticsearch`` client's major version, or None."""
    try:
        version = metadata.version("elasticsearch")
    except metadata.PackageNotFoundError:
        return None
    return int(version.split(".")[0])


def _truthy(value):
    return value.strip().lower() in {"1", "true", "yes", "on"}


def search_backends(environ=None, client_major=None):
    """``WAGTAILSEARCH_BACKENDS`` for the environment ``environ``."""
    environ = os.environ if environ is None else environ
    urls = [
        url.strip()
        for url in environ.get("ELASTICSEARCH_URL", "").split(",")
        if url.strip()
    ]
    if not urls:
        return {"default": {"BACKEND": DATABASE_BACKEND}}

    major = client_major or elasticsearch_client_major()
    if major not in ELASTICSEARCH_BACKENDS:
        raise ImproperlyConfigured(
            "ELASTICSEARCH_URL is set but the installed elasticsearch client "
            f"({major or 'none'}) is not version 8 or 9: "
            "pip install 'elasticsearch>=8,<10'."
        )

    options = {}
    username = environ.get("ELASTICSEARCH_USERNAME", "")
    if username:
        options["basic_auth"] = (username, environ.get("ELASTICSEARCH_PASSWORD", ""))
    api_key = environ.get("ELASTICSEARCH_API_KEY", "")
    if api_key:
        if username:
            raise ImproperlyConfigured(
                "Set ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME, not both."
            )
        options["api_key"] = api_key
    ca_certs = environ.get("ELASTICSEARCH_CA_CERTS", "")
    if ca_certs:
        options["ca_certs"] = ca_certs
    verify = environ.get("ELASTICSEARCH_VERIFY_CERTS", "")
    if verify and not _truthy(verify):
        options["verify_certs"] = False

    try:
        timeout = float(environ.get("ELASTICSEARCH_TIMEOUT", "5"))
    except ValueError as error:
        raise ImproperlyConfigured("ELASTICSEARCH_TIMEOUT must be seconds.") from error

    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKENDS[major],
            "URLS": urls,
            "INDEX_PREFIX": environ.get("ELASTICSEARCH_INDEX_PREFIX", "cms_"),
            "TIMEOUT": timeout,
            "OPTIONS": options,
            "ATOMIC_REBUILD": True,
        }
    }


# Machine translation (wagtail-localize) -----------------------------------------
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


# Plain language --------------------------------------------------------------------
# Federal plain-language guidance and most agencies' style guides aim public
# text at about an 8th-grade reading level.
DEFAULT_TARGET = 8
# US school grades, first grade to the end of a doctorate.
LOWEST_TARGET, HIGHEST_TARGET = 1, 20


def reading_grade_target(value):
    """CMS_READING_GRADE_TARGET from its environment text: a grade from 1 to
    20; anything else stops the settings with one line naming the variable."""
    try:
        target = float(str(value).strip())
    except ValueError:
        target = None
    if target is None or not LOWEST_TARGET <= target <= HIGHEST_TARGET:
        raise ImproperlyConfigured(
            f"CMS_READING_GRADE_TARGET={value!r} is not a school grade; give a "
            f"number from {LOWEST_TARGET} to {HIGHEST_TARGET}, such as 8."
        )
    return int(target) if target.is_integer() else target
