"""Arabic reads right to left: on the site and in the API's locale list."""

from django.utils import translation

from plugins.translation.authority import official_version_sentence


def test_a_translated_arabic_page_renders_right_to_left(client, policy, translate):
    _translation, arabic = translate(policy, "ar")
    html = client.get(arabic.url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    # The notice naming the official version is in Arabic, inside the
    # right-to-left document, and so is the page's own text.
    with translation.override("ar"):
        notice = official_version_sentence("en")
    assert f'<p class="site-official">{notice} ' in html
    assert '<article lang="ar" dir="rtl">' in html


def test_its_english_source_stays_left_to_right(client, policy, translate):
    translate(policy, "ar")
    assert '<html lang="en" dir="ltr">' in client.get(policy.url).content.decode()


def test_the_api_gives_each_locale_its_direction(client, home_page):
    response = client.get("/api/v1/locales/")
    assert response.status_code == 200
    directions = {locale["code"]: locale["direction"] for locale in response.json()}
    assert directions == {
        "en": "ltr",
        "es": "ltr",
        "vi": "ltr",
        "zh-hans": "ltr",
        "ar": "rtl",
    }
