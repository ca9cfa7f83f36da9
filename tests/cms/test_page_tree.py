"""Where each page type may be created: the shape of every agency site."""

import pytest
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage, IndexPage
from plugins.community.models import AwardIndexPage, AwardPage
from plugins.faqs.models import FAQPage
from plugins.policies.models import PolicyIndexPage, PolicyPage
from plugins.stories.models import StoryIndexPage, StoryPage
from plugins.tips.models import GuideIndexPage, GuidePage, TipIndexPage, TipPage
from plugins.transparency.models import TransparencyPage
from tests import factories

SECTIONS = {
    PolicyIndexPage: PolicyPage,
    StoryIndexPage: StoryPage,
    TipIndexPage: TipPage,
    GuideIndexPage: GuidePage,
    AwardIndexPage: AwardPage,
    FAQPage: None,
}
INDEX_PAGES = list(SECTIONS)
LEAF_PAGES = [leaf for leaf in SECTIONS.values() if leaf]


class TestPageTypeRules(WagtailPageTestCase):
    def test_the_home_page_sits_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_the_home_page_holds_the_section_index_pages(self):
        self.assertLessEqual(set(INDEX_PAGES), set(HomePage.creatable_subpage_models()))

    def test_the_home_page_holds_one_page_of_each_kind(self):
        for child in HomePage.creatable_subpage_models():
            with self.subTest(child=child.__name__):
                self.assertEqual(child.max_count_per_parent, 1)

    def test_only_a_home_page_can_be_created_at_the_top(self):
        self.assertEqual(set(Page.creatable_subpage_models()), {HomePage})

    def test_every_index_page_sits_only_under_the_home_page(self):
        for model in get_page_models():
            if issubclass(model, IndexPage) and model.is_creatable:
                with self.subTest(index=model.__name__):
                    self.assertAllowedParentPageTypes(model, {HomePage})

    def test_index_pages_sit_only_under_the_home_page(self):
        for index in INDEX_PAGES:
            with self.subTest(index=index.__name__):
                self.assertAllowedParentPageTypes(index, {HomePage})

    def test_each_index_page_holds_only_its_own_pages(self):
        for index, leaf in SECTIONS.items():
            with self.subTest(index=index.__name__):
                self.assertAllowedSubpageTypes(index, {leaf} if leaf else set())

    def test_leaf_pages_sit_only_under_their_index(self):
        for index, leaf in SECTIONS.items():
            if leaf:
                with self.subTest(leaf=leaf.__name__):
                    self.assertAllowedParentPageTypes(leaf, {index})

    def test_leaf_pages_have_no_children(self):
        for leaf in LEAF_PAGES:
            with self.subTest(leaf=leaf.__name__):
                self.assertAllowedSubpageTypes(leaf, set())

    def test_the_transparency_page_sits_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(TransparencyPage, {HomePage})
        self.assertAllowedSubpageTypes(TransparencyPage, set())

    def test_a_page_cannot_go_under_another_section(self):
        self.assertCanNotCreateAt(StoryIndexPage, PolicyPage)
        self.assertCanNotCreateAt(TipIndexPage, GuidePage)
        self.assertCanNotCreateAt(GuideIndexPage, TipPage)
        self.assertCanNotCreateAt(HomePage, PolicyPage)
        self.assertCanNotCreateAt(PolicyIndexPage, PolicyIndexPage)


@pytest.fixture
def root():
    return Page.get_first_root_node()


def test_a_home_page_can_be_created_at_the_root(db, root):
    assert HomePage.can_create_at(root)


def test_a_home_page_cannot_be_created_under_any_other_page(home_page, root):
    # Wagtail's own welcome page is a plain Page, like the root.
    welcome_page = root.get_children().exclude(pk=home_page.pk).get()
    assert welcome_page.specific_class is Page
    assert not HomePage.can_create_at(welcome_page)
    assert not HomePage.can_create_at(home_page)
    assert not home_page.can_move_to(welcome_page)


@pytest.mark.parametrize("index", INDEX_PAGES)
def test_one_index_page_of_each_kind_per_home_page(home_page, section_indexes, index):
    assert not index.can_create_at(home_page)
    other_home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), title="Lakeside Sheriff"
    )
    assert index.can_create_at(other_home)


@pytest.mark.parametrize("index", INDEX_PAGES)
def test_an_index_page_can_be_added_to_a_new_site(home_page, index):
    assert index.can_create_at(home_page)


def test_the_admin_offers_only_the_missing_sections(
    admin_client, home_page, section_indexes
):
    section_indexes["policies"].delete()
    section_indexes["awards"].delete()
    url = reverse("wagtailadmin_pages:add_subpage", args=[home_page.pk])
    response = admin_client.get(url)
    offered = {model_name for _, _, model_name, _ in response.context["page_types"]}
    assert {"policyindexpage", "awardindexpage"} <= offered
    existing = {
        index.specific_class._meta.model_name for index in section_indexes.values()
    }
    assert not offered & (existing - {"policyindexpage", "awardindexpage"})
