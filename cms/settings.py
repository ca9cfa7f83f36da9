"""Community Trust CMS settings: one module, configured by environment variables.

Every variable has an embedded default so that a fresh clone runs with no set-up.
Production deployments set ``DJANGO_DEBUG=false``, ``SECRET_KEY``, ``REDIS_URL``,
``ALLOWED_HOSTS`` and ``CMS_SITE_URL``; with those the settings pass
``manage.py check --deploy``. With ``DJANGO_DEBUG=false`` the settings refuse to
load (ImproperlyConfigured, one line from manage.py) without a real
``SECRET_KEY`` or without ``REDIS_URL``: the development defaults are public or
work in one process only.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp import constants as csp
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

from cms.environment import (
    machine_translator_setting,
    reading_grade_target,
    search_backends,
)

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default):
    value = os.environ.get(name, default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", default=True)
# The development key is public: with it anyone can forge sessions, preview
# tokens and password-reset links, so production refuses it (and any key too
# short for check --deploy) before serving anything.
DEVELOPMENT_SECRET_KEY = "insecure-development-key-set-SECRET_KEY-in-production"  # noqa: S105
SECRET_KEY = os.environ.get("SECRET_KEY", "").strip() or DEVELOPMENT_SECRET_KEY
if not DEBUG and (
    SECRET_KEY == DEVELOPMENT_SECRET_KEY
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
):
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 50 characters when "
        "DJANGO_DEBUG is false; make one with: python -c "
        "'import secrets; print(secrets.token_urlsafe(50))'"
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

# The agency's front end: previews open there and API paths are relative to it.
CMS_SITE_URL = os.environ.get("CMS_SITE_URL", "http://localhost:3000").rstrip("/")

INSTALLED_APPS = [
    "cms",
    "plugins.faqs",
    "plugins.transparency",
    "plugins.policies",
    "plugins.stories",
    "plugins.tips",
    "plugins.community",
    "plugins.headless",
    "plugins.search",
    "plugins.translation",
    "plugins.plainlanguage",
    # The public site (USWDS): renders what the layers above deliver.
    "plugins.site",
    # Benchmark and scale-builder commands only: no models, URLs or hooks.
    "plugins.benchmarks",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "django_tasks",
    "django_tasks_db",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # django.contrib.staticfiles, collecting only the USWDS files the site uses.
    "cms.static_files.AgencyStaticFilesConfig",
    # intcomma: figures grouped as the reader's language groups them
    # (412,380 in English, 412 380 in Spanish).
    "django.contrib.humanize",
    "axes",
    "csp",
    "corsheaders",
    # Its sitemap templates render /sitemap.xml (cms/sitemaps.py).
    "django.contrib.sitemaps",
    # Its Swagger UI then loads from this server's static files, not a CDN.
    "ninja",
]

MIDDLEWARE = [
    # First, so its request id and duration cover everything after it.
    "cms.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything that may answer: preflights get their CORS headers.
    "corsheaders.middleware.CorsMiddleware",
    # Static files (the admin's included) are served by the app itself, before
    # sessions and the language redirect touch the request.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "cms.content_security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.ContentLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Serves anonymous GETs of site pages from the API's scoped response cache;
    # after the middleware above, so a cached page gets their headers too.
    "plugins.site.middleware.SitePageCacheMiddleware",
    # Wagtail's redirects, but never to a page the public may not see.
    "plugins.headless.redirects.PublicRedirectMiddleware",
    # Turns a sign-in refused by the login throttle into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite as a server database: readers never wait for the worker's writes
    # (WAL), writers wait for each other instead of failing, and the pages and
    # search index a request reads stay in memory (64 MiB of cache, 256 MiB
    # mapped) rather than being read again from the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456; "
                "PRAGMA temp_store=MEMORY;"
            ),
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    cache_key_prefix = os.environ.get("CACHE_KEY_PREFIX", "cms")
    CACHES = {
        "default": {
            # Django's RedisCache that serves uncached, never a 500, while
            # Redis is unreachable (cms/cache_backend.py).
            "BACKEND": "cms.cache_backend.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": cache_key_prefix,
        },
        # Wagtail's rendition cache, as its documentation advises: which
        # sizes of an image exist, read for every image a response shows. A
        # key names the image's file and focal point, so a changed image is
        # never served stale; kept a week rather than the responses' minutes.
        "renditions": {
            "BACKEND": "cms.cache_backend.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{cache_key_prefix}-renditions",
            "TIMEOUT": 7 * 24 * 60 * 60,
        },
    }
elif DEBUG:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # A process-local cache would keep serving, in every other worker, what it
    # held before a change (a page made private included), and would let the
    # feedback rate limit count per process.
    raise ImproperlyConfigured(
        "REDIS_URL must be set when DJANGO_DEBUG is false: every process must "
        "share one cache (redis://host:6379/0)."
    )

# Admin sign-in throttle (django-axes) ------------------------------------------
# After 10 wrong passwords for one account, or from one client address (read by
# cms/client_address.py), sign-in is refused for 30 minutes, right password or
# not, in every process (attempts are kept in the database). Each further try
# while locked out starts the 30 minutes again. A success does not reset the
# count: one's own account would otherwise wipe the count of an address that is
# guessing another's. `manage.py axes_reset_username <name>` unlocks early.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "cms.client_address.client_address"
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "cms.login_throttle.locked_out"

# Browser policies --------------------------------------------------------------
# Content-Security-Policy (django-csp) on every response: scripts, styles, fonts,
# images and data from this server only; frames of this server and of HTTPS
# embeds (videos). Inline styles are allowed: the site's stylesheet is inline and
# embed providers style their iframes. The admin also needs inline scripts,
# added for its paths only (cms/content_security.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:"],
        "font-src": [csp.SELF, "data:"],
        "connect-src": [csp.SELF],
        "media-src": [csp.SELF],
        "frame-src": [csp.SELF, "https:"],
        "frame-ancestors": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
    }
}
# Staff avatars are Wagtail's own image: Gravatar would be a third-party image
# (refused by the policy) that tells Gravatar who works in the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Powerful browser features nothing here uses are off for every page and frame.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

# Languages -----------------------------------------------------------------
# Content languages come from CMS_LANGUAGES; the first is the source language.
CMS_LANGUAGES = env_list("CMS_LANGUAGES", "en,es,vi,zh-hans,ar")
LANGUAGE_CODE = CMS_LANGUAGES[0]
LANGUAGES = [
    (code, LANG_INFO.get(code, {}).get("name", code)) for code in CMS_LANGUAGES
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
# The interface catalogues of each app are found in <app>/locale; blocks/ is a
# library, not an app, so its catalogues are named here (see cms/catalogues.py).
LOCALE_PATHS = [BASE_DIR / "blocks" / "locale"]
USE_TZ = True
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Static and media -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
MEDIA_URL = "/media/"
# USWDS 3's compiled assets, as `npm ci --prefix plugins/site` (make install)
# puts them: served from here, never from a CDN (the site works offline).
USWDS_DIST = BASE_DIR / "plugins/site/node_modules/@uswds/uswds/dist"
STATICFILES_DIRS = [
    (f"uswds/{folder}", USWDS_DIST / folder) for folder in ("css", "fonts", "img", "js")
]
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads: the local disk, or an S3-compatible bucket when CMS_MEDIA_BUCKET is
# set (cms/media_storage.py lists its variables).
from cms.media_storage import document_serve_method, media_storage  # noqa: E402

STORAGES = {
    "default": media_storage(os.environ),
    # Production serves hashed, compressed copies (gzip, and Brotli where
    # installed) made by collectstatic, which `make serve` runs first; whitenoise
    # gives hashed names a year's immutable Cache-Control.
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# In development whitenoise serves files as collectstatic would find them.
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_USE_FINDERS = DEBUG

# Wagtail --------------------------------------------------------------------
WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Community Trust CMS")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "cms.AgencyImage"
WAGTAILDOCS_EXTENSIONS = ["pdf", "csv", "xlsx", "docx", "txt", "odt"]
# Refuse to replace the file of a document a live policy attaches, or of an
# image it shows (cms/attached_files.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.documents.DocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.images.ImageForm"
WAGTAILDOCS_SERVE_METHOD = document_serve_method(STORAGES["default"])
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Search: the database backend, or Elasticsearch 8/9 when ELASTICSEARCH_URL is
# set (cms/environment.py; the README lists the variables).
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)

# Production hardening: with DEBUG off the settings pass check --deploy.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
# Load balancers probe health over plain HTTP inside the network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# Logs: JSON lines in production, plain text in development, each record with
# its request's id; one line per request (cms/request_log.py).
from cms.request_log import logging_config  # noqa: E402

CMS_LOG_FORMAT = os.environ.get("CMS_LOG_FORMAT", "text" if DEBUG else "json")
if CMS_LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured(
        f"CMS_LOG_FORMAT must be json or text, not {CMS_LOG_FORMAT!r}"
    )
LOGGING = logging_config(CMS_LOG_FORMAT, os.environ.get("LOG_LEVEL", "WARNING"))
WAGTAILAPI_RICH_TEXT_FORMAT = "html"  # API rich text with links resolved

# Background tasks: Wagtail's own run at once. Work that must survive an
# outside service being down goes through a database backend with a queue each:
# webhook deliveries ("webhooks"), retried Elasticsearch updates ("search"),
# email ("email", cms/outgoing_mail.py) and the periodic jobs ("schedule").
# `make worker` runs `manage.py db_worker --backend background
# --queue-name webhooks,search,email,schedule`, so a receiver, cluster or mail
# server that is down never holds up an editor or a resident.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["webhooks", "search", "email", "schedule"],
    },
}

# Periodic jobs (cms/schedule.py): `make schedule` hands each to the worker at
# its cron time (minute hour day month weekday, in TIME_ZONE). Each runs once
# per time however many schedulers run; times missed while none ran are made
# up by one run.
CMS_SCHEDULE = {
    # Publish pages whose go-live time has come; unpublish expired ones (their
    # "unpublished" webhook fires and cached responses drop them).
    "publish_scheduled": {"cron": "* * * * *", "command": ["publish_scheduled"]},
    # Anonymize feedback past CMS_FEEDBACK_RETENTION_DAYS; delete old spam.
    "purge_feedback": {"cron": "15 2 * * *", "command": ["purge_feedback"]},
    # Monday morning: email the Policy approvers the reviews overdue or due
    # within 30 days.
    "policy_reviews_due": {
        "cron": "0 7 * * 1",
        "command": ["policy_reviews_due", "--email"],
    },
    # Sunday night: rebuild the search index (drops entries of deleted or
    # changed objects a missed signal left behind) and refresh cached searches.
    "search_index": {"cron": "30 3 * * 0", "command": ["update_index"]},
    # Finished task results (deliveries, sends, jobs) are kept 30 days.
    "prune_task_results": {
        "cron": "45 2 * * *",
        "command": [
            "prune_db_task_results",
            "--backend=background",
            "--queue-name=*",
            "--min-age-days=30",
        ],
    },
}

# Email ------------------------------------------------------------------------
# EMAIL_URL names the mail server: smtp://user:password@host:25,
# smtp+tls://...:587 (STARTTLS), smtp+ssl://...:465, or consolemail:// (print
# instead of sending, the development default). Parsed by django-environ.
# Mail is sent by the worker (cms/outgoing_mail.py); a send waits at most
# EMAIL_TIMEOUT seconds and is retried when it fails.
import environ  # noqa: E402

try:
    email_server = environ.Env.email_url_config(
        os.environ.get(
            "EMAIL_URL", "consolemail://" if DEBUG else "smtp://localhost:25"
        )
    )
except (ImproperlyConfigured, ValueError) as error:
    raise ImproperlyConfigured(
        f"EMAIL_URL: {error}; use smtp://, smtp+tls://, smtp+ssl:// or consolemail://"
    ) from None
EMAIL_BACKEND = email_server["EMAIL_BACKEND"]
EMAIL_HOST = email_server["EMAIL_HOST"] or "localhost"
EMAIL_PORT = email_server["EMAIL_PORT"] or 25
EMAIL_HOST_USER = email_server["EMAIL_HOST_USER"] or ""
EMAIL_HOST_PASSWORD = email_server["EMAIL_HOST_PASSWORD"] or ""
EMAIL_USE_TLS = email_server.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = email_server.get("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cms@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Headless delivery ------------------------------------------------------------
CMS_WEBHOOK_URLS = env_list("CMS_WEBHOOK_URLS", "")
CMS_WEBHOOK_SECRET = os.environ.get("CMS_WEBHOOK_SECRET", "")
CMS_API_CACHE_CONTROL = os.environ.get(
    "CMS_API_CACHE_CONTROL", "public, max-age=60, stale-while-revalidate=300"
)
CMS_PREVIEW_MAX_AGE = int(os.environ.get("CMS_PREVIEW_MAX_AGE", "3600"))
# Where clients reach the API (the OpenAPI document's `servers`, the links of
# /api/v1/); unset: the scheme and host each request came to.
CMS_API_URL = os.environ.get("CMS_API_URL", "").rstrip("/")
# Where the public reads uploaded images and documents (cms.media_urls); unset:
# the scheme and host each request came to, behind CMS_TRUSTED_PROXY_COUNT.
CMS_MEDIA_URL = os.environ.get("CMS_MEDIA_URL", "").rstrip("/")
# Rich text links on the HTML site follow the API's visibility rule.
MIDDLEWARE = [*MIDDLEWARE, "plugins.headless.middleware.LinkVisibilityMiddleware"]
FORMS_URLFIELD_ASSUME_HTTPS = True

# Cross-origin calls (django-cors-headers): the front end at CMS_SITE_URL and
# the origins in CMS_CORS_ORIGINS may read the delivery API from a browser and
# post feedback to it. Nothing else is opened: only /api/v1/, no cookies or
# credentials, and only the methods the API answers (POST: the feedback
# endpoint; every other operation answers POST with 405). Any other origin gets
# no Access-Control-Allow-Origin, so its scripts cannot read a response.
CMS_CORS_ORIGINS = env_list("CMS_CORS_ORIGINS", "")
CORS_ALLOWED_ORIGINS = list(
    dict.fromkeys(
        [
            "{0.scheme}://{0.netloc}".format(urlsplit(CMS_SITE_URL)),
            *(origin.rstrip("/") for origin in CMS_CORS_ORIGINS),
        ]
    )
)
CORS_URLS_REGEX = r"^/api/v1/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS", "POST"]
CORS_ALLOW_HEADERS = [
    "accept",
    "accept-language",
    "content-type",
    "if-modified-since",
    "if-none-match",
]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Retry-After", "Content-Disposition"]
CORS_PREFLIGHT_MAX_AGE = 3600

# Translation (plugins.translation) -------------------------------------------
# The official language version, unless a page names another in the admin.
CMS_AUTHORITATIVE_LOCALE = os.environ.get("CMS_AUTHORITATIVE_LOCALE", LANGUAGE_CODE)
# Translators may only touch their own locales on wagtail-localize's endpoints.
MIDDLEWARE = [*MIDDLEWARE, "plugins.translation.middleware.TranslatorScopeMiddleware"]
# Machine translation is off unless CMS_MACHINE_TRANSLATOR names a backend:
# deepl (DEEPL_API_KEY), libretranslate (LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY)
# or google (GOOGLE_CLOUD_PROJECT; needs the google-cloud-translate package).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator_setting(os.environ)

# Client addresses ---------------------------------------------------------------
# How many reverse proxies stand in front of the application: the client is the
# X-Forwarded-For entry that many hops from the right (0: REMOTE_ADDR). One rule
# (cms/client_address.py) for the feedback rate limit and the login throttle.
from cms.client_address import (  # noqa: E402
    REMOVED_MESSAGE,
    REMOVED_SETTING,
    trusted_proxy_count,
)

CMS_TRUSTED_PROXY_COUNT = trusted_proxy_count(
    os.environ.get("CMS_TRUSTED_PROXY_COUNT", "0")
)
if REMOVED_SETTING in os.environ:
    raise ImproperlyConfigured(REMOVED_MESSAGE)

# Community feedback (plugins.community) ---------------------------------------
# Submissions one client may send ("10/h", "5/10m"), shared by the web form and
# POST /api/v1/feedback/; days before `manage.py purge_feedback` removes
# personal data from feedback; addresses told of new feedback (by reference and
# topic only).
CMS_FEEDBACK_RATE_LIMIT = os.environ.get("CMS_FEEDBACK_RATE_LIMIT", "10/h")
CMS_FEEDBACK_RETENTION_DAYS = int(os.environ.get("CMS_FEEDBACK_RETENTION_DAYS", "365"))
CMS_FEEDBACK_NOTIFY_EMAILS = env_list("CMS_FEEDBACK_NOTIFY_EMAILS", "")

# Plain language (plugins.plainlanguage) ----------------------------------------
# The US school grade public text should not exceed: the editor's reading-level
# panel, the API's `readability` and the report compare against it.
CMS_READING_GRADE_TARGET = reading_grade_target(
    os.environ.get("CMS_READING_GRADE_TARGET", "8")
)
