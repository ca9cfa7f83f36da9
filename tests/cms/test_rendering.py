"""Every page type renders, live and in preview, in every content language.

The root element carries the page's language and text direction, so screen
readers pronounce it correctly and Arabic reads right to left. The site is
built once for the module, with every page translated into every language.
"""

import pytest
from django.db import transaction
from wagtail.models import Locale, Page, Site

from tests import factories
from tests.conftest import DEMO_LANGUAGES
from tests.databases import settle_deferred_checks
from tests.helpers import publish_copy

LEAF_PAGES = {
    "policy": (factories.PolicyPageFactory, "policies"),
    "story": (factories.StoryPageFactory, "stories"),
    "tip": (factories.TipPageFactory, "tips"),
    "guide": (factories.GuidePageFactory, "guides"),
    "award": (factories.AwardPageFactory, "awards"),
}
SECTIONS = {
    "policies": factories.PolicyIndexPageFactory,
    "stories": factories.StoryIndexPageFactory,
    "tips": factories.TipIndexPageFactory,
    "guides": factories.GuideIndexPageFactory,
    "awards": factories.AwardIndexPageFactory,
    "faqs": factories.FAQPageFactory,
}
PAGE_TYPES = ["home", *SECTIONS, "transparency", *LEAF_PAGES]


def build_site():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    pages = {"home": home}
    for name, factory in SECTIONS.items():
        pages[name] = factory(parent=home, show_in_menus=True)
    pages["transparency"] = factories.TransparencyPageFactory(parent=home)
    for name, (factory, section) in LEAF_PAGES.items():
        pages[name] = factory(parent=pages[section], title=f"A {name} page")
    tips = pages["tips"]
    listing = {
        "first": factories.TipPageFactory(parent=tips, title="Lock your car"),
        "draft": factories.TipPageFactory(
            parent=tips, title="Hidden draft", live=False
        ),
        "last": factories.TipPageFactory(parent=tips, title="Mark your bike"),
    }
    built = {(name, "en"): page for name, page in pages.items()}
    for language in DEMO_LANGUAGES[1:]:
        for name in PAGE_TYPES:  # parents before children
            # Its parent is translated first.
            built[(name, language.code)] = publish_copy(
                pages[name], locales[language.code], copy_parents=False
            )
    return built, listing


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        built, listing = build_site()
        settle_deferred_checks()
        yield (
            {key: page.pk for key, page in built.items()},
            {key: page.pk for key, page in listing.items()},
        )
        transaction.set_rollback(True)


class FreshPages:
    """The world's pages by key, each read afresh when a test first asks for
    it: a test reads one or two of the world's fifty pages."""

    def __init__(self, ids):
        self.ids = ids
        self.read = {}

    def __getitem__(self, key):
        if key not in self.read:
            self.read[key] = Page.objects.get(pk=self.ids[key]).specific
        return self.read[key]


@pytest.fixture
def pages(db, world):
    """{(page type, language): page}, read afresh for each test."""
    return FreshPages(world[0])


@pytest.fixture
def listing(db, world):
    return FreshPages(world[1])


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_live_page_renders_in_its_language(client, pages, page_type, demo_language):
    page = pages[(page_type, demo_language.code)]
    assert page.url.startswith(f"/{demo_language.code}/")

    response = client.get(page.url)

    assert response.status_code == 200
    assert demo_language.html_root in response.content
    assert f"<h1>{page.title}</h1>".encode() in response.content


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_preview_renders_in_the_page_language(pages, page_type, demo_language):
    page = pages[(page_type, demo_language.code)]
    page.title = "Draft title"

    response = page.make_preview_request()

    assert response.status_code == 200
    assert demo_language.html_root in response.content
    assert b"<h1>Draft title</h1>" in response.content


def test_a_draft_page_is_not_served(client, listing):
    assert client.get(listing["draft"].url).status_code == 404


def test_a_draft_page_can_be_previewed(listing):
    response = listing["draft"].make_preview_request()
    assert b"<h1>Hidden draft</h1>" in response.content


def test_index_pages_list_their_live_children_in_order(client, pages, listing):
    content = client.get(pages[("tips", "en")].url).content.decode()

    assert "Hidden draft" not in content
    assert content.index("Lock your car") < content.index("Mark your bike")
    assert "<p>In plain terms: Lock your car.</p>" in content


def test_the_home_page_links_its_sections(client, pages):
    content = client.get(pages[("home", "en")].url).content.decode()
    for name in SECTIONS:
        index = pages[(name, "en")]
        assert f'<a class="usa-link" href="{index.url}">{index.title}</a>' in content
