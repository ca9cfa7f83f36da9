"""Machine translation: off unless configured, one of wagtail-localize's
backends when it is, and the translate-with-machine flow end to end (with
wagtail-localize's dummy translator)."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import StringTranslation

from cms.environment import machine_translator_setting

DUMMY = {"CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator"}


def test_off_by_default(settings):
    assert machine_translator_setting({}) is None
    assert machine_translator_setting({"CMS_MACHINE_TRANSLATOR": "off"}) is None
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None
    assert get_machine_translator() is None


def test_deepl_from_the_environment():
    setting = machine_translator_setting(
        {"CMS_MACHINE_TRANSLATOR": "DeepL", "DEEPL_API_KEY": "key:fx"}
    )
    assert setting == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "key:fx"},
    }


def test_libretranslate_from_the_environment():
    setting = machine_translator_setting(
        {
            "CMS_MACHINE_TRANSLATOR": "libretranslate",
            "LIBRETRANSLATE_URL": "http://translate.internal:5000",
        }
    )
    assert setting["CLASS"].endswith("libretranslate.LibreTranslator")
    assert setting["OPTIONS"] == {
        "LIBRETRANSLATE_URL": "http://translate.internal:5000",
        "API_KEY": "",
    }


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"CMS_MACHINE_TRANSLATOR": "deepl"}, "needs DEEPL_API_KEY"),
        ({"CMS_MACHINE_TRANSLATOR": "libretranslate"}, "needs LIBRETRANSLATE_URL"),
        ({"CMS_MACHINE_TRANSLATOR": "babelfish"}, "not a machine translator"),
        (
            {"CMS_MACHINE_TRANSLATOR": "google", "GOOGLE_CLOUD_PROJECT": "agency"},
            "google-cloud-translate",
        ),
    ],
)
def test_misconfiguration_is_reported_at_startup(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translator_setting(environ)


@pytest.fixture
def dummy_translator(settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = DUMMY


def test_a_translator_machine_translates_their_page(
    dummy_translator, policy, translate, translator_client
):
    translation, spanish = translate(policy, "es", wording={})
    client = translator_client("es")
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])

    response = client.post(url, {"next": "/admin/"})

    assert response.status_code == 302
    strings = StringTranslation.objects.filter(
        context__object_id=policy.translation_key, locale=translation.target_locale
    )
    title = strings.get(translation_of__data="License-plate readers")
    assert title.data == "readers License-plate"
    assert title.translation_type == "machine"
    # Named in the translator's admin language, Spanish.
    assert title.tool_name == "Traductor ficticio"
    total, done = translation.get_progress()
    assert done == total


def test_the_machine_never_overwrites_a_human_translation(
    dummy_translator, policy, translate, admin_client
):
    translation, _spanish = translate(
        policy, "es", wording={"License-plate readers": "Lectores de placas"}
    )
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    admin_client.post(url, {"next": "/admin/"})
    title = StringTranslation.objects.get(
        context__object_id=policy.translation_key,
        locale=translation.target_locale,
        translation_of__data="License-plate readers",
    )
    assert (title.data, title.translation_type) == ("Lectores de placas", "manual")


def test_scoped_to_the_translators_own_locale(
    dummy_translator, faq, translate, translator_client
):
    translation, _vietnamese = translate(faq, "vi", wording={})
    client = translator_client("es")
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert client.post(url, {"next": "/admin/"}).status_code == 403
    assert not StringTranslation.objects.filter(
        locale=translation.target_locale, translation_type="machine"
    ).exists()


def test_the_view_is_gone_when_machine_translation_is_off(
    policy, translate, admin_client
):
    translation, _spanish = translate(policy, "es", wording={})
    url = reverse("wagtail_localize:machine_translate", args=[translation.pk])
    assert admin_client.post(url).status_code == 404


def test_the_translator_class_translates_a_real_translation(
    dummy_translator, policy, translate
):
    translation, _spanish = translate(policy, "es", wording={})
    translator = get_machine_translator()
    assert isinstance(translator, DummyTranslator)
    source = translation.source
    assert translator.can_translate(source.locale, translation.target_locale)
    strings = [segment.string.as_value() for segment in source.stringsegment_set.all()]
    result = translator.translate(source.locale, translation.target_locale, strings)
    assert result[strings[0]].data
