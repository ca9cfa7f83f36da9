"""What cms/pages.py declares for every page type: the edit view's last tabs,
the tags' through models and the translation of TrustPage's own fields."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from wagtail.admin.panels import ObjectList
from wagtail.models import Page
from wagtail_localize.fields import get_translatable_fields

from cms.models import TrustPage
from cms.pages import PAGE_TRANSLATABLE_FIELDS, tagged_item_model

PAGE_TYPES = [
    model
    for model in apps.get_models()
    if issubclass(model, TrustPage) and "edit_handler" in vars(model)
]
TAG_MODELS = [
    apps.get_model(label)
    for label in (
        "trust_policies.PolicyPageTag",
        "trust_stories.StoryPageTag",
        "trust_tips.TipPageTag",
        "trust_tips.GuidePageTag",
        "trust_faqs.FAQTag",
        "trust_community.AwardPageTag",
        "trust_community.EventPageTag",
        "trust_community.YouSaidWeDidPageTag",
    )
]


def fields_of(panels, model):
    return ObjectList(panels).bind_to_model(model).get_form_options()["fields"]


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_every_page_type_ends_with_promote_and_settings(model):
    *own, promote, settings = model.get_edit_handler().children
    assert own, "a page type has tabs of its own first"
    assert (str(promote.heading), str(settings.heading)) == ("Promote", "Settings")
    assert promote.get_form_options()["fields"] == fields_of(
        TrustPage.promote_panels, model
    )
    assert settings.get_form_options()["fields"] == fields_of(
        Page.settings_panels, model
    )


@pytest.mark.parametrize("model", TAG_MODELS, ids=lambda model: model.__name__)
def test_a_tag_model_belongs_to_its_app_and_links_its_tagged_model(model):
    tagged = model._meta.get_field("content_object").related_model
    assert model.__name__ == f"{tagged.__name__}Tag"
    assert model._meta.app_label == tagged._meta.app_label
    assert tagged._meta.get_field("tagged_items").related_model is model
    assert tagged._meta.get_field("tags").remote_field.through is model


@pytest.mark.django_db
def test_the_declared_models_need_no_migration():
    """tagged_item_model() must build what the migrations describe."""
    call_command("makemigrations", "--check", "--dry-run", stdout=io.StringIO())


def test_a_tag_model_outside_an_app_is_refused():
    with pytest.raises(RuntimeError, match="INSTALLED_APPS"):
        tagged_item_model("trust_policies.PolicyPage", "not_an_app.models")


def test_every_declared_page_type_translates_the_page_fields_alike():
    declared = [
        model
        for model in apps.get_models()
        if issubclass(model, TrustPage) and "translatable_fields" in vars(model)
    ]
    assert len(declared) >= 6
    for model in declared:
        fields = get_translatable_fields(model)
        assert fields[: len(PAGE_TRANSLATABLE_FIELDS)] == list(PAGE_TRANSLATABLE_FIELDS)
