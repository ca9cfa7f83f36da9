"""Spam checks for feedback: a honeypot field and a pluggable content check.

Spam is not rejected: it is answered like any submission, with a reference, and
stored with the status "spam", so a bot learns nothing and staff can rescue a
resident the check got wrong. Spam never counts in public figures and
``purge_feedback`` deletes it outright.
"""

import re

from django.utils.module_loading import import_string

from plugins.community.conf import setting

# Hidden from people (off screen, out of the tab order, no autofill); bots that
# fill every field fill it too.
HONEYPOT_FIELD = "website"

LINK = re.compile(r"(https?://|www\.|\[url|<a\s)", re.IGNORECASE)


def looks_like_spam(submission):
    """The default check: too many links, or a word spam is known for."""
    text = " ".join(
        value for value in (submission.message, submission.name) if value
    ).lower()
    if len(LINK.findall(text)) > setting("CMS_FEEDBACK_SPAM_MAX_LINKS"):
        return True
    return any(
        re.search(rf"\b{re.escape(word.lower())}\b", text)
        for word in setting("CMS_FEEDBACK_SPAM_WORDS")
    )


def spam_check():
    """The configured ``check(submission) -> bool``."""
    return import_string(setting("CMS_FEEDBACK_SPAM_CHECK"))
