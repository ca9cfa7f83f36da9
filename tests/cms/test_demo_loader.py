"""The demo loader: content, translations, idempotency and generated pages.

Loading the demo takes seconds, so the tests that only read it share one load per
class: it runs inside a transaction that is rolled back when the class is done, and
every test adds its own savepoint on top, as pytest-django's ``db`` fixture does.
"""

import datetime
import io
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo import content
from cms.demo.loader import demo_key
from cms.demo.translations import es as spanish
from cms.models import HomePage

PolicyPage = apps.get_model("trust_policies", "PolicyPage")
StoryPage = apps.get_model("trust_stories", "StoryPage")
TipPage = apps.get_model("trust_tips", "TipPage")
GuidePage = apps.get_model("trust_tips", "GuidePage")
AwardPage = apps.get_model("trust_community", "AwardPage")
FAQPage = apps.get_model("trust_faqs", "FAQPage")
PolicyIndexPage = apps.get_model("trust_policies", "PolicyIndexPage")
FAQ = apps.get_model("trust_faqs", "FAQ")
Technology = apps.get_model("trust_transparency", "Technology")

ENGLISH_COUNTS = {
    PolicyPage: 3,
    Technology: 2,
    StoryPage: 3,
    TipPage: 6,
    GuidePage: 2,
    FAQ: 12,
    AwardPage: 2,
}
OTHER_LANGUAGES = ["vi", "zh-hans", "ar"]


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def in_locale(model, language_code):
    return model.objects.filter(locale__language_code=language_code)


def demo_object(model, key, language_code="en"):
    return model.objects.get(
        translation_key=demo_key(key), locale__language_code=language_code
    )


def database_counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "faqs": FAQ.objects.count(),
        "technologies": Technology.objects.count(),
        "images": get_image_model().objects.count(),
        "sites": Site.objects.count(),
        "translation_sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "string_translations": StringTranslation.objects.count(),
    }


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo, loaded once for the class and rolled back after it."""
    media = tmp_path_factory.mktemp("demo-media")
    with (
        override_settings(MEDIA_ROOT=media),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        output = load_demo()
        yield output
        transaction.set_rollback(True)


@pytest.mark.usefixtures("demo", "db")
class TestLoadedDemo:
    def test_reports_progress(self, demo):
        assert "Policies: 3 created" in demo
        assert "Spanish (es) translations:" in demo

    def test_site_root_is_the_agency_home_page(self):
        site = Site.objects.get(is_default_site=True)
        assert (site.hostname, site.port) == ("localhost", 80)
        home = site.root_page.specific
        assert isinstance(home, HomePage)
        assert home.locale.language_code == "en"
        assert home.agency_name == "Riverside Police Department"
        # Wagtail's "Welcome" page is gone.
        assert not Page.objects.filter(depth=2, content_type__model="page").exists()
        slugs = set(home.get_children().values_list("slug", flat=True))
        assert slugs == {
            "policies",
            "stories",
            "tips",
            "guides",
            "awards",
            "faqs",
            "transparency",
            "events",
        }

    def test_english_content_counts(self):
        for model, count in ENGLISH_COUNTS.items():
            assert in_locale(model, "en").filter(live=True).count() == count, model

    def test_every_page_is_published_with_a_revision(self):
        for page in Page.objects.filter(depth__gte=2):
            assert page.live, page
            assert page.live_revision_id is not None, page
            assert page.first_published_at and page.last_published_at, page

    def test_spanish_translates_everything(self):
        english_pages = Page.objects.filter(locale__language_code="en", depth__gte=2)
        spanish_keys = set(
            in_locale(Page, "es")
            .filter(live=True)
            .values_list("translation_key", flat=True)
        )
        assert set(english_pages.values_list("translation_key", flat=True)) == (
            spanish_keys
        )
        for model, count in ENGLISH_COUNTS.items():
            assert in_locale(model, "es").filter(live=True).count() == count, model

    @pytest.mark.parametrize("language_code", OTHER_LANGUAGES)
    def test_core_content_in_other_languages(self, language_code):
        for model, key in [
            (HomePage, "home"),
            (PolicyIndexPage, "policies"),
            (PolicyPage, "policy-license-plate-readers"),
            (FAQPage, "faqs"),
            (Technology, "license-plate-readers"),
        ]:
            translated = demo_object(model, key, language_code)
            assert translated.live, (model, language_code)
        assert in_locale(FAQ, language_code).filter(live=True).count() == 12
        # Registered with wagtail-localize, so the admin offers to sync them.
        for key in ["license-plate-readers", "facial-recognition"]:
            assert Translation.objects.filter(
                source__object_id=demo_key(key),
                target_locale__language_code=language_code,
            ).exists()

    def test_translations_are_real_wagtail_localize_translations(self):
        key = demo_key("policy-license-plate-readers")
        english = PolicyPage.objects.get(
            translation_key=key, locale__language_code="en"
        )
        spanish_page = english.get_translation(Locale.objects.get(language_code="es"))
        assert spanish_page.title == "Lectores de matrículas" != english.title
        assert spanish_page.slug == "lectores-de-matriculas"
        assert "matrículas" in spanish_page.summary
        assert spanish_page.translation_key == english.translation_key
        translation = Translation.objects.get(
            source__object_id=key, target_locale__language_code="es"
        )
        total, translated = translation.get_progress()
        assert total == translated > 0
        # The translation governs the Spanish registry entry, not the English one.
        assert [
            t.locale.language_code for t in spanish_page.specific.technologies.all()
        ] == ["es"]

    def test_non_latin_translations(self):
        for language_code, expected in [
            ("zh-hans", "车牌识别器"),
            ("ar", "أجهزة قراءة لوحات السيارات"),
            ("vi", "Máy đọc biển số xe"),
        ]:
            page = demo_object(
                PolicyPage, "policy-license-plate-readers", language_code
            )
            assert page.title == expected

    def test_license_plate_policy_leaves_one_element_uncovered(self):
        policy = demo_object(PolicyPage, "policy-license-plate-readers")
        covered = {key for section in policy.sections() for key in section["covers"]}
        assert "accuracy_and_correction" not in covered
        assert len(covered) == 6
        assert policy.next_review_due > policy.effective_date
        assert policy.technologies.get().kind == "license_plate_reader"
        assert "faqs" in [block.block_type for block in policy.body]

    def test_license_plate_policy_has_a_change_log(self, client):
        policy = demo_object(PolicyPage, "policy-license-plate-readers")
        versions = list(policy.versions.order_by("published_at", "pk"))
        assert [v.label for v in versions] == ["1.0", "2.0"]
        assert "every quarter" in versions[1].change_note
        changed = [section["number"] for section in versions[1].diff()["changed"]]
        assert changed == ["462.3", "462.4"]
        response = client.get(f"/api/v1/policies/{policy.pk}/versions/")
        assert response.json()["items"][0]["label"] == "2.0"

    def test_sections_are_in_the_navigation(self, client):
        items = client.get("/api/v1/navigation/?locale=es").json()["items"]
        assert "Tecnología y transparencia" in [item["title"] for item in items]
        assert len(items) == 7

    def test_drone_policy_is_open_for_comment(self):
        policy = demo_object(PolicyPage, "policy-drones")
        assert policy.status == "draft_for_comment"
        assert policy.comment_opens < policy.comment_closes
        assert policy.comment_period_state == "open"
        assert policy.how_to_comment

    def test_technology_registry_is_complete_and_current(self):
        for technology in in_locale(Technology, "en"):
            assert technology.missing_disclosures() == [], technology
            for statistic in technology.usage_stats:
                age = timezone.localdate() - statistic.value["as_of"]
                assert age <= datetime.timedelta(days=30)

    def test_content_conventions(self):
        assert in_locale(TipPage, "en").filter(title__icontains="package").exists()
        assert all(story.privacy_confirmed for story in StoryPage.objects.all())
        categories = set(in_locale(FAQ, "en").values_list("category", flat=True))
        assert "sharing" in categories and len(categories) >= 3
        for picture in get_image_model().objects.all():
            assert picture.description and picture.credit
        assert in_locale(FAQ, "en").filter(tags__name="privacy").exists()
        assert not any("lorem" in page.title.lower() for page in Page.objects.all())

    def test_second_run_changes_nothing(self):
        before = database_counts()
        output = load_demo()
        assert database_counts() == before
        assert "Policies: 3 already present" in output
        assert "created" not in output

    def test_extra_pages(self):
        before = Page.objects.count()
        output = load_demo("--extra-pages", "50")
        assert "Extra pages: 50 created" in output
        extra = Page.objects.filter(
            translation_key__in=[demo_key(f"extra-page-{n}") for n in range(50)]
        )
        assert Page.objects.count() == before + 50 == before + extra.count()
        assert extra.values("locale").distinct().count() >= 2
        assert extra.filter(live=True, live_revision__isnull=False).count() == 50
        assert Page.find_problems() == ([], [], [], [], [])
        policy = PolicyPage.objects.filter(pk__in=extra).first()
        assert 'linktype="page"' in str(policy.body.raw_data)
        assert {"section", "image", "faqs"} <= {b.block_type for b in policy.body}

        again = load_demo("--extra-pages", "50")
        assert "Extra pages: 50 already present" in again
        assert Page.objects.count() == before + 50


def test_missing_translation_fails_loudly_and_writes_nothing(db, monkeypatch, settings):
    missing = "Our commitments"
    monkeypatch.delitem(spanish.STRINGS, missing)
    before = database_counts()
    welcome = Site.objects.get(is_default_site=True).root_page_id

    with pytest.raises(CommandError, match=missing):
        load_demo()

    assert database_counts() == before
    assert Site.objects.get(is_default_site=True).root_page_id == welcome
    assert not HomePage.objects.exists()
    # The image files written before the failure are removed as well.
    assert not list(settings.MEDIA_ROOT.rglob("*.png"))


def test_negative_extra_pages_is_refused(db):
    with pytest.raises(CommandError, match="--extra-pages"):
        load_demo("--extra-pages", "-1")


def test_content_data_refers_only_to_known_objects():
    known = {
        "image": {entry["key"] for entry in content.IMAGES},
        "document": {entry["key"] for entry in content.DOCUMENTS},
        "faq": {entry["key"] for entry in content.FAQS},
        "page": {
            entry["key"]
            for entry in [
                *content.INDEXES,
                *content.GUIDES,
                *content.TIPS,
                *content.POLICIES,
                *content.STORIES,
                *content.AWARDS,
            ]
        },
    }
    text = repr(
        [content.HOME, content.TECHNOLOGIES, content.GUIDES, content.POLICIES]
        + [content.STORIES, content.TIPS, content.AWARDS]
    )
    references = re.findall(r"@(image|document|faq|page):([a-z0-9-]+)", text)
    assert references
    for kind, key in references:
        assert key in known[kind], (kind, key)
