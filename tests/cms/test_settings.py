"""Content languages: set by CMS_LANGUAGES, made by migrate, prefixed in URLs."""

import runpy
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from wagtail.models import Locale

from cms.signal_handlers import create_content_locales
from tests import factories

SETTINGS_FILE = Path(django_settings.BASE_DIR) / "cms" / "settings.py"
DEMO_LANGUAGES = ["en", "es", "vi", "zh-hans", "ar"]
# Variables a test's settings read only as the test gives them.
CLEARED_VARIABLES = (
    "CMS_LANGUAGES",
    "DJANGO_DEBUG",
    "SECRET_KEY",
    "REDIS_URL",
    "CMS_TRUSTED_PROXY_COUNT",
    "CMS_FEEDBACK_TRUST_X_FORWARDED_FOR",
)


def settings_with(monkeypatch, **environ):
    """The settings module as it reads with these environment variables."""
    for name in CLEARED_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


class TestDefaults:
    def test_the_demo_languages_by_default(self, monkeypatch):
        configured = settings_with(monkeypatch)
        assert configured["CMS_LANGUAGES"] == DEMO_LANGUAGES
        assert [code for code, _name in configured["WAGTAIL_CONTENT_LANGUAGES"]] == (
            DEMO_LANGUAGES
        )

    def test_english_is_the_source_language(self, monkeypatch):
        assert settings_with(monkeypatch)["LANGUAGE_CODE"] == "en"

    def test_languages_have_their_names(self, monkeypatch):
        assert dict(settings_with(monkeypatch)["LANGUAGES"]) == {
            "en": "English",
            "es": "Spanish",
            "vi": "Vietnamese",
            "zh-hans": "Simplified Chinese",
            "ar": "Arabic",
        }

    def test_internationalisation_is_on(self, monkeypatch):
        configured = settings_with(monkeypatch)
        assert configured["WAGTAIL_I18N_ENABLED"] is True
        assert configured["USE_I18N"] is True


class TestConfiguredLanguages:
    def test_the_first_language_is_the_source(self, monkeypatch):
        configured = settings_with(monkeypatch, CMS_LANGUAGES="es, en ,tl")
        assert configured["CMS_LANGUAGES"] == ["es", "en", "tl"]
        assert configured["LANGUAGE_CODE"] == "es"
        assert (
            configured["WAGTAILADMIN_PERMITTED_LANGUAGES"] == (configured["LANGUAGES"])
        )

    def test_a_code_django_does_not_know_keeps_its_code_as_name(self, monkeypatch):
        configured = settings_with(monkeypatch, CMS_LANGUAGES="en,xx")
        assert configured["LANGUAGES"][1] == ("xx", "xx")


class TestLocales:
    def test_migrate_creates_a_locale_for_each_demo_language(self, db):
        assert sorted(Locale.objects.values_list("language_code", flat=True)) == (
            sorted(DEMO_LANGUAGES)
        )

    def test_arabic_is_right_to_left(self, locales):
        assert locales["ar"].is_bidi
        assert not any(locales[code].is_bidi for code in ["en", "es", "vi", "zh-hans"])

    def test_a_new_language_gets_its_locale_on_migrate(self, db, settings):
        settings.WAGTAIL_CONTENT_LANGUAGES = [
            *settings.WAGTAIL_CONTENT_LANGUAGES,
            ("tl", "Tagalog"),
        ]
        settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES
        create_content_locales()
        create_content_locales()
        assert Locale.objects.filter(language_code="tl").count() == 1
        assert Locale.objects.count() == 6


class TestUrls:
    def test_an_english_page_is_under_en(self, section_indexes):
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], slug="drones"
        )
        assert policy.url == "/en/policies/drones/"
        assert section_indexes["policies"].get_parent().url == "/en/"

    @pytest.mark.parametrize("language", ["es", "vi", "zh-hans", "ar"])
    def test_a_translation_is_under_its_language(
        self, section_indexes, publish_translation, language
    ):
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], slug="drones"
        )
        translation = publish_translation(policy, language)
        assert translation.url == f"/{language}/policies/drones/"

    def test_each_language_is_served_at_its_prefix(
        self, client, section_indexes, publish_translation
    ):
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"], slug="drones", title="Drones"
        )
        translation = publish_translation(policy, "es")
        translation.title = "Drones (es)"
        translation.save_revision().publish()

        assert b"<h1>Drones</h1>" in client.get("/en/policies/drones/").content
        assert b"<h1>Drones (es)</h1>" in client.get("/es/policies/drones/").content

    def test_a_missing_translation_falls_back_to_english_marked_as_english(
        self, client, section_indexes
    ):
        factories.PolicyPageFactory(
            parent=section_indexes["policies"], slug="drones", title="Drones"
        )
        response = client.get("/vi/policies/drones/")
        assert response.status_code == 200
        assert b'<html lang="en" dir="ltr">' in response.content
        assert b"<h1>Drones</h1>" in response.content
