"""The community plugin's settings, each with a default so it installs anywhere.

``CMS_FEEDBACK_RATE_LIMIT``
    Submissions one client may send, as "count/period": "10/h" (the default),
    "5/10m", "100/d". Units: s, m, h, d. The web form and the API share it.
    A client is its address as ``cms.client_address`` reads it
    (``CMS_TRUSTED_PROXY_COUNT``).
``CMS_FEEDBACK_SPAM_CHECK``
    Dotted path to ``check(submission) -> bool`` (True means spam); the default
    counts links and looks for spam words.
``CMS_FEEDBACK_SPAM_MAX_LINKS`` and ``CMS_FEEDBACK_SPAM_WORDS``
    Tune the default check.
``CMS_FEEDBACK_RETENTION_DAYS``
    How long personal data in submissions is kept (365): ``purge_feedback``
    removes it after that.
``CMS_FEEDBACK_NOTIFY_EMAILS``
    Addresses told about each new (non-spam) submission, by reference and
    topic only. Empty by default.
"""

from django.conf import settings

DEFAULTS = {
    "CMS_FEEDBACK_RATE_LIMIT": "10/h",
    "CMS_FEEDBACK_SPAM_CHECK": "plugins.community.spam.looks_like_spam",
    "CMS_FEEDBACK_SPAM_MAX_LINKS": 2,
    "CMS_FEEDBACK_SPAM_WORDS": (
        "viagra",
        "cialis",
        "casino",
        "crypto",
        "bitcoin",
        "forex",
        "payday loan",
        "seo services",
        "backlinks",
        "escort",
    ),
    "CMS_FEEDBACK_RETENTION_DAYS": 365,
    "CMS_FEEDBACK_NOTIFY_EMAILS": (),
}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])
