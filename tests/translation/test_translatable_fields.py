"""What is translated and what is kept in sync, for every translatable type.

Text and image alt text are translated; dates, numbers, choices, relations and
images follow the source language.
"""

import datetime

import pytest
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, get_translatable_models
from wagtail_localize.fields import (
    SynchronizedField,
    TranslatableField,
    get_translatable_fields,
)
from wagtail_localize.models import TranslationSource

from plugins.community.models import ContactPage
from plugins.faqs.models import FAQ, FAQPage
from plugins.policies.models import PolicyIndexPage, PolicyPage
from plugins.stories.models import StoryPage
from plugins.tips.models import GuidePage, TipPage
from plugins.transparency.models import Technology, TransparencyPage
from tests import factories

T, S = "translated", "synchronized"
PAGE = {
    "title": T,
    "slug": T,
    "seo_title": T,
    "search_description": T,
    "show_in_menus": S,
    "summary": T,
    "hero_image": S,
    "share_image": S,
}
TAGS = {"tags": S, "tagged_items": S}

EXPECTED = {
    PolicyPage: {
        **PAGE,
        "policy_number": S,
        "category": S,
        "status": S,
        "body": T,
        "effective_date": S,
        "last_reviewed": S,
        "next_review_due": S,
        "approving_authority": T,
        "legal_basis": T,
        "comment_opens": S,
        "comment_closes": S,
        "how_to_comment": T,
        "documents": T,
        "technologies": S,
        "version_kind": S,
        "change_note": T,
        **TAGS,
    },
    StoryPage: {
        **PAGE,
        "story_date": S,
        "area": T,
        "incident_category": S,
        "outcome": T,
        "community_partners": T,
        "body": T,
        "images": T,
        "media_coverage": T,
        "technologies": S,
        "policies": S,
        "privacy_confirmed": S,
        **TAGS,
    },
    TipPage: {
        **PAGE,
        "category": S,
        "audience": S,
        "season": S,
        "short_tip": T,
        "steps": T,
        "body": T,
        "resources": T,
        **TAGS,
    },
    GuidePage: {
        **PAGE,
        "situation": T,
        "steps": T,
        "body": T,
        "contacts": T,
        **TAGS,
    },
    TransparencyPage: {**PAGE, "intro": T},
    FAQ: {
        "question": T,
        "answer": T,
        "category": S,
        "sort_order": S,
        **TAGS,
    },
    Technology: {
        "name": T,
        "kind": S,
        "vendor": S,
        "description": T,
        "collected": T,
        "not_collected": T,
        "allowed_uses": T,
        "prohibited_uses": T,
        "retention_days": S,
        "access_policy": T,
        "hotlist_policy": T,
        "hotlist_sources": T,
        "sharing": T,
        "usage_stats": T,
        "audits": T,
    },
    # Index pages and the home page keep wagtail-localize's derivation, which
    # already follows the rule.
    PolicyIndexPage: {**PAGE, "intro": T},
    FAQPage: {**PAGE, "intro": T},
}
# Identifiers, proper names and phone numbers: text, but never reworded.
KEPT_AS_IS = {
    (PolicyPage, "policy_number"),
    (Technology, "vendor"),
    (ContactPage, "phone"),
    (ContactPage, "non_emergency_phone"),
}


def is_free_text(field):
    """Rich text, streams, slugs and plain text without choices."""
    if isinstance(field, StreamField | RichTextField | models.SlugField):
        return True
    return (
        isinstance(field, models.CharField | models.TextField)
        and not field.choices
        and not isinstance(field, models.URLField | models.EmailField)
    )


def classification(model):
    return {
        field.field_name: T if isinstance(field, TranslatableField) else S
        for field in get_translatable_fields(model)
    }


@pytest.mark.parametrize("model", EXPECTED, ids=lambda model: model.__name__)
def test_each_type_declares_what_is_translated(model):
    assert classification(model) == EXPECTED[model]


@pytest.mark.parametrize(
    "model",
    [model for model in EXPECTED if "translatable_fields" in vars(model)],
    ids=lambda model: model.__name__,
)
def test_a_declaration_covers_every_field(model):
    """A field added later must be classified, not silently left untouched."""
    declared = {field.field_name for field in model.translatable_fields}
    expected = set()
    for field in model._meta.get_fields():
        if isinstance(field, models.ManyToOneRel):
            if isinstance(field.remote_field, ParentalKey) and field.name != (
                "wagtail_admin_comments"
            ):
                expected.add(field.name)
        elif getattr(field, "editable", False) and not field.auto_created:
            expected.add(field.name)
    ignored = {
        # Page bookkeeping wagtail-localize never copies.
        "go_live_at",
        "expire_at",
        "first_published_at",
        "owner",
        "content_type",
        "path",
        "depth",
        "numchild",
        # Publishing state is per language.
        "live",
        "has_unpublished_changes",
        "latest_revision",
        "live_revision",
        "last_published_at",
        "locale",
        "translation_key",
    }
    assert expected - ignored - declared == set()


@pytest.mark.parametrize(
    "model",
    get_translatable_models(include_subclasses=True),
    ids=lambda model: model.__name__,
)
def test_every_translatable_type_follows_the_rule(model):
    """Any page type or snippet, declared or not: dates, numbers, choices,
    relations and images are synchronized; free text is translated."""
    if model is Page:
        return
    for entry in get_translatable_fields(model):
        field = entry.get_field(model)
        if (model, entry.field_name) in KEPT_AS_IS:
            assert isinstance(entry, SynchronizedField)
        elif is_free_text(field):
            assert isinstance(entry, TranslatableField), entry
        else:
            assert isinstance(entry, SynchronizedField), entry
    relations = {
        field.name
        for field in model._meta.get_fields()
        if isinstance(field, ParentalManyToManyField)
    }
    classified = {entry.field_name for entry in get_translatable_fields(model)}
    assert relations <= classified, "relations must be kept in sync"


def test_image_alt_text_in_a_body_is_translated(section_indexes):
    image = factories.ImageFactory()
    story = factories.StoryPageFactory(
        parent=section_indexes["stories"],
        images=[
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "Officers return a stolen bicycle",
                    "caption": "",
                    "credit": "",
                },
            }
        ],
    )
    source, _created = TranslationSource.get_or_create_from_instance(story)
    texts = set(source.stringsegment_set.values_list("string__data", flat=True))
    assert "Officers return a stolen bicycle" in texts
    # The image itself is kept in sync: an overridable value, not a text.
    assert source.overridablesegment_set.filter(
        context__path__startswith="images."
    ).exists()


def resync(source_object, translation, run_on_commit):
    translation.source.update_from_db()
    run_on_commit(translation.save_target, publish=True)
    return translation.get_target_instance()


def test_a_changed_date_reaches_the_translation_and_the_wording_stays(
    policy, translate, publish, run_on_commit
):
    translation, spanish = translate(policy, "es")
    assert spanish.effective_date == datetime.date(2026, 1, 1)

    policy.effective_date = datetime.date(2026, 7, 1)
    policy.change_note = "New effective date."
    publish(policy)
    spanish = resync(policy, translation, run_on_commit)

    assert spanish.effective_date == datetime.date(2026, 7, 1)
    assert spanish.title == "[es] License-plate readers"


def test_a_changed_retention_reaches_the_translated_technology(
    locales, translate, publish, run_on_commit
):
    technology = publish(
        factories.TechnologyFactory(
            name="Plate readers", retention_days=30, locale=locales["en"]
        )
    )
    translation, vietnamese = translate(technology, "vi")
    assert vietnamese.retention_days == 30

    technology.retention_days = 14
    publish(technology)
    vietnamese = resync(technology, translation, run_on_commit)

    assert vietnamese.retention_days == 14
    assert vietnamese.name == "[vi] Plate readers"
