"""Every page type renders, live and in preview, in every content language.

The root element carries the page's language and text direction, so screen
readers pronounce it correctly and Arabic reads right to left.
"""

import pytest

from tests import factories

LEAF_PAGES = {
    "policy": (factories.PolicyPageFactory, "policies"),
    "story": (factories.StoryPageFactory, "stories"),
    "tip": (factories.TipPageFactory, "tips"),
    "guide": (factories.GuidePageFactory, "guides"),
    "award": (factories.AwardPageFactory, "awards"),
}
PAGE_TYPES = ["home", "policies", "stories", "tips", "guides", "awards", "faqs"]
PAGE_TYPES += ["transparency", *LEAF_PAGES]


@pytest.fixture
def build_page(home_page, section_indexes):
    """The English page of a type, with a title that is easy to find."""

    def build(page_type):
        if page_type == "home":
            return home_page
        if page_type in section_indexes:
            return section_indexes[page_type]
        if page_type == "transparency":
            return factories.TransparencyPageFactory(parent=home_page)
        factory, section = LEAF_PAGES[page_type]
        return factory(parent=section_indexes[section], title=f"A {page_type} page")

    return build


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_live_page_renders_in_its_language(
    client, build_page, in_language, page_type, demo_language
):
    page = in_language(build_page(page_type), demo_language.code)
    assert page.url.startswith(f"/{demo_language.code}/")

    response = client.get(page.url)

    assert response.status_code == 200
    assert demo_language.html_root in response.content
    assert f"<h1>{page.title}</h1>".encode() in response.content


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_preview_renders_in_the_page_language(
    build_page, in_language, page_type, demo_language
):
    page = in_language(build_page(page_type), demo_language.code).specific
    page.title = "Draft title"

    response = page.make_preview_request()

    assert response.status_code == 200
    assert demo_language.html_root in response.content
    assert b"<h1>Draft title</h1>" in response.content


def test_a_draft_page_is_not_served(client, section_indexes):
    draft = factories.PolicyPageFactory(parent=section_indexes["policies"], live=False)
    assert client.get(draft.url).status_code == 404


def test_a_draft_page_can_be_previewed(section_indexes):
    draft = factories.PolicyPageFactory(
        parent=section_indexes["policies"], live=False, title="Not yet adopted"
    )
    response = draft.make_preview_request()
    assert b"<h1>Not yet adopted</h1>" in response.content


def test_index_pages_list_their_live_children_in_order(client, section_indexes):
    parent = section_indexes["tips"]
    factories.TipPageFactory(parent=parent, title="Lock your car")
    factories.TipPageFactory(parent=parent, title="Hidden draft", live=False)
    factories.TipPageFactory(parent=parent, title="Mark your bike")

    content = client.get(parent.url).content.decode()

    assert "Hidden draft" not in content
    assert content.index("Lock your car") < content.index("Mark your bike")
    assert "<p>In plain terms: Lock your car.</p>" in content


def test_the_home_page_links_its_sections(client, section_indexes, home_page):
    content = client.get(home_page.url).content.decode()
    for index in section_indexes.values():
        assert f'<a href="{index.url}">{index.title}</a>' in content
