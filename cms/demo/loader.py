"""Writes the Riverside Police Department demo through Wagtail and wagtail-localize.

Every demo object gets a translation key derived with uuid5 from its stable content
key, so a second run finds what the first wrote and leaves it alone. Everything is
written in one transaction: a failure (such as a missing translation) leaves the
database as it was.
"""

import datetime
import random
import re
import uuid

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import CommandError
from django.db import models, transaction
from django.db.models import F
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from taggit.models import Tag
from wagtail import hooks
from wagtail.coreutils import find_available_slug
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo import content, translations
from cms.demo.images import draw_png
from cms.models import HomePage

# Fixed namespace for the demo's translation keys; never change it, or a rerun would
# no longer recognize the objects an earlier run created.
DEMO_NAMESPACE = uuid.UUID("5f0d8a52-6c1e-4b8e-9d3a-2e7c41a9b6f3")
TOOL_NAME = "Riverside demo loader"

_EXACT_REF = re.compile(r"^@(image|faq|page|document):([a-z0-9-]+)$")
_INLINE_REF = re.compile(r"@(image|faq|page|document):([a-z0-9-]+)")
_TODAY_REF = re.compile(r"^@today:(-?\d+)$")

# The section each page type lives in, and its place in the content module.
PAGE_SECTIONS = [
    # (kind, content list, app label, model, index key)
    ("guides", content.GUIDES, "trust_tips", "GuidePage", "guides"),
    ("tips", content.TIPS, "trust_tips", "TipPage", "tips"),
    ("policies", content.POLICIES, "trust_policies", "PolicyPage", "policies"),
    ("stories", content.STORIES, "trust_stories", "StoryPage", "stories"),
    ("awards", content.AWARDS, "trust_community", "AwardPage", "awards"),
]

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

    # Entry point
    def load(self, extra_pages=0):
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
                if extra_pages:
                    ExtraPageBuilder(self).build(extra_pages)
        except BaseException:
            # The transaction rolled the rows back; remove the files it wrote too.
            self.remove_written_files()
            raise

    def load_demo(self):
        self.source_locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.load_images()
        self.load_documents()
        self.load_site()
        self.load_faqs()
        self.load_technologies()
        for kind, entries, app_label, model_name, index_key in PAGE_SECTIONS:
            self.load_pages(
                kind, entries, apps.get_model(app_label, model_name), index_key
            )
        self.translate()
        self.revise_policies()
        # Plugins add their own demo content (community events) through a hook.
        home = self.objects["page", content.HOME["key"]]
        for load_plugin_demo in hooks.get_hooks("register_demo_content"):
            load_plugin_demo(home, today=self.today, key=demo_key, write=self.write)

    def revise_policies(self):
        """Publish the later policy versions in content.POLICY_REVISIONS once."""
        created = present = 0
        for revision in content.POLICY_REVISIONS:
            policy = self.objects["page", revision["key"]].specific
            if policy.versions.count() > 1:
                present += 1
                continue
            body = policy.body.get_prep_value()
            for block in body:
                number = (
                    block["value"].get("number") if block["type"] == "section" else None
                )
                if number in revision["sections"]:
                    block["value"]["body"] = revision["sections"][number]
            policy.body = body
            policy.version_kind = revision["version_kind"]
            policy.change_note = revision["change_note"]
            policy.save_revision().publish()
            created += 1
        self.report("Policy revisions", created, present)

    def keep_written_files(self):
        self.written_files = []

    def remove_written_files(self):
        for storage, name in self.written_files:
            storage.delete(name)
        self.written_files = []

    def report(self, label, created, present):
        parts = []
        if created:
            parts.append(f"{created} created")
        if present:
            parts.append(f"{present} already present")
        self.write(f"{label}: {', '.join(parts) or 'nothing to do'}")

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
        for entry in content.DOCUMENTS:
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
        for entry in content.INDEXES:
            model = apps.get_model(*entry["model"])
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
            if name in {"key", "model", "tags"}:
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
            kind = "technology" if name == "technologies" else "page"
            setattr(page, name, [self.objects[kind, key] for key in keys])
        if entry.get("tags"):
            page.tags.add(*entry["tags"])
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def load_pages(self, kind, entries, model, index_key):
        parent = self.objects["page", index_key]
        created = present = 0
        for entry in entries:
            page = self.find(model, entry["key"])
            if page is None:
                page = self.create_page(parent, model, entry)
                created += 1
            else:
                present += 1
            self.remember("page", entry["key"], page)
        self.report(kind.capitalize(), created, present)

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

    def load_snippets(self, label, kind, model, entries):
        created = present = 0
        for entry in entries:
            snippet = self.find(model, entry["key"])
            if snippet is None:
                snippet = self.create_snippet(model, entry)
                created += 1
            else:
                present += 1
            self.remember(kind, entry["key"], snippet)
        self.report(label, created, present)

    def load_faqs(self):
        model = apps.get_model("trust_faqs", "FAQ")
        self.load_snippets("FAQs", "faq", model, content.FAQS)

    def load_technologies(self):
        model = apps.get_model("trust_transparency", "Technology")
        self.load_snippets("Technologies", "technology", model, content.TECHNOLOGIES)

    # Translations
    def translation_plan(self):
        """Every demo object in the order translations must be made: parents first,
        FAQs and technologies before the pages that embed or link them."""
        plan = [("page", content.HOME["key"])]
        plan += [("page", entry["key"]) for entry in content.INDEXES]
        plan += [("faq", entry["key"]) for entry in content.FAQS]
        plan += [("technology", entry["key"]) for entry in content.TECHNOLOGIES]
        for _kind, entries, *_rest in PAGE_SECTIONS:
            plan += [("page", entry["key"]) for entry in entries]
        return plan

    def translate(self):
        for language_code in translations.LOCALES:
            name = LANGUAGE_NAMES.get(language_code, language_code)
            locale = Locale.objects.filter(language_code=language_code).first()
            if locale is None:
                self.write(f"{name} ({language_code}): skipped, locale not configured")
                continue
            created = present = 0
            for kind, key in self.translation_plan():
                if not translations.covers(language_code, kind, key):
                    continue
                if self.translate_object(self.objects[kind, key], locale):
                    created += 1
                else:
                    present += 1
            self.report(f"{name} ({language_code}) translations", created, present)

    def translate_object(self, obj, locale):
        """Translate a page or snippet the wagtail-localize way; False if done."""
        if obj.has_translation(locale):
            return False
        # A fresh copy from the database: the source snapshot must match what is saved.
        obj = type(obj).objects.get(pk=obj.pk)
        source, _created = TranslationSource.get_or_create_from_instance(obj)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        self.store_string_translations(obj, source, locale)
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

    def store_string_translations(self, obj, source, locale):
        strings = translations.strings_for(locale.language_code)
        segments = list(
            StringSegment.objects.filter(source=source)
            .select_related("string", "context")
            .order_by("order")
        )
        missing = [s for s in segments if s.string.data not in strings]
        if missing:
            first = missing[0]
            more = f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""
            module = translations.LOCALES[locale.language_code][0]
            raise MissingDemoTranslation(
                f'No {locale.language_code} translation for "{first.string.data}" '
                f"in {obj._meta.verbose_name} '{obj}', field {first.context.path}"
                f"{more}. Add it to cms/demo/translations/{module}.py."
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


# Extra pages
# Generated pages for load and search testing. They are written in bulk: Page rows
# with precomputed tree paths in one statement per batch, the specific rows with
# raw saves, and one revision each, so that 10,000 pages take seconds rather than
# the minutes that add_child() and publish() would need per page.

EXTRA_BATCH_SIZE = 500

EXTRA_LABELS = {
    "en": {
        "policies": "Policy",
        "stories": "Story",
        "tips": "Tip",
        "guides": "Guide",
        "awards": "Award",
    },
    "es": {
        "policies": "Política",
        "stories": "Caso",
        "tips": "Consejo",
        "guides": "Guía",
        "awards": "Premio",
    },
    "vi": {"policies": "Chính sách"},
    "zh-hans": {"policies": "政策"},
    "ar": {"policies": "سياسة"},
}

EXTRA_TAGS = ["community", "privacy", "prevention", "technology", "transparency"]
AREAS = ["Northgate", "Eastside", "Riverside Park", "Harbor District", "Old Town"]
AWARD_RECIPIENTS = [
    "Elm Street Block Club",
    "Riverside Search and Rescue",
    "Eastside Neighborhood Watch",
    "Eastside Business Alliance",
]


def english_strings(data):
    """Every English string in the content data, for the generated text."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key not in {"key", "slug", "model", "motif", "colors"}:
                yield from english_strings(value)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from english_strings(item)
    elif isinstance(data, str) and not data.startswith("@"):
        yield data


def is_sentence(text):
    return 40 <= len(text) <= 240 and "<" not in text and text[-1] in ".?。？"


class ExtraPageBuilder:
    """Adds generated pages over the sections and the locales that have them."""

    def __init__(self, loader):
        self.loader = loader
        self.now = timezone.now()

    def build(self, count):
        keys = {number: demo_key(f"extra-page-{number}") for number in range(count)}
        present = set(
            Page.objects.filter(translation_key__in=keys.values()).values_list(
                "translation_key", flat=True
            )
        )
        missing = [number for number, key in keys.items() if key not in present]
        if missing:
            self.prepare()
            created = {}
            for start in range(0, len(missing), EXTRA_BATCH_SIZE):
                batch = missing[start : start + EXTRA_BATCH_SIZE]
                for page in self.write_batch(batch, keys):
                    code = self.locale_codes[page.locale_id]
                    created[code] = created.get(code, 0) + 1
            by_locale = ", ".join(f"{code} {n}" for code, n in sorted(created.items()))
            self.loader.write(f"Extra pages: {len(missing)} created ({by_locale})")
            self.loader.write(
                "  Their search index entries are written; run "
                "'manage.py rebuild_references_index' to list their links in "
                "Wagtail's usage counts."
            )
        if present:
            self.loader.report("Extra pages", 0, len(present))

    # Everything the generator draws from, read once --------------------------------
    def prepare(self):
        loader = self.loader
        self.locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        demo_keys = [demo_key(entry["key"]) for entry in self.all_page_entries()]
        self.link_targets = {}
        for pk, locale_id, title in Page.objects.filter(
            translation_key__in=demo_keys
        ).values_list("pk", "locale_id", "title"):
            self.link_targets.setdefault(locale_id, []).append((pk, title))
        faq_model = apps.get_model("trust_faqs", "FAQ")
        self.faqs = {}
        for pk, locale_id in faq_model.objects.filter(
            translation_key__in=[demo_key(e["key"]) for e in content.FAQS]
        ).values_list("pk", "locale_id"):
            self.faqs.setdefault(locale_id, []).append(pk)
        technology_model = apps.get_model("trust_transparency", "Technology")
        self.technologies = {}
        for technology in technology_model.objects.filter(
            translation_key__in=[demo_key(e["key"]) for e in content.TECHNOLOGIES]
        ):
            self.technologies.setdefault(technology.locale_id, []).append(technology)
        self.images = [loader.refs["image", entry["key"]] for entry in content.IMAGES]
        self.tags = [Tag.objects.get_or_create(name=name)[0] for name in EXTRA_TAGS]

        english = [text for text in english_strings(self.content_data()) if text]
        self.sentences = {"en": [text for text in english if is_sentence(text)]}
        self.dictionaries = {"en": {}}
        for code in translations.LOCALES:
            strings = translations.strings_for(code)
            self.dictionaries[code] = strings
            self.sentences[code] = [t for t in strings.values() if is_sentence(t)]

        # Each section's index pages in every locale: the parents to spread over.
        self.sections = []
        for kind, entries, app_label, model_name, index_key in PAGE_SECTIONS:
            index_model = apps.get_model(
                *next(e["model"] for e in content.INDEXES if e["key"] == index_key)
            )
            parents = [
                parent
                for parent in index_model.objects.filter(
                    translation_key=demo_key(index_key)
                ).order_by("locale__language_code")
                if kind in EXTRA_LABELS.get(self.locale_codes[parent.locale_id], {})
            ]
            self.sections.append(
                {
                    "kind": kind,
                    "model": apps.get_model(app_label, model_name),
                    "titles": [entry["title"] for entry in entries],
                    "parents": parents,
                    "next_step": {p.pk: self.next_step(p) for p in parents},
                }
            )

    def all_page_entries(self):
        entries = [content.HOME, *content.INDEXES]
        for _kind, section_entries, *_rest in PAGE_SECTIONS:
            entries += section_entries
        return entries

    def content_data(self):
        return [
            content.HOME,
            content.FAQS,
            content.TECHNOLOGIES,
            *(entries for _kind, entries, *_rest in PAGE_SECTIONS),
        ]

    def next_step(self, parent):
        last = parent.get_last_child()
        if last is None:
            return 1
        return Page._str2int(last.path[-Page.steplen :]) + 1

    # Writing ----------------------------------------------------------------------
    def write_batch(self, numbers, keys):
        page_type = ContentType.objects.get_for_model(Page)
        pages = [self.generate(number, keys[number]) for number in numbers]
        contents = [page.serializable_data() for page in pages]

        base_fields = [f.attname for f in Page._meta.concrete_fields]
        bases = Page.objects.bulk_create(
            [
                Page(**{name: getattr(page, name) for name in base_fields})
                for page in pages
            ]
        )
        for page, base, data in zip(pages, bases, contents, strict=True):
            page.pk = page.id = page.page_ptr_id = base.pk
            data["pk"] = base.pk
            # Only the specific table: the Page row exists already.
            page.save_base(raw=True, force_insert=True)

        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    content_type_id=page.content_type_id,
                    base_content_type_id=page_type.pk,
                    object_id=str(page.pk),
                    object_str=page.title,
                    content=data,
                    created_at=page.last_published_at,
                )
                for page, data in zip(pages, contents, strict=True)
            ]
        )
        for base, revision in zip(bases, revisions, strict=True):
            base.latest_revision_id = base.live_revision_id = revision.pk
        Page.objects.bulk_update(bases, ["latest_revision", "live_revision"])

        self.write_relations(pages)
        for parent_id in {page.parent_id for page in pages}:
            added = sum(1 for page in pages if page.parent_id == parent_id)
            Page.objects.filter(pk=parent_id).update(numchild=F("numchild") + added)
        self.index(pages)
        return pages

    def write_relations(self, pages):
        by_model = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page)
        for model, model_pages in by_model.items():
            tag_model = model.tags.through
            tag_model.objects.bulk_create(
                [
                    tag_model(content_object_id=page.pk, tag_id=item.tag_id)
                    for page in model_pages
                    for item in page.tagged_items.all()
                ]
            )
            if model.__name__ == "PolicyPage":
                field = model._meta.get_field("technologies")
                through = field.remote_field.through
                from_name = f"{field.m2m_field_name()}_id"
                to_name = f"{field.m2m_reverse_field_name()}_id"
                through.objects.bulk_create(
                    [
                        through(**{from_name: page.pk, to_name: technology.pk})
                        for page in model_pages
                        for technology in page.technologies.all()
                    ]
                )

    def index(self, pages):
        backend = get_search_backend()
        by_model = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page.pk)
        for model, pks in by_model.items():
            backend.add_bulk(
                model, list(model.get_indexed_objects().filter(pk__in=pks))
            )

    # Generating -----------------------------------------------------------------
    def generate(self, number, translation_key):
        section = self.sections[number % len(self.sections)]
        parent = section["parents"][
            (number // len(self.sections)) % len(section["parents"])
        ]
        code = self.locale_codes[parent.locale_id]
        rng = random.Random(number)  # noqa: S311 - demo text, not security
        base_title = rng.choice(section["titles"])
        local_title = self.dictionaries[code].get(base_title, base_title)
        title = f"{EXTRA_LABELS[code][section['kind']]} {number + 1}: {local_title}"
        slug = f"{section['kind']}-{number + 1:05d}-{slugify(base_title)}"[:80]

        step = section["next_step"][parent.pk]
        section["next_step"][parent.pk] = step + 1
        text = TextSource(rng, self.sentences[code])
        # Spread over two years, so listings sorted by date look like a real archive.
        published = self.now - datetime.timedelta(minutes=rng.randint(60, 2 * 525_600))
        page = section["model"](
            title=title,
            draft_title=title,
            slug=slug,
            path=Page._get_path(parent.path, parent.depth + 1, step),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            content_type=ContentType.objects.get_for_model(section["model"]),
            locale_id=parent.locale_id,
            translation_key=translation_key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            latest_revision_created_at=published,
            summary=text.sentences(2),
            hero_image_id=rng.choice(self.images),
            **getattr(self, f"{section['kind']}_fields")(rng, text, parent.locale_id),
        )
        page.parent_id = parent.pk
        page.tags.add(*rng.sample(self.tags, 2))
        if section["kind"] == "policies":
            technologies = self.technologies.get(parent.locale_id, [])
            page.technologies = rng.sample(technologies, min(len(technologies), 1))
        return page

    def local(self, locale_id, english):
        """A demo phrase in the page's language, from the demo's own dictionaries."""
        return self.dictionaries[self.locale_codes[locale_id]].get(english, english)

    def link(self, rng, text, locale_id):
        pk, title = rng.choice(self.link_targets[locale_id])
        return (
            f'<p>{text.sentence()} <a linktype="page" id="{pk}">{escape(title)}</a></p>'
        )

    def image_block(self, rng, text):
        return stream_block(
            "image",
            {
                "image": rng.choice(self.images),
                "alt_text": "",
                "caption": text.sentence()[:250],
                "credit": "",
            },
        )

    def faqs_block(self, rng, locale_id):
        faqs = self.faqs.get(locale_id, [])
        chosen = rng.sample(faqs, min(len(faqs), rng.randint(1, 3)))
        return stream_block(
            "faqs", {"title": "", "faqs": [list_item(pk) for pk in chosen]}
        )

    def policies_fields(self, rng, text, locale_id):
        # The required-element keys, read from the block so cms/ needn't import them.
        body = apps.get_model("trust_policies", "PolicyPage")._meta.get_field("body")
        covers = body.stream_block.child_blocks["section"].child_blocks["covers"]
        elements = [key for key, _label in covers.field.choices if key]
        sections = [
            stream_block(
                "section",
                {
                    "number": f"{rng.randint(100, 999)}.{index}",
                    "title": text.sentence()[:200],
                    "body": text.paragraphs(rng.randint(1, 2)),
                    "covers": rng.sample(elements, rng.randint(0, 2)),
                },
            )
            for index in range(1, rng.randint(3, 6) + 1)
        ]
        body = [
            *sections,
            stream_block("paragraph", self.link(rng, text, locale_id)),
            self.image_block(rng, text),
            self.faqs_block(rng, locale_id),
        ]
        effective = datetime.date(2021, 1, 1) + datetime.timedelta(rng.randint(0, 1800))
        status = rng.choice(["adopted"] * 8 + ["superseded", "draft_for_comment"])
        opens = closes = None
        if status == "draft_for_comment":
            opens = self.loader.relative_date(-rng.randint(0, 20))
            closes = opens + datetime.timedelta(days=30)
        return {
            "policy_number": f"{rng.randint(100, 999)}-{rng.randint(1, 99)}",
            "category": rng.choice(
                ["technology", "privacy", "use_of_force", "records", "community"]
            ),
            "status": status,
            "body": body,
            "effective_date": effective,
            "last_reviewed": effective + datetime.timedelta(days=rng.randint(30, 300)),
            "next_review_due": effective + datetime.timedelta(days=365 * 2),
            "approving_authority": self.local(locale_id, "Riverside City Council"),
            "legal_basis": "",
            "comment_opens": opens,
            "comment_closes": closes,
        }

    def stories_fields(self, rng, text, locale_id):
        return {
            "story_date": self.loader.relative_date(-rng.randint(1, 900)),
            "area": rng.choice(AREAS),
            "incident_category": rng.choice(
                ["property", "vehicle", "fraud", "traffic", "community"]
            ),
            "outcome": text.sentences(1),
            "privacy_confirmed": True,
            "body": [
                stream_block("paragraph", text.paragraphs(2)),
                stream_block("paragraph", self.link(rng, text, locale_id)),
                stream_block(
                    "quote", {"quote": text.sentence(), "attribution": "", "role": ""}
                ),
                self.image_block(rng, text),
            ],
            "images": [self.image_block(rng, text)],
        }

    def steps(self, rng, text, count):
        return [
            stream_block(
                "step",
                {
                    "title": text.sentence()[:160],
                    "body": text.paragraphs(1),
                    "timing": "",
                    "contact": "",
                },
            )
            for _ in range(count)
        ]

    def tips_fields(self, rng, text, locale_id):
        return {
            "category": rng.choice(["home", "vehicle", "fraud", "online", "business"]),
            "audience": rng.choice(["everyone", "seniors", "parents", "businesses"]),
            "season": rng.choice(["all_year", "summer", "winter", "holidays"]),
            "short_tip": text.sentence()[:160],
            "steps": self.steps(rng, text, rng.randint(2, 4)),
            "body": [
                stream_block(
                    "dos_and_donts",
                    {
                        "title": "",
                        "dos": [list_item(text.sentence()[:250])],
                        "donts": [list_item(text.sentence()[:250])],
                    },
                ),
                self.faqs_block(rng, locale_id),
            ],
        }

    def guides_fields(self, rng, text, locale_id):
        return {
            "situation": text.sentence()[:200],
            "steps": self.steps(rng, text, rng.randint(3, 5)),
            "body": [stream_block("paragraph", self.link(rng, text, locale_id))],
            "contacts": [
                stream_block(
                    "contact",
                    {
                        "label": "",
                        "phone": content.PHONE,
                        "email": content.RECORDS_EMAIL,
                        "hours": "",
                        "emergency_note": "",
                    },
                )
            ],
        }

    def awards_fields(self, rng, text, locale_id):
        return {
            "award_name": text.sentence()[:160],
            "recipient": self.local(locale_id, rng.choice(AWARD_RECIPIENTS)),
            "recipient_kind": "group",
            "award_date": self.loader.relative_date(-rng.randint(1, 900)),
            "category": rng.choice(
                ["neighborhood_watch", "national_night_out", "volunteer"]
            ),
            "citation": text.paragraphs(1),
            "photos": [self.image_block(rng, text)],
        }


class TextSource:
    """Plausible generated text: sentences drawn from the demo's own writing."""

    def __init__(self, rng, pool):
        self.rng = rng
        self.pool = pool

    def sentence(self):
        return self.rng.choice(self.pool)

    def sentences(self, count):
        return " ".join(self.sentence() for _ in range(count))

    def paragraphs(self, count):
        return "".join(f"<p>{escape(self.sentences(2))}</p>" for _ in range(count))


def stream_block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def list_item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}
