"""Stored reading levels: a page is measured when it is published, and the API
and the report read the stored figure instead of measuring text per request.

A page has no stored reading level when its language has no measure, when its
text is too short to measure, or when it is a synced copy (an alias) of
another page, whose text is the source's and is measured there.
"""

from django.core.exceptions import ObjectDoesNotExist

from plugins.plainlanguage.assessment import measure_page
from plugins.plainlanguage.models import ReadingLevel


def store(page):
    """Measure ``page`` (a specific page) and store its reading level, or
    remove a stale one. Returns the stored ``ReadingLevel`` or None."""
    reading = None
    if page.alias_of_id is None:
        _measure, reading = measure_page(page)
    if reading is None:
        ReadingLevel.objects.filter(page_id=page.pk).delete()
        return None
    level, _created = ReadingLevel.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "language_code": page.locale.language_code,
            "measure": reading.measure.code,
            "score": reading.score,
            "grade": reading.grade,
            "words": reading.words,
        },
    )
    return level


def stored(page):
    """The stored reading level of a page, or None; no query when the page was
    fetched with ``select_related("reading_level")``."""
    try:
        return page.reading_level
    except ObjectDoesNotExist:
        return None
