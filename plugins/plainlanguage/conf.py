"""The plain-language plugin's settings, each with a default so it installs
anywhere.

``CMS_READING_GRADE_TARGET`` is parsed and checked by
``cms.environment.reading_grade_target``.
"""

from django.conf import settings

from cms.environment import DEFAULT_TARGET


def target_grade():
    """The reading grade a page should not exceed."""
    return getattr(settings, "CMS_READING_GRADE_TARGET", DEFAULT_TARGET)
