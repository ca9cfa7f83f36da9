"""Writes the Riverside Police Department demo through Wagtail and wagtail-localize.

The core writes the images, the site root and its translations; every plugin's
part arrives as a ``DemoContent`` through the ``register_demo_content`` hook
(``cms.demo.sections``). Every demo object gets a translation key derived with
uuid5 from its stable content key, so a second run finds what the first wrote and
leaves it alone. Everything is written in one transaction: a failure (such as a
missing translation) leaves the database as it was.
"""

import datetime
import re
import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import models, transaction
from django.test.utils import override_settings
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo import content, translations
from cms.demo.images import draw_png
from cms.demo.sections import demo_strings, progress, registered_demo_content
from cms.demo.strings import TOOL_NAME
from cms.models import HomePage

# Fixed namespace for the demo's translation keys; never change it, or a rerun would
# no longer recognize the objects an earlier run created.
DEMO_NAMESPACE = uuid.UUID("5f0d8a52-6c1e-4b8e-9d3a-2e7c41a9b6f3")

_EXACT_REF = re.compile(r"^@(image|faq|page|document):([a-z0-9-]+)$")
_INLINE_REF = re.compile(r"@(image|faq|page|document):([a-z0-9-]+)")
_TODAY_REF = re.compile(r"^@today:(-?\d+)$")

LANGUAGE_NAMES = {
    "es": "Spanish",
    "vi": "Vietnamese",
    "zh-hans": "Simplified Chinese",
    "ar": "Arabic",
}


def demo_key(name):
    """The translation key of a demo object, stable across runs and databases."""
    return uuid.uuid5(DEMO_NAMESPACE, f"riverside-demo:{name}")


class MissingDemoTranslation(CommandError):
    """A source segment has no entry in a locale's translation dictionary."""


class DemoLoader:
    def __init__(self, write=None, today=None):
        self.write = write or (lambda line: None)
        self.today = today or timezone.localdate()
        self.refs = {}
        self.objects = {}
        self.written_files = []
        self.parts = []

    # Entry point
    def load(self):
        try:
            # Translations get their own slugs right after they are created; those
            # new pages have no old URLs to redirect, and with thousands of extra
            # pages below them Wagtail's redirect builder outgrows SQLite.
            with (
                override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False),
                transaction.atomic(),
            ):
                # Registered first, so it runs first once the data is committed.
                transaction.on_commit(self.keep_written_files)
                self.load_demo()
        except BaseException:
            # The transaction rolled the rows back; remove the files it wrote too.
            self.remove_written_files()
            raise

    def load_demo(self):
        self.source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.parts = registered_demo_content()
        self.load_images()
        self.load_documents()
        self.load_site()
        for part in self.parts:
            for snippets in part.snippets:
                self.load_snippets(snippets)
        for part in self.parts:
            for pages in part.pages:
                self.load_pages(pages)
        self.translate()
        home = self.objects["page", content.HOME["key"]]
        for part in self.parts:
            if part.load_after is not None:
                part.load_after(home, today=self.today, key=demo_key, write=self.write)

    def keep_written_files(self):
        self.written_files = []

    def remove_written_files(self):
        for storage, name in self.written_files:
            storage.delete(name)
        self.written_files = []

    def report(self, label, created, present):
        self.write(f"{label}: {progress(created, present)}")

    # References
    def resolve(self, value):
        """Replace @kind:key references and @today:N dates in content data."""
        if isinstance(value, dict):
            return {name: self.resolve(item) for name, item in value.items()}
        if isinstance(value, list | tuple):
            return [self.resolve(item) for item in value]
        if not isinstance(value, str):
            return value
        if match := _TODAY_REF.match(value):
            return self.relative_date(int(match.group(1))).isoformat()
        if match := _EXACT_REF.match(value):
            return self.ref(*match.groups())
        return _INLINE_REF.sub(lambda m: str(self.ref(*m.groups())), value)

    def ref(self, kind, key):
        try:
            return self.refs[kind, key]
        except KeyError:
            raise CommandError(
                f"The demo content refers to {kind} '{key}' before it exists."
            ) from None

    def relative_date(self, days):
        return self.today + datetime.timedelta(days=days)

    def field_value(self, model, name, value):
        """A content value converted for the model field it goes into."""
        field = model._meta.get_field(name)
        value = self.resolve(value)
        if isinstance(field, StreamField):
            return realised_stream(field, value)
        if isinstance(field, models.DateField) and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        return value

    # Images and documents
    def load_images(self):
        image_model = get_image_model()
        created = present = 0
        for entry in content.IMAGES:
            picture = image_model.objects.filter(title=entry["title"]).first()
            if picture is None:
                png = draw_png(entry["motif"], entry["colors"], entry["label"])
                picture = image_model(
                    title=entry["title"],
                    description=entry["description"],
                    credit=entry["credit"],
                    file=ImageFile(ContentFile(png), name=f"demo-{entry['key']}.png"),
                )
                picture.save()
                picture.tags.add("riverside demo")
                self.written_files.append((picture.file.storage, picture.file.name))
                created += 1
            else:
                present += 1
            self.refs["image", entry["key"]] = picture.pk
        self.report("Images", created, present)

    def load_documents(self):
        document_model = get_document_model()
        created = present = 0
        for entry in [entry for part in self.parts for entry in part.documents]:
            document = document_model.objects.filter(title=entry["title"]).first()
            if document is None:
                document = document_model(title=entry["title"])
                document.file.save(
                    entry["filename"],
                    ContentFile(entry["text"].encode("utf-8")),
                    save=False,
                )
                document.save()
                self.written_files.append((document.file.storage, document.file.name))
                created += 1
            else:
                present += 1
            self.refs["document", entry["key"]] = document.pk
        self.report("Documents", created, present)

    # Site root and sections
    def find(self, model, key, locale=None):
        return (
            model.objects.filter(
                translation_key=demo_key(key), locale=locale or self.source_locale
            )
            .order_by("pk")
            .first()
        )

    def load_site(self):
        root = Page.get_first_root_node()
        home = self.find(HomePage, content.HOME["key"])
        home_created = home is None
        if home_created:
            home = self.create_home(root)
        self.remember("page", content.HOME["key"], home)
        self.point_default_site_at(home)
        self.remove_welcome_pages(root)

        created = present = 0
        for entry in self.index_entries():
            model = entry["model"]
            page = self.find(model, entry["key"])
            if page is None:
                page = self.create_page(home, model, entry)
                created += 1
            else:
                present += 1
            self.remember("page", entry["key"], page)

        if home_created:
            # The home page links to the sections, so its body waits for them.
            home.body = self.field_value(HomePage, "body", content.HOME["body"])
            home.save_revision().publish()
        self.report("Home page", int(home_created), int(not home_created))
        self.report("Section index pages", created, present)

    def index_entries(self):
        """Every plugin's section index pages, in the navigation's order."""
        entries = [entry for part in self.parts for entry in part.indexes]
        return sorted(entries, key=lambda entry: entry["menu_position"])

    def welcome_pages(self, root):
        """Wagtail's "Welcome to your new Wagtail site!" page: a plain, childless
        Page at the top of the tree."""
        page_type = ContentType.objects.get_for_model(Page)
        return root.get_children().filter(content_type=page_type, numchild=0)

    def create_home(self, root):
        # The welcome page holds the slug "home" until the site moves off it.
        for welcome in self.welcome_pages(root):
            Page.objects.filter(pk=welcome.pk).update(slug=f"welcome-{welcome.pk}")
        entry = content.HOME
        home = HomePage(
            translation_key=demo_key(entry["key"]),
            locale=self.source_locale,
            live=False,
            title=entry["title"],
            slug=find_available_slug(root, entry["slug"]),
            agency_name=entry["agency_name"],
            summary=entry["summary"],
            intro=entry["intro"],
            hero_image_id=self.resolve(entry["hero_image"]),
        )
        root.add_child(instance=home)
        return home

    def point_default_site_at(self, home):
        site = (
            Site.objects.filter(is_default_site=True).first()
            or Site.objects.filter(hostname="localhost", port=80).first()
            or Site(hostname="localhost", port=80)
        )
        if site.pk and site.root_page_id == home.pk:
            return
        site.hostname = "localhost"
        site.port = 80
        site.root_page = home
        site.is_default_site = True
        site.site_name = content.AGENCY_NAME
        site.save()

    def remove_welcome_pages(self, root):
        for welcome in self.welcome_pages(root):
            if not Site.objects.filter(root_page=welcome).exists():
                welcome.delete()

    def remember(self, kind, key, obj):
        self.refs[kind, key] = obj.pk
        self.objects[kind, key] = obj

    # Pages
    def create_page(self, parent, model, entry):
        fields = {}
        relations = {}
        for name, value in entry.items():
            if name in {"key", "model", "menu_position", "tags"}:
                continue
            field = model._meta.get_field(name)
            if isinstance(field, ParentalManyToManyField):
                relations[name] = value
            elif name == "hero_image":
                fields["hero_image_id"] = self.resolve(value)
            else:
                fields[name] = self.field_value(model, name, value)
        page = model(
            translation_key=demo_key(entry["key"]),
            locale=self.source_locale,
            live=False,
            **fields,
        )
        for name, keys in relations.items():
            related_model = model._meta.get_field(name).related_model
            setattr(page, name, [self.find(related_model, key) for key in keys])
        if entry.get("tags"):
            page.tags.add(*entry["tags"])
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def load_pages(self, pages):
        parent = self.objects["page", pages.index_key]
        created = present = 0
        for entry in pages.entries:
            page = self.find(pages.model, entry["key"])
            if page is None:
                page = self.create_page(parent, pages.model, entry)
                created += 1
            else:
                present += 1
            self.remember("page", entry["key"], page)
        self.report(pages.label, created, present)

    # Snippets
    def create_snippet(self, model, entry, exclude=()):
        fields = {
            name: self.field_value(model, name, value)
            for name, value in entry.items()
            if name not in {"key", "tags", *exclude}
        }
        snippet = model(
            translation_key=demo_key(entry["key"]),
            locale=self.source_locale,
            live=True,
            **fields,
        )
        if entry.get("tags"):
            snippet.tags.add(*entry["tags"])
        snippet.save()
        snippet.save_revision().publish()
        return snippet

    def load_snippets(self, snippets):
        created = present = 0
        for entry in snippets.entries:
            snippet = self.find(snippets.model, entry["key"])
            if snippet is None:
                snippet = self.create_snippet(snippets.model, entry)
                created += 1
            else:
                present += 1
            self.remember(snippets.kind, entry["key"], snippet)
        self.report(snippets.label, created, present)

    # Translations
    def translation_plan(self, language_code):
        """Every demo object the language gets, in the order translations must be
        made: parents first, snippets before the pages that embed or link them."""
        plan = [("page", content.HOME["key"])]
        owners = {id(entry): part for part in self.parts for entry in part.indexes}
        plan += [
            ("page", entry["key"])
            for entry in self.index_entries()
            if owners[id(entry)].translates(language_code, entry["key"])
        ]
        for part in self.parts:
            plan += [
                (snippets.kind, entry["key"])
                for snippets in part.snippets
                for entry in snippets.entries
                if part.translates(language_code, entry["key"])
            ]
        for part in self.parts:
            plan += [
                ("page", entry["key"])
                for pages in part.pages
                for entry in pages.entries
                if part.translates(language_code, entry["key"])
            ]
        return plan

    def translate(self):
        for language_code in translations.LOCALES:
            name = LANGUAGE_NAMES.get(language_code, language_code)
            locale = Locale.objects.filter(language_code=language_code).first()
            if locale is None:
                self.write(f"{name} ({language_code}): skipped, locale not configured")
                continue
            created = present = 0
            strings = demo_strings(language_code, self.parts)
            for kind, key in self.translation_plan(language_code):
                if self.translate_object(self.objects[kind, key], locale, strings):
                    created += 1
                else:
                    present += 1
            self.report(f"{name} ({language_code}) translations", created, present)

    def translate_object(self, obj, locale, strings):
        """Translate a page or snippet the wagtail-localize way; False if done."""
        if obj.has_translation(locale):
            return False
        # A fresh copy from the database: the source snapshot must match what is saved.
        obj = type(obj).objects.get(pk=obj.pk)
        source, _created = TranslationSource.get_or_create_from_instance(obj)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        self.store_string_translations(obj, source, locale, strings)
        total, translated = translation.get_progress()
        if total != translated:
            raise CommandError(
                f"{total - translated} of {total} segments of '{obj}' are still "
                f"untranslated in {locale.language_code}."
            )
        translation.save_target(publish=False)
        target = translation.get_target_instance()
        revision = target.latest_revision
        related = self.localised_relations(obj, locale)
        if related:
            # wagtail-localize leaves parental many-to-many fields alone: link the
            # translation to the translated technologies and policies instead.
            revision.content.update(related)
            revision.save(update_fields=["content"])
        revision.publish()
        return True

    def store_string_translations(self, obj, source, locale, strings):
        segments = list(
            StringSegment.objects.filter(source=source)
            .select_related("string", "context")
            .order_by("order")
        )
        missing = [s for s in segments if s.string.data not in strings]
        if missing:
            first = missing[0]
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise MissingDemoTranslation(
                f'No {locale.language_code} translation for "{first.string.data}" '
                f"in {obj._meta.verbose_name} '{obj}', field {first.context.path}"
                f"{more}. Add it to the demo translations of "
                f"{obj._meta.app_config.name}."
            )
        for segment in segments:
            text = strings[segment.string.data]
            string_translation, _created = StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "tool_name": TOOL_NAME,
                    "has_error": False,
                    "field_error": "",
                },
            )
            if string_translation.has_error:
                raise CommandError(
                    f'The {locale.language_code} translation of "{segment.string.data}"'
                    f' does not keep its HTML tags and links: "{text}"'
                )

    def localised_relations(self, obj, locale):
        related = {}
        for field in obj._meta.get_fields():
            if not isinstance(field, ParentalManyToManyField):
                continue
            localised = []
            for item in getattr(obj, field.name).all():
                translated = item.get_translation_or_none(locale)
                localised.append((translated or item).pk)
            if localised:
                related[field.name] = localised
        return related


def realised_stream(field, raw):
    """A StreamField value with every block converted, so that list blocks are
    stored in Wagtail's current item format (wagtail-localize only extracts those)."""
    value = field.stream_block.to_python(raw)
    for _block in value:
        pass
    return value
