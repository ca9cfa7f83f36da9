"""Fixtures for the delivery API: a published agency site and an API client."""

from types import SimpleNamespace

import pytest
from django.db import transaction
from wagtail.models import Page, Site

from blocks import rendition_widths
from tests import factories
from tests.databases import settle_deferred_checks


@pytest.fixture
def image(db):
    """An image whose renditions exist, as they do after its first request."""
    image = factories.ImageFactory()
    image.get_renditions(*(f"width-{width}" for width in rendition_widths()))
    return image


@pytest.fixture
def technology(db, locales):
    return factories.TechnologyFactory(
        name="License-plate readers", locale=locales["en"]
    )


@pytest.fixture
def faq(db, locales):
    return factories.FAQFactory(question="Who can see the data?", locale=locales["en"])


def rich_body(image, faq, link_target):
    return [
        factories.section("1", "Purpose", "Why we use plate readers."),
        {
            "type": "paragraph",
            "value": (
                f'<p>See <a linktype="page" id="{link_target.pk}">the index</a>.</p>'
            ),
        },
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt_text": "",
                "caption": "A camera",
                "credit": "",
            },
        },
        {"type": "faqs", "value": {"title": "Questions", "faqs": [faq.pk]}},
    ]


@pytest.fixture
def make_policy(section_indexes, image, faq, technology):
    """Publish a policy whose body has an image, an internal link and an FAQ block."""
    return policy_maker(section_indexes, image, faq, technology)


def policy_maker(section_indexes, image, faq, technology):
    """``make_policy`` as a plain function, for worlds built once per module."""

    def make(**kwargs):
        kwargs.setdefault("body", rich_body(image, faq, section_indexes["policies"]))
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], share_image=image, **kwargs
        )
        policy.technologies.add(technology)
        policy.tags.add("alpr")
        policy.save_revision().publish()
        return policy

    return make


@pytest.fixture
def policy(make_policy):
    return make_policy(title="License-plate readers")


# Building blocks for the leak, contract, locale and caching suites ------------

# Each page type the API serves in a typed listing: its factory, the section it
# lives in (None: directly under the home page) and its API path.
PAGE_KINDS = {
    "policy": (factories.PolicyPageFactory, "policies", "policies"),
    "story": (factories.StoryPageFactory, "stories", "stories"),
    "tip": (factories.TipPageFactory, "tips", "tips"),
    "guide": (factories.GuidePageFactory, "guides", "guides"),
    "award": (factories.AwardPageFactory, "awards", "awards"),
    "transparency": (factories.TransparencyPageFactory, None, "transparency"),
}


def api_path(kind):
    return PAGE_KINDS[kind][2]


def sections_under(home):
    """Every section's index page under ``home``, keyed by section."""
    return {
        "policies": factories.PolicyIndexPageFactory(parent=home),
        "stories": factories.StoryIndexPageFactory(parent=home),
        "tips": factories.TipIndexPageFactory(parent=home),
        "guides": factories.GuideIndexPageFactory(parent=home),
        "awards": factories.AwardIndexPageFactory(parent=home),
        "faqs": factories.FAQPageFactory(parent=home),
    }


def publish_page(page, **changes):
    """Publish ``page`` with ``changes`` as a new revision, as an editor does."""
    for name, value in changes.items():
        setattr(page, name, value)
    if hasattr(page, "change_note") and page.first_published_at:
        page.change_note = "Edited in a test."
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def make_page(home_page, section_indexes):
    """Add a page of ``kind`` to its section of the site (``page_maker``)."""
    return page_maker(home_page, section_indexes)


def page_maker(home_page, section_indexes):
    """Add a page of ``kind`` to its section of the site, published unless
    ``live=False`` (then it is a draft with one revision). Many-to-many fields
    (``technologies``, ``policies``, ``tags``) may be given as lists. A plain
    function, for worlds built once per module."""

    def make(kind, *, home=None, sections=None, parent=None, live=True, **fields):
        factory, section, _path = PAGE_KINDS[kind]
        if parent is None:
            home = home or home_page
            parent = (sections or section_indexes)[section] if section else home
        related = {
            name: fields.pop(name)
            for name in list(fields)
            if name in {field.name for field in factory._meta.model._meta.many_to_many}
        }
        page = factory(parent=parent, live=live, **fields)
        if related:
            for name, values in related.items():
                getattr(page, name).set(values)
            page.save()
        if live:
            return publish_page(page)
        page.save_revision()
        page.refresh_from_db()
        return page

    return make


@pytest.fixture
def translate(locales):
    """Translate a page into ``language_code`` and publish it (``translator``)."""
    return translator(locales)


def translator(locales):
    """Translate a page into ``language_code`` and publish it. Its parents are
    created as Wagtail does it, as live aliases of the source's parents."""

    def make(page, language_code, **changes):
        translation = page.copy_for_translation(
            locales[language_code], copy_parents=True
        )
        return publish_page(translation, **changes)

    return make


@pytest.fixture
def other_site(locales):
    """A second agency's site on its own host (``add_other_site``)."""
    return add_other_site()


def add_other_site():
    """A second agency's site on its own host, with its own home and sections."""
    home = factories.HomePageFactory(
        parent=Page.get_first_root_node(),
        title="Lakeside Sheriff's Office",
        slug="lakeside",
        agency_name="Lakeside Sheriff's Office",
    )
    site = Site.objects.create(hostname="lakeside.example", port=80, root_page=home)
    return SimpleNamespace(site=site, home=home, sections=sections_under(home))


# Worlds built once per module --------------------------------------------------


def agency_home():
    """A new home page, the root of the only site (the default, on localhost)."""
    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    return home


def built_once(django_db_blocker, build, *args):
    """For a module-scoped fixture: ``build(*args)`` once, in a transaction
    rolled back after the module's last test (each test runs in a savepoint
    of its own). Yields {name: (model, id)}: read them afresh with ``fresh``."""
    with django_db_blocker.unblock(), transaction.atomic():
        built = build(*args)
        settle_deferred_checks()
        yield {name: (type(obj), obj.pk) for name, obj in built.items()}
        transaction.set_rollback(True)


def module_world(build):
    """A module's ``world`` fixture: ``build()`` once (``built_once``).
    Assign it to ``world`` in the module."""

    @pytest.fixture(scope="module")
    def world(django_db_setup, django_db_blocker):
        yield from built_once(django_db_blocker, build)

    return world


def fresh(world):
    """The objects of a world built once, read again for one test."""
    return {name: model.objects.get(pk=pk) for name, (model, pk) in world.items()}


def fresh_world():
    """A module's fixture of its ``world``'s objects, read again for each
    test (``fresh``). Assign it to the name its tests ask for (``site``)."""

    @pytest.fixture
    def objects(db, world):
        return fresh(world)

    return objects


def with_sections(sections):
    """A world's entries for its section index pages ({section: page}), kept
    under ``section:<name>``; ``sections_of`` reads them back."""
    return {f"section:{name}": page for name, page in sections.items()}


def sections_of(objects):
    """The section index pages among a world's objects, by section."""
    return {
        name.removeprefix("section:"): page
        for name, page in objects.items()
        if name.startswith("section:")
    }
