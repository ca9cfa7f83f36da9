"""The plain-language plugin's settings, each with a default so it installs
anywhere.

``reading_grade_target`` is imported by the project's settings module, so this
module must not import models.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

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


def target_grade():
    """The reading grade a page should not exceed."""
    return getattr(settings, "CMS_READING_GRADE_TARGET", DEFAULT_TARGET)
