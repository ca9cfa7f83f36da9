"""Which pages and snippets are missing, outdated or current in each locale.

A live source-language object is, in a target locale:

- **missing** when residents cannot read a translation: there is none, only
  the synced, untranslated copy (an alias), or a translation never published;
- **outdated** when a published translation lags behind: the source was
  published after the translation's last sync, strings are untranslated,
  synced changes or translated strings are not yet published, or (for
  translations edited by hand) the source changed after the translation;
- **current** otherwise.

Everything is computed in a fixed number of queries per content type, whatever
the number of objects and locales.
"""

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.urls import reverse
from django.utils.translation import get_language, gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from plugins.headless.endpoints import later, source_changed_since
from plugins.translation.roles import translatable_snippet_models

MISSING = "missing"
OUTDATED = "outdated"
CURRENT = "current"
STATUSES = {
    MISSING: _("Missing"),
    OUTDATED: _("Outdated"),
    CURRENT: _("Current"),
}
PAGE = "page"

# Why a row has its status: marked for translation here and translated when
# a report is made (``translated_reason``), in its language.
NOT_TRANSLATED = gettext_noop("Not translated")
SOURCE_SHOWN = gettext_noop("Not translated: the source is shown")
TRANSLATION_UNPUBLISHED = gettext_noop("Translation not published yet")
CHANGED_AFTER_EDIT = gettext_noop("Edited by hand; the source changed afterwards")
SOURCE_CHANGED = gettext_noop("The source changed since the last sync")
HAND_EDITED = gettext_noop("Edited by hand")
TEXTS_MISSING = gettext_noop("%(missing)d of %(total)d texts not translated")
SYNC_UNPUBLISHED = gettext_noop("Synced changes not published yet")
TEXTS_UNPUBLISHED = gettext_noop("Translated texts not published yet")
UP_TO_DATE = gettext_noop("Up to date")


@dataclass
class StatusRow:
    """One source object in one target locale."""

    locale: Locale
    kind: str  # "page" or the snippet model's label, e.g. "trust_faqs.faq"
    type_name: str
    title: str
    status: str
    reason: str
    source_id: int
    target_id: int | None = None
    translation_id: int | None = None
    translation_source_id: int | None = None
    model: type = field(default=None, repr=False)
    reason_is_alias: bool = False
    reason_is_source_changed: bool = False

    @property
    def language_code(self):
        return self.locale.language_code

    @property
    def language(self):
        return self.locale.get_display_name()

    @property
    def status_label(self):
        return str(STATUSES[self.status])

    @property
    def source_edit_url(self):
        return edit_url(self.model, self.source_id)

    @property
    def target_edit_url(self):
        return edit_url(self.model, self.target_id) if self.target_id else None

    @property
    def submit_url(self):
        """wagtail-localize's "translate" form, with this locale ticked."""
        if self.kind == PAGE:
            url = reverse(
                "wagtail_localize:submit_page_translation", args=[self.source_id]
            )
        else:
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[
                    self.model._meta.app_label,
                    self.model._meta.model_name,
                    quote(self.source_id),
                ],
            )
        return f"{url}?select_locale={self.language_code}"

    @property
    def sync_url(self):
        """wagtail-localize's "update translations" form for the source."""
        if self.translation_source_id is None:
            return None
        return reverse(
            "wagtail_localize:update_translations", args=[self.translation_source_id]
        )

    @property
    def action(self):
        """(label, url) of the next step for a translator."""
        if self.status == MISSING:
            if self.target_id and not self.reason_is_alias:
                return _("Continue translating"), self.target_edit_url
            return _("Translate"), self.submit_url
        if self.status == OUTDATED and self.reason_is_source_changed:
            return _("Sync from source"), self.sync_url
        if self.status == OUTDATED:
            return _("Update translation"), self.target_edit_url
        return _("Edit"), self.target_edit_url

    @property
    def action_label(self):
        return str(self.action[0])

    @property
    def action_url(self):
        return self.action[1]


def edit_url(model, pk):
    if model is None or issubclass(model, Page):
        return reverse("wagtailadmin_pages:edit", args=[pk])
    return reverse(
        f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:edit",
        args=[quote(pk)],
    )


class _Computation:
    """Status rows for one base model (Page, or one snippet model)."""

    def __init__(self, model, source_locale, target_locales):
        self.model = model
        self.source_locale = source_locale
        self.target_locales = list(target_locales)
        self.is_page = issubclass(model, Page)
        self.content_type = ContentType.objects.get_for_model(model)
        # The language the rows' reasons are given in.
        self.language = get_language()

    def sources(self):
        objects = self.model._default_manager.filter(locale=self.source_locale)
        if self.is_page:
            objects = objects.filter(depth__gt=1, alias_of__isnull=True)
            # Only the sites' pages: not Wagtail's welcome page or other strays.
            roots = Page.objects.filter(
                translation_key__in=Site.objects.values("root_page__translation_key"),
                locale=self.source_locale,
            ).values_list("path", flat=True)
            in_sites = Q()
            for path in roots:
                in_sites |= Q(path__startswith=path)
            if in_sites:
                objects = objects.filter(in_sites)
        if issubclass(self.model, DraftStateMixin):
            objects = objects.filter(live=True)
        return objects

    def rows(self):
        sources = self.sources()
        keys = sources.values("translation_key")
        fields = ["pk", "translation_key", "last_published_at"]
        if self.is_page:
            source_rows = list(
                sources.order_by("path").values(*fields, "title", "content_type_id")
            )
        else:
            source_rows = [
                {
                    "pk": obj.pk,
                    "translation_key": obj.translation_key,
                    "last_published_at": getattr(obj, "last_published_at", None),
                    "title": str(obj),
                    "content_type_id": self.content_type.pk,
                }
                for obj in sources.order_by("pk")
            ]
        if not source_rows or not self.target_locales:
            return []

        targets = {}
        target_fields = ["pk", "translation_key", "locale_id", "last_published_at"]
        target_objects = self.model._default_manager.filter(
            translation_key__in=keys, locale__in=self.target_locales
        )
        if self.is_page:
            target_fields.append("alias_of_id")
        if issubclass(self.model, DraftStateMixin):
            target_fields.append("live")
        for target in target_objects.values(*target_fields):
            targets[(target["translation_key"], target["locale_id"])] = target

        translation_sources = {
            row["object_id"]: row
            for row in TranslationSource.objects.filter(
                object_id__in=keys, locale=self.source_locale
            ).values("pk", "object_id", "last_updated_at")
        }
        source_ids = [row["pk"] for row in translation_sources.values()]
        translations = {
            (row["source_id"], row["target_locale_id"]): row
            for row in Translation.objects.filter(source_id__in=source_ids).values(
                "pk", "source_id", "target_locale_id", "enabled"
            )
        }
        totals = dict(
            StringSegment.objects.filter(source_id__in=source_ids)
            .values("source_id")
            .annotate(total=Count("pk"))
            .values_list("source_id", "total")
        )
        translated = {}
        for locale in self.target_locales:
            done = (
                StringSegment.objects.filter(source_id__in=source_ids)
                .filter(
                    Exists(
                        StringTranslation.objects.filter(
                            translation_of_id=OuterRef("string_id"),
                            context_id=OuterRef("context_id"),
                            locale=locale,
                            has_error=False,
                        )
                    )
                )
                .values("source_id")
                .annotate(done=Count("pk"))
                .values_list("source_id", "done")
            )
            for source_id, count in done:
                translated[(source_id, locale.pk)] = count
        last_string_update = {
            (row["context__object_id"], row["locale_id"]): row["last"]
            for row in StringTranslation.objects.filter(
                context__object_id__in=keys, locale__in=self.target_locales
            )
            .values("context__object_id", "locale_id")
            .annotate(last=Max("updated_at"))
        }

        rows = []
        type_names = {}
        for source in source_rows:
            content_type_id = source["content_type_id"]
            if content_type_id not in type_names:
                specific = ContentType.objects.get_for_id(content_type_id).model_class()
                type_names[content_type_id] = (
                    specific,
                    str(specific._meta.verbose_name) if specific else "",
                )
            specific, type_name = type_names[content_type_id]
            translation_source = translation_sources.get(source["translation_key"])
            for locale in self.target_locales:
                target = targets.get((source["translation_key"], locale.pk))
                translation = (
                    translations.get((translation_source["pk"], locale.pk))
                    if translation_source
                    else None
                )
                row = StatusRow(
                    locale=locale,
                    kind=PAGE if self.is_page else self.model._meta.label_lower,
                    type_name=type_name,
                    title=source["title"],
                    status=CURRENT,
                    reason="",
                    source_id=source["pk"],
                    target_id=target["pk"] if target else None,
                    translation_id=translation["pk"] if translation else None,
                    translation_source_id=(
                        translation_source["pk"] if translation_source else None
                    ),
                    model=self.model if not self.is_page else specific,
                )
                self.classify(
                    row,
                    source,
                    target,
                    translation_source,
                    translation,
                    totals,
                    translated,
                    last_string_update,
                )
                rows.append(row)
        return rows

    def classify(
        self,
        row,
        source,
        target,
        translation_source,
        translation,
        totals,
        translated,
        last_string_update,
    ):
        def mark(status, reason, **values):
            row.status = status
            text = translated_reason(reason, self.language)
            row.reason = text % values if values else text

        if target is None:
            return mark(MISSING, NOT_TRANSLATED)
        if target.get("alias_of_id"):
            row.reason_is_alias = True
            return mark(MISSING, SOURCE_SHOWN)
        if "live" in target and not target["live"]:
            return mark(MISSING, TRANSLATION_UNPUBLISHED)

        published_at = target["last_published_at"]
        by_hand = translation is None or not translation["enabled"]
        synced_at = None if by_hand else translation_source["last_updated_at"]
        # The API's ``outdated`` rule first, then what only translators see.
        if source_changed_since(source["last_published_at"], synced_at, published_at):
            if by_hand:
                return mark(OUTDATED, CHANGED_AFTER_EDIT)
            row.reason_is_source_changed = True
            return mark(OUTDATED, SOURCE_CHANGED)
        if by_hand:
            # Translated by hand (or with sync stopped): only dates to go on.
            return mark(CURRENT, HAND_EDITED)
        total = totals.get(translation_source["pk"], 0)
        done = translated.get((translation_source["pk"], row.locale.pk), 0)
        if done < total:
            return mark(
                OUTDATED,
                TEXTS_MISSING,
                missing=total - done,
                total=total,
            )
        if later(synced_at, published_at):
            return mark(OUTDATED, SYNC_UNPUBLISHED)
        last_string = last_string_update.get((source["translation_key"], row.locale.pk))
        if later(last_string, published_at):
            return mark(OUTDATED, TEXTS_UNPUBLISHED)
        return mark(CURRENT, UP_TO_DATE)


def target_locales(locales=None):
    source = Locale.get_default()
    queryset = Locale.objects.exclude(pk=source.pk).order_by("language_code")
    if locales is not None:
        queryset = queryset.filter(pk__in=[locale.pk for locale in locales])
    return source, list(queryset)


def status_models():
    """The base models whose translations are tracked: pages and the
    translatable snippets."""
    return [Page, *translatable_snippet_models()]


def translation_status(locales=None, models=None):
    """Status rows for every live source page and translatable snippet in every
    target locale (or in ``locales``), pages first in tree order."""
    source, targets = target_locales(locales)
    rows = []
    for model in models or status_models():
        rows.extend(_Computation(model, source, targets).rows())
    return rows


def summary(rows):
    """{Locale: {status: count}} for the rows, in language-code order."""
    counts = defaultdict(Counter)
    for row in rows:
        counts[row.locale][row.status] += 1
    return {
        locale: {status: counter.get(status, 0) for status in STATUSES}
        for locale, counter in sorted(
            counts.items(), key=lambda item: item[0].language_code
        )
    }


@functools.lru_cache(maxsize=256)
def translated_reason(message, language):
    """A row's reason (marked with ``N_``) in ``language``, looked up once per
    language rather than once per row: at 10,000 pages the dashboard's status
    panel classifies 17,824 rows, and translating each row's reason (the
    active language is a context-local lookup) took a third of its time."""
    return gettext(message)
