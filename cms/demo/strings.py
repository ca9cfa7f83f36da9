"""Demo translations as wagtail-localize stores a translator's work.

Plugins that ship demo content in several languages give, per language, a map
from each source text to its translation; this stores it for every segment of
the object's translation source, so the admin shows real translations.
"""

TOOL_NAME = "Riverside demo loader"


def store_manual_translations(obj, locale, strings, missing):
    """Store ``strings`` (source text -> translated text) as the manual
    translation of every segment of ``obj`` into ``locale``, and return the
    wagtail-localize ``Translation``. A segment with no entry raises the
    exception ``missing(segment)`` returns, before anything is saved."""
    from wagtail_localize.models import (
        StringSegment,
        StringTranslation,
        Translation,
        TranslationSource,
    )

    source, _created = TranslationSource.get_or_create_from_instance(obj)
    segments = list(
        StringSegment.objects.filter(source=source).select_related("string", "context")
    )
    for segment in segments:
        if segment.string.data not in strings:
            raise missing(segment)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    for segment in segments:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": strings[segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": TOOL_NAME,
            },
        )
    return translation
