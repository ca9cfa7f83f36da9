"""Search in every content language, as a resident uses it through the API:
results, the exact spelling ranked first, suggestions and highlights.

The world (a plate-reader policy in five languages and a few FAQs) is built
once for the module, in a transaction rolled back at the end.
"""

import unicodedata

import pytest
from django.db import transaction
from wagtail.models import Locale, Page, Site

from tests import factories
from tests.databases import settle_deferred_checks
from tests.search.conftest import ids_of, search, translate


def suggest(client, query, **params):
    from urllib.parse import urlencode

    response = client.get(
        f"/api/v1/search/suggest/?{urlencode({'q': query, **params})}"
    )
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def faq(question, answer, locale):
    return factories.FAQFactory(
        question=question, answer=f"<p>{answer}</p>", locale=locale
    )


# "When do officers turn on the blue lights?"
LIGHTS_AR = "متى يُشغّل الضباط الأضواء الزرقاء؟"


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        home = factories.HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.all().delete()
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
        policies = factories.PolicyIndexPageFactory(parent=home)
        english = factories.PolicyPageFactory(
            parent=policies,
            title="License-plate readers",
            summary="We use license-plate reader cameras to find stolen cars.",
        )
        english.save_revision().publish()
        found = {"plates en": english}
        for code, title, summary in [
            (
                "vi",
                "Máy đọc biển số xe",
                "Chúng tôi dùng camera đọc biển số xe để tìm xe bị đánh cắp.",
            ),
            ("zh-hans", "自动车牌识别器", "我们只用车牌识别摄像头寻找被盗车辆。"),
            (
                "ar",
                "أجهزة قراءة لوحات السيارات",
                "نستخدم كاميرات قراءة لوحات السيارات للعثور على المركبات المسروقة.",
            ),
            ("es", "Lectores de matrículas", "Usamos cámaras lectoras de matrículas."),
        ]:
            found[f"plates {code}"] = translate(
                english, locales[code], title=title, summary=summary
            )
        found["border vi"] = faq(
            "Biên giới có camera không?", "Không có camera ở biên giới.", locales["vi"]
        )
        found["plate vi"] = faq(
            "Tôi làm mất biển số thì sao?", "Hãy báo mất biển số.", locales["vi"]
        )
        found["footage zh"] = faq(
            "我必须把自家摄像头的录像交给警方吗？",
            "不必。分享录像是自愿的。",
            locales["zh-hans"],
        )
        found["body cameras zh"] = faq(
            "警员什么时候打开随身摄像机？",
            "警员在到达现场之前开始录像。",
            locales["zh-hans"],
        )
        found["footage ar"] = faq(
            "هل يجب أن أعطي الشرطة تسجيلات كاميرتي؟",
            "لا. مشاركة التسجيلات طوعية.",
            locales["ar"],
        )
        # Written with its vowel marks (tashkeel), as Arabic text often is.
        found["lights ar"] = faq(
            LIGHTS_AR, "تُحذف البيانات بعد ثلاثين يومًا.", locales["ar"]
        )
        settle_deferred_checks()
        yield found
        transaction.set_rollback(True)


@pytest.fixture
def found(world, db):
    return world


@pytest.mark.parametrize(
    ("query", "locale", "first"),
    [
        ("bien so xe", "vi", "plates vi"),
        ("máy đọc", "vi", "plates vi"),
        ("车牌", "zh-hans", "plates zh-hans"),
        ("被盗车辆", "zh-hans", "plates zh-hans"),
        ("录像交给警方", "zh-hans", "footage zh"),
        ("摄像机", "zh-hans", "body cameras zh"),
        ("اللوحات", "ar", "plates ar"),
        ("لوحة سيارة", "ar", "plates ar"),
        ("كاميرات القراءة", "ar", "plates ar"),
        ("كاميرا", "ar", "footage ar"),
        ("تسجيلات الكاميرا", "ar", "footage ar"),
        ("matricula", "es", "plates es"),
        # Typed without the vowel marks the text has, and with marks.
        ("تحذف", "ar", "lights ar"),
        ("يُشغّل الأضواء", "ar", "lights ar"),
        ("لَوْحَات", "ar", "plates ar"),
        # From a keyboard that sends each diacritic as a mark of its own.
        (unicodedata.normalize("NFD", "máy đọc biển"), "vi", "plates vi"),
    ],
)
def test_residents_find_it_as_they_type(client, found, query, locale, first):
    status, data = search(client, query, locale=locale)
    assert status == 200
    assert ids_of(data)[:1] == [found[first].pk], data["items"]


@pytest.mark.parametrize(
    ("query", "locale"),
    [
        # Each language's words, searched in another language, find nothing.
        ("车牌", "vi"),
        ("bien so", "zh-hans"),
        # Segmentation does not make any two characters match.
        ("牌识", "zh-hans"),
    ],
)
def test_what_is_not_there_is_not_found(client, found, query, locale):
    status, data = search(client, query, locale=locale)
    assert (status, data["count"]) == (200, 0), data["items"]


def test_the_exact_spelling_ranks_first(client, found):
    border, plate = found["border vi"].pk, found["plate vi"].pk
    _status, data = search(client, "biển", locale="vi", type="faq")
    assert ids_of(data) == [plate, border]
    _status, data = search(client, "biên", locale="vi", type="faq")
    assert ids_of(data) == [border, plate]
    # Typed without diacritics, both match.
    _status, data = search(client, "bien", locale="vi", type="faq")
    assert set(ids_of(data)) == {plate, border}


def test_a_search_without_a_locale_matches_each_language(client, found):
    _status, data = search(client, "车牌")
    assert found["plates zh-hans"].pk in ids_of(data)
    _status, data = search(client, "bien so xe")
    assert found["plates vi"].pk in ids_of(data)
    _status, data = search(client, "الكاميرات")
    assert found["plates ar"].pk in ids_of(data)


@pytest.mark.parametrize(
    ("prefix", "locale", "title"),
    [
        # A prefix that ends inside a Chinese word.
        ("自动车", "zh-hans", "自动车牌识别器"),
        ("车牌", "zh-hans", "自动车牌识别器"),
        # Vietnamese without diacritics.
        ("may doc bien s", "vi", "Máy đọc biển số xe"),
        ("Máy đọ", "vi", "Máy đọc biển số xe"),
        # Arabic with the article, of a title without it.
        ("اللوح", "ar", "أجهزة قراءة لوحات السيارات"),
        ("lectores de matr", "es", "Lectores de matrículas"),
        ("lic", "en", "License-plate readers"),
        # Arabic typed without the vowel marks the title has.
        ("متى يشغل", "ar", LIGHTS_AR),
    ],
)
def test_suggestions_complete_titles_in_every_language(
    client, found, prefix, locale, title
):
    assert title in suggest(client, prefix, locale=locale)


def test_suggestions_of_what_no_title_holds(client, found):
    assert suggest(client, "自动驾", locale="zh-hans") == []
    assert suggest(client, "bien s", locale="zh-hans") == []


@pytest.mark.parametrize(
    ("query", "locale", "marked"),
    [
        ("bien so", "vi", "camera đọc <mark>biển</mark> <mark>số</mark> xe"),
        ("摄像头", "zh-hans", "车牌识别<mark>摄像头</mark>寻找"),
        ("كاميرا", "ar", "نستخدم <mark>كاميرات</mark> قراءة"),
        ("matricula", "es", "lectoras de <mark>matrículas</mark>"),
    ],
)
def test_highlights_mark_the_original_text(client, found, query, locale, marked):
    _status, data = search(client, query, locale=locale)
    highlights = [item["highlight"] for item in data["items"]]
    assert any(marked in (highlight or "") for highlight in highlights), highlights


def test_an_untranslated_copy_is_suggested_as_search_shows_it(client, found):
    # A synced copy in Spanish holds the English text: suggested, as search
    # lists it, as the English page, once.
    spanish = found["plates es"]
    english = factories.PolicyPageFactory(
        parent=found["plates en"].get_parent(), title="Body-worn cameras"
    )
    english.save_revision().publish()
    english.create_alias(
        parent=spanish.get_parent(), update_locale=spanish.locale, update_slug="body"
    )

    _status, data = search(client, "body", locale="es")
    shown = [(item["id"], item["locale"], item["fallback"]) for item in data["items"]]
    assert shown == [(english.pk, "en", True)]
    items = client.get("/api/v1/search/suggest/?q=body&locale=es").json()["items"]
    assert [(item["id"], item["locale"]) for item in items] == [(english.pk, "en")]
    items = client.get("/api/v1/search/suggest/?q=body").json()["items"]
    assert [(item["id"], item["locale"]) for item in items] == [(english.pk, "en")]


def test_an_untranslated_faq_is_found_in_the_source_language_as_a_fallback(
    client, found
):
    """A resident searching in Spanish finds an FAQ not yet translated into
    Spanish, as the Spanish FAQ list shows it: in English, marked as a
    fallback, and counted under English in the facets. Once translated,
    the translation is found in its place."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    english = faq(
        "Do officers film traffic stops?",
        "Officers film every traffic stop.",
        locales["en"],
    )

    _status, data = search(client, "traffic stops", locale="es")
    shown = [(item["id"], item["locale"], item["fallback"]) for item in data["items"]]
    assert shown == [(english.pk, "en", True)]
    assert data["facets"]["locale"] == [{"value": "en", "count": 1}]
    assert suggest(client, "Do officers fil", locale="es") == [english.question]

    spanish = english.copy_for_translation(locales["es"])
    spanish.question = "¿Los agentes graban las paradas de tráfico?"
    spanish.answer = "<p>Los agentes graban cada parada de tráfico.</p>"
    spanish.live = False
    spanish.save()
    spanish.save_revision().publish()

    _status, data = search(client, "traffic stops", locale="es")
    assert data["items"] == []
    _status, data = search(client, "paradas de trafico", locale="es")
    shown = [(item["id"], item["locale"], item["fallback"]) for item in data["items"]]
    assert shown == [(spanish.pk, "es", False)]


def test_a_search_in_the_default_language_finds_no_other_language(client, found):
    """No fallback the other way: an FAQ written only in Vietnamese is not an
    English search's, and a search with no language marks nothing."""
    _status, data = search(client, "bien gioi", locale="en")
    assert data["items"] == []
    _status, data = search(client, "bien gioi")
    shown = [(item["id"], item["fallback"]) for item in data["items"]]
    assert shown == [(found["border vi"].pk, False)]
