"""The API's ``authoritative_locale`` comes from the provider the translation
plugin registers with the core (no import of translation from headless), and an
editor's change reaches cached responses at once."""

from django.conf import settings

from plugins.headless.endpoints import registry
from plugins.translation.authority import official_language_overrides
from plugins.translation.models import AuthoritativeLanguage


def official_language(client, page):
    response = client.get(f"/api/v1/policies/{page.pk}/")
    assert response.status_code == 200
    return response.json()["authoritative_locale"]


def test_translation_registers_the_official_language_provider():
    assert registry.official_languages is not None
    assert registry.official_languages.overrides is official_language_overrides


def test_an_editors_choice_reaches_cached_responses(client, policy, locales):
    assert official_language(client, policy) == settings.LANGUAGE_CODE
    choice = AuthoritativeLanguage.objects.create(page=policy, locale=locales["vi"])
    assert official_language(client, policy) == "vi"
    choice.delete()
    assert official_language(client, policy) == settings.LANGUAGE_CODE


def test_the_site_wide_setting_applies_to_pages_without_a_choice(
    client, policy, settings
):
    settings.CMS_AUTHORITATIVE_LOCALE = "es"
    assert official_language(client, policy) == "es"


def test_without_a_provider_the_site_language_is_official(
    client, policy, locales, monkeypatch
):
    AuthoritativeLanguage.objects.create(page=policy, locale=locales["vi"])
    monkeypatch.setattr(registry, "official_languages", None)
    assert official_language(client, policy) == settings.LANGUAGE_CODE
