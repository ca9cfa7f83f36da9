"""The scale builder: generated pages over the demo's sections and locales, for
load and search testing (``manage.py build_scale N``, run by ``make bench``).

The pages are written in bulk: Page rows with precomputed tree paths in one
statement per batch, the specific rows with raw saves, and one revision each, so
that 10,000 pages take seconds rather than the minutes that add_child() and
publish() would need per page. Their text is drawn from the demo's own writing
and translations; each page gets a translation key derived from its number, so
a second run with the same N adds nothing.
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision
from wagtail.search.backends import get_search_backend

from cms.demo import content, translations
from cms.demo.loader import demo_key
from cms.demo.sections import demo_strings, progress, registered_demo_content
from plugins.community.demo.awards import AWARDS
from plugins.community.models import AwardPage
from plugins.faqs.demo import FAQS
from plugins.faqs.models import FAQ
from plugins.policies.demo import POLICIES
from plugins.policies.models import PolicyPage
from plugins.stories.demo import STORIES
from plugins.stories.models import StoryPage
from plugins.tips.demo import GUIDES, TIPS
from plugins.tips.models import GuidePage, TipPage
from plugins.transparency.demo import TECHNOLOGIES
from plugins.transparency.models import Technology

# (kind, page model, index key, the demo's own pages of the kind)
SECTIONS = [
    ("guides", GuidePage, "guides", GUIDES),
    ("tips", TipPage, "tips", TIPS),
    ("policies", PolicyPage, "policies", POLICIES),
    ("stories", StoryPage, "stories", STORIES),
    ("awards", AwardPage, "awards", AWARDS),
]


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


def child_path(parent_path, step):
    """The treebeard path of a page's ``step``-th child, as ``Page.add_child``
    would build it."""
    key = Page.numconv_obj().int2str(step)
    return parent_path + key.rjust(Page.steplen, Page.alphabet[0])


def is_sentence(text):
    return 40 <= len(text) <= 240 and "<" not in text and text[-1] in ".?。？"


class ScaleBuilder:
    """Adds generated pages over the sections and the locales that have them."""

    def __init__(self, write=None, today=None):
        self.write = write or (lambda line: None)
        self.today = today or timezone.localdate()
        self.now = timezone.now()

    def relative_date(self, days):
        return self.today + datetime.timedelta(days=days)

    def build(self, count):
        """Add the generated pages numbered 0 to count - 1 that do not exist yet,
        all in one transaction."""
        if not Page.objects.filter(translation_key=demo_key(content.HOME["key"])):
            raise CommandError("The demo is not loaded: run 'manage.py load_demo'.")
        self.parts = registered_demo_content()
        with transaction.atomic():
            self.write_missing(count)

    def write_missing(self, count):
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
            self.write(f"Extra pages: {len(missing)} created ({by_locale})")
            self.write(
                "  Their search index entries are written; run "
                "'manage.py rebuild_references_index' to list their links in "
                "Wagtail's usage counts."
            )
        if present:
            self.write(f"Extra pages: {progress(0, len(present))}")

    # Everything the generator draws from, read once --------------------------------
    def prepare(self):
        self.locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
        demo_keys = [demo_key(entry["key"]) for entry in self.all_page_entries()]
        self.link_targets = {}
        for pk, locale_id, title in Page.objects.filter(
            translation_key__in=demo_keys
        ).values_list("pk", "locale_id", "title"):
            self.link_targets.setdefault(locale_id, []).append((pk, title))
        self.faqs = {}
        for pk, locale_id in FAQ.objects.filter(
            translation_key__in=[demo_key(e["key"]) for e in FAQS]
        ).values_list("pk", "locale_id"):
            self.faqs.setdefault(locale_id, []).append(pk)
        self.technologies = {}
        for technology in Technology.objects.filter(
            translation_key__in=[demo_key(e["key"]) for e in TECHNOLOGIES]
        ):
            self.technologies.setdefault(technology.locale_id, []).append(technology)
        images = dict(
            get_image_model()
            .objects.filter(title__in=[entry["title"] for entry in content.IMAGES])
            .values_list("title", "pk")
        )
        self.images = [images[entry["title"]] for entry in content.IMAGES]
        self.tags = [Tag.objects.get_or_create(name=name)[0] for name in EXTRA_TAGS]

        english = [text for text in english_strings(self.content_data()) if text]
        self.sentences = {"en": [text for text in english if is_sentence(text)]}
        self.dictionaries = {"en": {}}
        for code in translations.LOCALES:
            strings = demo_strings(code, self.parts)
            self.dictionaries[code] = strings
            self.sentences[code] = [t for t in strings.values() if is_sentence(t)]

        # Each section's index pages in every locale: the parents to spread over.
        self.sections = []
        for kind, model, index_key, entries in SECTIONS:
            parents = [
                parent
                for parent in Page.objects.filter(
                    translation_key=demo_key(index_key)
                ).order_by("locale__language_code")
                if kind in EXTRA_LABELS.get(self.locale_codes[parent.locale_id], {})
            ]
            self.sections.append(
                {
                    "kind": kind,
                    "model": model,
                    "titles": [entry["title"] for entry in entries],
                    "parents": parents,
                    "next_step": {p.pk: self.next_step(p) for p in parents},
                }
            )

    def all_page_entries(self):
        entries = [content.HOME]
        entries += [entry for part in self.parts for entry in part.indexes]
        for part in self.parts:
            for pages in part.pages:
                entries += pages.entries
        return entries

    def content_data(self):
        data = [content.HOME]
        for part in self.parts:
            data += [snippets.entries for snippets in part.snippets]
        for part in self.parts:
            data += [pages.entries for pages in part.pages]
        return data

    def next_step(self, parent):
        last = parent.get_last_child()
        if last is None:
            return 1
        return Page.numconv_obj().str2int(last.path[-Page.steplen :]) + 1

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
            if model is PolicyPage:
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
            path=child_path(parent.path, step),
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
        # The required-element keys, read from the policy section block.
        body = PolicyPage._meta.get_field("body")
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
            opens = self.relative_date(-rng.randint(0, 20))
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
            "story_date": self.relative_date(-rng.randint(1, 900)),
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
            "award_date": self.relative_date(-rng.randint(1, 900)),
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
