"""What every public page shares: a plain-language summary, SEO fields, direction."""

import pytest
from django.core.exceptions import ValidationError

from tests import factories


@pytest.fixture
def policy(section_indexes):
    return factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="License-plate readers",
        summary="<b>How</b> we use plate readers. ",
    )


def test_plain_summary_strips_markup(policy):
    assert policy.plain_summary == "How we use plate readers."


class TestSeoFields:
    def test_fall_back_to_the_title_summary_and_hero_image(self, policy):
        hero = factories.ImageFactory()
        policy.hero_image = hero
        assert policy.seo_fields() == {
            "title": "License-plate readers",
            "description": "How we use plate readers.",
            "share_image": hero,
        }

    def test_use_the_promote_tab_when_filled_in(self, policy):
        hero, share = factories.ImageFactory(), factories.ImageFactory()
        policy.hero_image = hero
        policy.share_image = share
        policy.seo_title = "ALPR policy | Riverside PD"
        policy.search_description = "Our ALPR rules."
        assert policy.seo_fields() == {
            "title": "ALPR policy | Riverside PD",
            "description": "Our ALPR rules.",
            "share_image": share,
        }

    def test_the_seo_title_is_the_document_title(self, client, policy):
        policy.seo_title = "ALPR policy | Riverside PD"
        policy.search_description = "Our ALPR rules."
        policy.save_revision().publish()
        content = client.get(policy.url).content.decode()
        assert "<title>ALPR policy | Riverside PD</title>" in content
        assert '<meta name="description" content="Our ALPR rules.">' in content

    def test_without_one_the_page_title_names_the_agency(self, client, policy):
        policy.save_revision().publish()
        content = client.get(policy.url).content.decode()
        agency = policy.get_parent().get_parent().specific.agency_name
        assert agency
        assert f"<title>License-plate readers | {agency}</title>" in content


@pytest.mark.parametrize(
    ("language", "direction"), [("en", "ltr"), ("es", "ltr"), ("ar", "rtl")]
)
def test_text_direction_follows_the_locale(
    policy, publish_translation, language, direction
):
    page = policy if language == "en" else publish_translation(policy, language)
    assert page.specific.text_direction == direction


def test_the_summary_is_required(policy):
    policy.summary = ""
    with pytest.raises(ValidationError) as excinfo:
        policy.full_clean()
    assert excinfo.value.message_dict == {"summary": ["This field cannot be blank."]}


def test_pages_know_the_front_end_site(rf, policy, settings):
    settings.CMS_SITE_URL = "https://www.riversidepd.example"
    context = policy.get_context(rf.get("/"))
    assert context["site_url"] == "https://www.riversidepd.example"
