"""The demo loader: content, translations, idempotency and generated pages.

Loading the demo takes a minute, so the module reads a copy of the demo its
worker loaded once (``tests/demo_world.py``), and every test adds its own
savepoint on top, as pytest-django's ``db`` fixture does.
"""

import datetime
import io
import re
import zoneinfo
from html import escape
from html.parser import HTMLParser

import pytest
from django.apps import apps
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Revision, Site
from wagtail_localize.models import (
    StringTranslation,
    Translation,
    TranslationSource,
)

from blocks.media import rendition_widths
from cms.demo import content
from cms.demo.loader import demo_key
from cms.models import HomePage
from plugins.community.models import (
    ContactPage,
    EventPage,
    FeedbackPage,
    FeedbackSubmission,
)
from plugins.site.models import AgencySettings

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


def build_scale(*args):
    out = io.StringIO()
    call_command("build_scale", *args, stdout=out)
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


@pytest.fixture(scope="module")
def demo(demo_database):
    """What ``load_demo`` reported, on the module's copy of the demo the worker
    loaded once (``tests/demo_world.py``)."""
    return demo_database.output


@pytest.fixture(scope="module")
def demo_media(demo_database):
    return demo_database.media


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
            "feedback",
            "contact",
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
        titles = [item["title"] for item in items]
        assert "Tecnología y transparencia" in titles
        assert {"Eventos", "Envíenos sus opiniones", "Contacto"} <= set(titles)
        assert len(items) == 10

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
        # The scale builder (plugins/benchmarks) over this module's demo.
        before = Page.objects.count()
        output = build_scale("50")
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

        again = build_scale("50")
        assert "Extra pages: 50 already present" in again
        assert Page.objects.count() == before + 50


# The demo as a complete agency --------------------------------------------------
DEMO_LANGUAGES = ["en", "es", "vi", "zh-hans", "ar"]
TOPIC_PROMPTS = {
    "en": "Choose a topic",
    "es": "Elija un tema",
    "vi": "Chọn một chủ đề",
    "zh-hans": "请选择主题",
    "ar": "اختر موضوعًا",
}


class SiteLinks(HTMLParser):
    """The site's own links on a page: paths under a language prefix."""

    def __init__(self, html):
        super().__init__()
        self.paths = set()
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") or ""
        if tag == "a" and href.startswith("/") and not href.startswith("//"):
            self.paths.add(href.split("#")[0].split("?")[0])


def live_pages(language_code):
    return (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language_code, depth__gte=2)
        .specific()
    )


@pytest.mark.usefixtures("demo", "db")
class TestCompleteAgency:
    @pytest.fixture(autouse=True)
    def demo_pictures(self, settings, demo_media):
        # Pages show renditions of the demo's pictures, drawn into its media.
        settings.MEDIA_ROOT = demo_media

    def test_serving_the_demo_makes_no_rendition_again(self, client):
        # tests/demo_world.py makes them in the template, as a site that has
        # served its pages holds them: a test serving pictures makes none.
        images = get_image_model()
        renditions = images.get_rendition_model().objects
        assert renditions.filter(filter_spec__startswith="width-").count() == (
            images.objects.count() * len(rendition_widths())
        )
        made = renditions.count()
        home = Site.objects.get(is_default_site=True).root_page
        for page in home.get_translations(inclusive=True):
            assert client.get(page.url).status_code == 200
        assert renditions.count() == made

    @pytest.mark.parametrize("language_code", DEMO_LANGUAGES)
    def test_a_feedback_page_in_every_language(self, client, language_code):
        page = demo_object(FeedbackPage, "feedback", language_code)
        assert page.live and page.alias_of_id is None
        assert page.show_in_menus

        response = client.get(page.url)

        assert response.status_code == 200
        assert f'lang="{language_code}"' in response.text
        assert TOPIC_PROMPTS[language_code] in response.text
        assert "---------" not in response.text

    def test_the_spanish_feedback_form_sends_once(self, client):
        page = demo_object(FeedbackPage, "feedback", "es")
        form = client.get(page.url)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        data = {
            "csrfmiddlewaretoken": token.group(1),
            "topic": "compliment",
            "message": "Gracias por el café del sábado.",
        }

        sent = client.post(page.url, data)
        thanks = client.get(sent["Location"])

        assert sent.status_code == 303
        assert "Gracias. Recibimos su mensaje." in thanks.text
        assert "Respondemos en un plazo de diez días hábiles." in thanks.text
        assert FeedbackSubmission.objects.get().locale.language_code == "es"

    @pytest.mark.parametrize("language_code", DEMO_LANGUAGES)
    def test_a_contact_page_in_every_language(self, client, language_code):
        page = demo_object(ContactPage, "contact", language_code)

        item = client.get(f"/api/v1/pages/{page.pk}/").json()
        html = client.get(page.url).text

        assert item["type"] == "contact"
        assert item["locale"] == language_code
        assert item["non_emergency_phone"] == content.PHONE
        assert item["phone"] == content.MAIN_PHONE
        assert item["address"] == content.ADDRESS
        assert item["hours"]
        for value in (content.PHONE, content.MAIN_PHONE, content.ADDRESS):
            assert escape(value) in html
        assert "911" in html

    @pytest.mark.parametrize("language_code", ["en", "es", "ar"])
    def test_every_page_is_reachable_from_the_navigation(self, client, language_code):
        home = demo_object(HomePage, "home", language_code)
        expected = {page.url for page in live_pages(language_code)}
        seen, queue = set(), [home.url]
        while queue:
            path = queue.pop()
            if path in seen or path not in expected | {home.url}:
                continue
            seen.add(path)
            response = client.get(path)
            assert response.status_code == 200, path
            queue.extend(SiteLinks(response.text).paths - seen)

        assert expected - seen == set()

    def test_the_menu_leads_to_events_feedback_and_contact(self, client):
        items = client.get("/api/v1/navigation/?locale=en").json()["items"]
        paths = {item["path"] for item in items}
        assert {"/en/events/", "/en/feedback/", "/en/contact/"} <= paths

    def test_coffee_with_a_cop_is_at_eight_in_the_morning_in_riverside(
        self, client, settings
    ):
        event = demo_object(EventPage, "event-coffee-with-a-cop")
        riverside = zoneinfo.ZoneInfo("America/Los_Angeles")
        assert event.start.astimezone(riverside).time() == datetime.time(8)

        settings.TIME_ZONE = "America/Los_Angeles"
        local = client.get("/feeds/en/events.ics").content.decode()
        settings.TIME_ZONE = "UTC"
        cache.clear()
        utc = client.get("/feeds/en/events.ics").content.decode()

        day = f"{event.start.astimezone(riverside):%Y%m%d}"
        assert f"DTSTART;TZID=America/Los_Angeles:{day}T080000" in local
        assert f"DTSTART:{event.start.astimezone(datetime.UTC):%Y%m%dT%H%M%S}Z" in utc
        assert "T080000Z" not in local + utc

    def test_the_spanish_plate_reader_policy_is_an_outdated_translation(self, client):
        english = demo_object(PolicyPage, "policy-license-plate-readers")
        spanish = demo_object(PolicyPage, "policy-license-plate-readers", "es")

        facts = client.get(f"/api/v1/pages/{spanish.pk}/").json()["translation"]
        html = client.get(spanish.url).text

        assert facts["outdated"] is True
        assert facts["source_locale"] == "en"
        assert facts["source_version"] == "2.0"
        spanish_text = str(spanish.body.raw_data)
        assert "cada dos años" in spanish_text and "dos veces al año" in spanish_text
        english_text = str(english.body.raw_data)
        assert "every year" in english_text and "every quarter" in english_text
        assert "usa-alert--warning" in html
        assert f'href="{english.url}"' in html

    def test_the_registry_fills_every_field_for_every_technology(self, client):
        transparency = demo_object(
            apps.get_model("trust_transparency", "TransparencyPage"), "transparency"
        )
        item = client.get(f"/api/v1/pages/{transparency.pk}/").json()

        assert len(item["technologies"]) == 2
        for technology in item["technologies"]:
            empty = [name for name, value in technology.items() if value in ("", [])]
            assert empty == ["missing_disclosures"], technology["name"]
            assert technology["retention_days"] > 0
            for audit in technology["audits"]:
                assert audit["document"] and audit["auditor"] and audit["date"]
            for agency in technology["sharing"]:
                assert agency["agency"] and agency["since"]

    def test_the_agency_details_fill_the_site_settings(self, client):
        site = Site.objects.get(is_default_site=True)
        agency = AgencySettings.for_site(site)

        assert agency.agency_name == content.AGENCY_NAME
        assert agency.logo.title == "Riverside Police Department badge"
        assert agency.non_emergency_phone == content.PHONE
        assert agency.address == content.ADDRESS
        footer = client.get("/en/").text
        assert content.PHONE in footer and escape(content.ADDRESS) in footer
