"""Keeping translators' hand edits when a stopped translation restarts.

wagtail-localize lets a translator stop a synced translation and edit the
translated page or snippet by hand. Restarting the sync ("Start synced
translation") then rebuilds the object from the source and the translation
memory on its next save, and the hand edits are lost
(wagtail-localize issue #876).

Before a restart, ``harvest_manual_edits`` writes the hand-edited text back
into translation memory, as the translation of the source text it stands in
for, and a hand-changed image, document, page or link as an override of the
synchronized value. Text that has no counterpart in the source (a paragraph
the translator added, a field split in two) cannot be kept that way: the
restart is refused and the translator told where. Dates, numbers, choices and
relations without an override always follow the source: they are the agency's
facts, not wording.
"""

import json
from collections import defaultdict

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from wagtail.models import RevisionMixin
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

TOOL_NAME = "Edited by hand"


class ManualEditsConflict(Exception):
    """Hand-edited text with no place in the source; the paths say where."""

    def __init__(self, paths):
        self.paths = sorted(paths)
        super().__init__(", ".join(self.paths))


def current_content(instance):
    """The translated object as the translator last saved it (a draft counts)."""
    if isinstance(instance, RevisionMixin) and instance.latest_revision_id:
        return instance.get_latest_revision_as_object()
    return instance


@transaction.atomic
def harvest_manual_edits(translation, instance, user=None):
    """Store hand edits of ``instance`` (the target of ``translation``) as
    string translations and overrides. Returns how many were stored; raises
    ManualEditsConflict, storing nothing, when some cannot be kept."""
    source = translation.source
    locale = translation.target_locale
    edited = current_content(instance)

    edited_strings = defaultdict(list)
    edited_overridables = {}
    for segment in extract_segments(edited):
        if isinstance(segment, StringSegmentValue):
            edited_strings[segment.path].append(segment.string.data)
        elif isinstance(segment, OverridableSegmentValue):
            edited_overridables[segment.path] = segment.data

    source_strings = defaultdict(list)
    for segment in (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    ):
        source_strings[segment.context.path].append(segment)

    source_overridables = {
        segment.context.path: segment
        for segment in OverridableSegment.objects.filter(source=source).select_related(
            "context"
        )
    }

    conflicts = {path for path in edited_strings if path not in source_strings}
    conflicts |= {
        path
        for path, segments in source_strings.items()
        if path in edited_strings and len(edited_strings[path]) != len(segments)
    }
    # An image or link set by hand where the source has none (or a link whose
    # address was changed inside a text) has nothing to override.
    conflicts |= {
        path for path in edited_overridables if path not in source_overridables
    }
    if conflicts:
        raise ManualEditsConflict(conflicts)

    stored = 0
    for path, segments in source_strings.items():
        for segment, text in zip(segments, edited_strings.get(path, []), strict=False):
            if text == segment.string.data:
                continue  # still the source text: nothing was translated here
            existing = StringTranslation.objects.filter(
                translation_of=segment.string, locale=locale, context=segment.context
            ).first()
            if existing is not None and existing.data == text:
                continue
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": TOOL_NAME,
                    "last_translated_by": user,
                    "has_error": False,
                    "field_error": "",
                },
            )
            stored += 1

    for path, segment in source_overridables.items():
        if path not in edited_overridables:
            continue
        value = edited_overridables[path]
        if value == segment.data:
            continue
        data_json = json.dumps(value, cls=DjangoJSONEncoder)
        existing = SegmentOverride.objects.filter(
            locale=locale, context=segment.context
        ).first()
        if existing is not None and json.loads(existing.data_json) == value:
            continue
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=segment.context,
            defaults={"data_json": data_json, "last_translated_by": user},
        )
        stored += 1
    return stored
