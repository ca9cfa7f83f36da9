"""PO files for translators' own tools: one file per translated object.

Files come from wagtail-localize's ``Translation.export_po()``, completed into
files that pass GNU gettext's ``msgfmt -c``: the standard header fields, each
message's field path as a source reference, duplicates removed. An import
validates every file before anything is applied, then applies them all in one
transaction (``Translation.import_po``).
"""

import re
from dataclasses import dataclass
from pathlib import Path

import polib
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import to_locale
from wagtail.models import Page
from wagtail_localize.models import (
    SourceDeletedError,
    StringSegment,
    Translation,
    TranslationContext,
)
from wagtail_localize.strings import StringValue, validate_translation_links

from plugins.translation.status import CURRENT, translation_status

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"
SOURCE_UPDATED = "X-TrustCMS-Source-Updated"
SOURCE_OBJECT = "X-TrustCMS-Source"
TOOL_NAME = "PO file"

# One line of a PO file: a comment, a keyword with a quoted string, or a
# continuation string. polib accepts some malformed lines silently (an
# unterminated string, for one), so each line is checked first.
QUOTED = r'"(?:[^"\\]|\\.)*"'
PO_LINE = re.compile(
    rf"^\s*(?:#.*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+{QUOTED}\s*"
    rf"|{QUOTED}\s*)?$"
)
SYNTAX_ERROR_LINE = re.compile(r"\(line (\d+)\)")


class POFileError(Exception):
    """A file that cannot be imported, with where and why."""

    def __init__(self, path, line, message):
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path.name}:{line}: {message}")


@dataclass
class ValidatedFile:
    path: Path
    translation: Translation
    po: polib.POFile
    strings: int


def gettext_language(locale):
    """The PO ``Language`` header value for a locale: es, zh_Hans, ar."""
    return to_locale(locale.language_code)


def file_name(translation):
    source = translation.source
    model = source.specific_content_type.model_class()
    if model and issubclass(model, Page):
        kind = "page"
    else:
        kind = source.specific_content_type.model
    instance_pk = source.get_source_instance().pk
    slug = slugify(source.object_repr)[:60] or "untitled"
    return (
        f"{kind}-{instance_pk}-{slug}.{gettext_language(translation.target_locale)}.po"
    )


def export_po(translation):
    """The translation's PO file, ready for translators' tools and ``msgfmt -c``."""
    source = translation.source
    po = translation.export_po()
    now = timezone.now().strftime("%Y-%m-%d %H:%M%z")
    language = translation.target_locale.get_display_name()
    po.metadata = {
        "Project-Id-Version": getattr(settings, "WAGTAIL_SITE_NAME", "Wagtail"),
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": now,
        "PO-Revision-Date": now,
        "Last-Translator": "",
        "Language-Team": f"{language} translators",
        "Language": gettext_language(translation.target_locale),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        TRANSLATION_ID: str(translation.uuid),
        SOURCE_OBJECT: source.object_repr,
        SOURCE_UPDATED: source.last_updated_at.isoformat(),
    }
    po.header = (
        f"{source.object_repr}: from {source.locale.get_display_name()} into "
        f"{language}.\nEach reference names the field the text comes from. "
        "Translate the msgstr lines only; entries marked fuzzy are not imported."
    )
    field_paths = dict(
        TranslationContext.objects.filter(object_id=source.object_id).values_list(
            "path", "field_path"
        )
    )
    seen = set()
    entries = []
    for entry in po:
        key = (entry.msgctxt, entry.msgid, entry.obsolete)
        # The same text twice in one field is one message for gettext.
        if key in seen:
            continue
        seen.add(key)
        if not entry.obsolete:
            entry.occurrences = [(field_paths.get(entry.msgctxt) or entry.msgctxt, "")]
        entries.append(entry)
    po[:] = entries
    return po


def translations_for_export(locale, outdated_only=False):
    """Enabled translations into ``locale`` whose source still exists; with
    ``outdated_only``, those that are not current."""
    translations = (
        Translation.objects.filter(target_locale=locale, enabled=True)
        .select_related("source", "source__locale", "target_locale")
        .order_by("source__object_repr", "pk")
    )
    if outdated_only:
        not_current = {
            row.translation_id
            for row in translation_status(locales=[locale])
            if row.status != CURRENT and row.translation_id
        }
        translations = translations.filter(pk__in=not_current)
    exportable = []
    for translation in translations:
        try:
            translation.source.get_source_instance()
        except translation.source.specific_content_type.model_class().DoesNotExist:
            continue
        exportable.append(translation)
    return exportable


def write_po_files(translations, directory):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for translation in translations:
        path = directory / file_name(translation)
        export_po(translation).save(str(path))
        written.append(path)
    return written


def line_of(text, needle, default=1):
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return default


def parse(path):
    """The PO file at ``path``, or POFileError naming the first bad line."""
    try:
        text = Path(path).read_text(encoding="utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise POFileError(path, 1, f"not UTF-8 text ({error.reason})") from error
    for number, line in enumerate(text.splitlines(), start=1):
        if not PO_LINE.match(line):
            raise POFileError(path, number, f"not valid PO syntax: {line.strip()!r}")
    try:
        # From the path: polib would treat text that names a file as that file.
        po = polib.pofile(str(path))
    except (OSError, ValueError) as error:
        found = SYNTAX_ERROR_LINE.search(str(error))
        raise POFileError(
            path, int(found.group(1)) if found else 1, f"not valid PO: {error}"
        ) from error
    return po, text


def validate(path, locale=None):
    """Check one file against the translation it was exported from."""
    po, text = parse(path)
    translation_id = po.metadata.get(TRANSLATION_ID)
    if not translation_id:
        raise POFileError(
            path, 1, f"no {TRANSLATION_ID} header: not a file exported by this CMS"
        )
    header_line = line_of(text, TRANSLATION_ID)
    translation = (
        Translation.objects.select_related("source", "target_locale", "source__locale")
        .filter(uuid=translation_id)
        .first()
        if is_uuid(translation_id)
        else None
    )
    if translation is None:
        raise POFileError(
            path, header_line, f"no translation {translation_id} in this CMS"
        )
    target = translation.target_locale
    language = po.metadata.get("Language", "")
    language_line = line_of(text, '"Language:', header_line)
    if to_locale(language or "?") != gettext_language(target):
        raise POFileError(
            path,
            language_line,
            f"the file says Language {language!r}, but its translation is into "
            f"{target.language_code}",
        )
    if locale is not None and target.pk != locale.pk:
        raise POFileError(
            path,
            language_line,
            f"this file is for {target.language_code}, not {locale.language_code}",
        )
    if not translation.enabled:
        raise POFileError(
            path,
            header_line,
            "this translation is no longer synced (stopped in the admin)",
        )
    source = translation.source
    try:
        source.get_source_instance()
    except source.specific_content_type.model_class().DoesNotExist as error:
        raise POFileError(
            path, header_line, f"the source '{source.object_repr}' was deleted"
        ) from error
    exported_from = po.metadata.get(SOURCE_UPDATED, "")
    if exported_from != source.last_updated_at.isoformat():
        raise POFileError(
            path,
            line_of(text, SOURCE_UPDATED, header_line),
            f"the source '{source.object_repr}' changed after this file was "
            f"exported ({exported_from or 'unknown date'}); export it again",
        )

    segments = {
        (segment.context.path, segment.string.data): segment
        for segment in StringSegment.objects.filter(source=source).select_related(
            "context", "string"
        )
    }
    strings = 0
    for entry in po:
        if entry.obsolete or entry.fuzzy or not entry.msgstr:
            continue
        segment = segments.get((entry.msgctxt, entry.msgid))
        if segment is None:
            raise POFileError(
                path,
                entry.linenum,
                f"{entry.msgid[:40]!r} is not a text of '{source.object_repr}' "
                f"at {entry.msgctxt!r}",
            )
        try:
            StringValue.from_translated_html(entry.msgstr)
            validate_translation_links(segment.string.data, entry.msgstr)
        except ValueError as error:
            raise POFileError(
                path, entry.linenum, f"invalid translation: {error}"
            ) from error
        strings += 1
    return ValidatedFile(Path(path), translation, po, strings)


def is_uuid(value):
    return bool(
        re.fullmatch(
            r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            value.strip().lower(),
        )
    )


def validate_all(paths, locale=None):
    """Validated files, or the list of every problem found."""
    validated, errors, seen = [], [], {}
    for path in sorted(paths):
        try:
            checked = validate(path, locale=locale)
        except (POFileError, SourceDeletedError) as error:
            errors.append(error)
            continue
        earlier = seen.get(checked.translation.pk)
        if earlier is not None:
            errors.append(
                POFileError(
                    path, 1, f"same translation as {earlier.name}: import only one"
                )
            )
            continue
        seen[checked.translation.pk] = checked.path
        validated.append(checked)
    return validated, errors


def importable_copy(po):
    """The file's messages that are imported: translated, not fuzzy, not obsolete."""
    copy = polib.POFile(wrapwidth=po.wrapwidth)
    copy.metadata = dict(po.metadata)
    for entry in po:
        if entry.obsolete or entry.fuzzy or not entry.msgstr:
            continue
        copy.append(entry)
    return copy


@transaction.atomic
def apply(validated, user=None):
    """Import every validated file; all or nothing. Returns the string count."""
    count = 0
    for checked in validated:
        warnings = checked.translation.import_po(
            importable_copy(checked.po), user=user, tool_name=TOOL_NAME
        )
        if warnings:
            # Validation rules out every warning import_po gives; should one
            # appear, nothing is kept.
            raise POFileError(checked.path, 1, f"could not import: {warnings[0]!r}")
        count += checked.strings
    return count
