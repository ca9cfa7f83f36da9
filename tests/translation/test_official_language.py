"""Which language is official: a setting, a per-page override, the function the
API uses, and a translated notice on translated pages (and their previews).

The published English policy and FAQ are built once for the module
(``module_world``); what each test translates or changes is rolled back."""

import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree

from plugins.translation.authority import authoritative_locale, authoritative_locales
from plugins.translation.models import AuthoritativeLanguage
from tests.headless.conftest import agency_home, fresh, module_world, sections_under
from tests.translation.conftest import add_faq, add_policy

LOCALE_DIR = Path(__file__).resolve().parents[2] / "plugins" / "translation" / "locale"
NOTICES = {
    "es": "La versión en inglés es la versión oficial.",
    "vi": "Bản tiếng Anh là bản chính thức.",
    "zh-hans": "英文版本为正式版本。",
    "ar": "النسخة الإنجليزية هي النسخة الرسمية.",
}


def build_world():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    return {
        "policy": add_policy(sections_under(agency_home())),
        "faq": add_faq(locales),
    }


world = module_world(build_world)


@pytest.fixture
def policy(db, world):
    return fresh(world)["policy"]


@pytest.fixture
def faq(db, world):
    return fresh(world)["faq"]


def test_the_source_language_is_official_by_default(policy, translate):
    _translation, spanish = translate(policy, "es")
    assert authoritative_locale(policy) == "en"
    assert authoritative_locale(spanish) == "en"


def test_the_setting_names_another_language(policy, settings):
    settings.CMS_AUTHORITATIVE_LOCALE = "es"
    assert authoritative_locale(policy) == "es"


def test_a_page_can_name_its_own_official_language(policy, translate, locales):
    _translation, spanish = translate(policy, "es")
    AuthoritativeLanguage.objects.create(page=spanish, locale=locales["es"])
    assert authoritative_locale(policy) == "es"
    assert authoritative_locale(spanish) == "es"
    assert authoritative_locales([policy, policy.get_parent()]) == {
        policy.translation_key: "es",
        policy.get_parent().translation_key: "en",
    }


def test_one_entry_per_page_in_all_its_languages(policy, translate, locales):
    _translation, spanish = translate(policy, "es")
    AuthoritativeLanguage.objects.create(page=policy, locale=locales["es"])
    duplicate = AuthoritativeLanguage(page=spanish, locale=locales["en"])
    with pytest.raises(ValidationError) as excinfo:
        duplicate.full_clean()
    assert "page" in excinfo.value.message_dict


def test_editors_set_it_in_the_admin(admin_client, policy, locales):
    url = reverse("official_languages:add")
    response = admin_client.post(url, {"page": policy.pk, "locale": locales["vi"].pk})
    assert response.status_code == 302
    assert authoritative_locale(policy) == "vi"


@pytest.mark.parametrize("language_code", list(NOTICES))
def test_translated_pages_say_the_english_version_is_official(
    client, policy, translate, language_code
):
    _translation, translated = translate(policy, language_code)
    response = client.get(translated.url)
    html = response.content.decode()
    assert NOTICES[language_code] in html
    assert f'<a class="usa-link" href="{policy.url}" hreflang="en">' in html


def test_the_official_version_shows_no_notice(client, policy):
    html = client.get(policy.url).content.decode()
    assert 'class="site-official"' not in html
    assert "official version" not in html


def test_the_notice_follows_a_page_override(client, policy, translate, locales):
    _translation, spanish = translate(policy, "es")
    AuthoritativeLanguage.objects.create(page=policy, locale=locales["es"])

    english = client.get(policy.url).content.decode()
    assert "The Spanish version is the official version." in english
    assert (
        f'<a class="usa-link" href="{spanish.url}" hreflang="es">'
        "Read the official version</a>" in english
    )
    assert 'class="site-official"' not in client.get(spanish.url).content.decode()


def test_previews_show_the_notice(policy, translate):
    _translation, spanish = translate(policy, "es")
    response = spanish.specific.make_preview_request()
    assert NOTICES["es"] in response.content.decode()


def test_snippet_previews_show_the_notice(faq, translate):
    _translation, vietnamese = translate(faq, "vi")
    response = vietnamese.make_preview_request()
    html = response.content.decode()
    assert NOTICES["vi"] in html
    assert '<html lang="vi" dir="ltr">' in html


def test_an_untranslated_synced_copy_says_so(client, policy, locales):
    synchronize_tree(locales["en"], locales["vi"])
    copy = policy.get_translation(locales["vi"])
    assert copy.alias_of_id == policy.pk
    html = client.get(copy.url).content.decode()
    # In Vietnamese, naming both languages as a Vietnamese sentence does.
    assert "Trang này chưa được dịch sang tiếng Việt" in html
    assert "ngôn ngữ gốc là tiếng Anh." in html


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext missing")
@pytest.mark.parametrize("folder", ["es", "vi", "zh_Hans", "ar"])
def test_notice_catalogs_are_valid_and_compiled(folder):
    po_path = LOCALE_DIR / folder / "LC_MESSAGES" / "django.po"
    mo_path = po_path.with_suffix(".mo")
    result = subprocess.run(  # noqa: S603
        [shutil.which("msgfmt"), "-c", "-o", "/dev/null", str(po_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    po = {entry.msgid: entry.msgstr for entry in polib.pofile(str(po_path))}
    mo = {entry.msgid: entry.msgstr for entry in polib.mofile(str(mo_path))}
    assert all(po.values())
    assert {key: value for key, value in mo.items() if key} == po
