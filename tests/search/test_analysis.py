"""Text analysis per language (``plugins.search.analysis``): the words each
language's text is indexed and queried as, and the highlights they give.
No database: these are the rules the backends rely on."""

import pytest

from plugins.search import arabic, languages
from plugins.search.analysis import Form, analyzer, exact_token, fold
from plugins.search.terms import SearchTerms


def parse(text):
    return SearchTerms.parse(text, max_length=200, max_terms=32)


def index_words(code, text):
    return analyzer(code).index_text(text).split()


def test_folding_drops_every_diacritic_and_folds_d_with_stroke():
    assert fold("Đường dây Biển số") == "duong day bien so"
    assert fold("Matrícula niño") == "matricula nino"
    # Letters with two diacritics, which SQLite's tokenizer leaves as they are.
    assert fold("ểốự") == "eou"


def test_vietnamese_is_folded_and_keeps_exact_spellings():
    words = index_words("vi", "Máy đọc biển số xe")
    assert words[:8:2] == ["may", "doc", "bien", "so"]
    assert words[-1] == "xe"  # nothing to fold, nothing kept
    assert words[1::2][:4] == [exact_token(w) for w in ("Máy", "đọc", "biển", "số")]
    # The exact tokens are letters and digits: no tokenizer changes them.
    assert all(token.isalnum() and token.isascii() for token in words)
    # A word typed with diacritics matches its folded form, or its exact
    # spelling, which scores higher; one typed without only the folded form.
    assert analyzer("vi").query_forms("biển") == [
        Form(("bien",)),
        Form((exact_token("biển"),), loose=False),
    ]
    assert analyzer("vi").query_forms("bien") == [Form(("bien",))]
    # Two spellings that fold alike keep distinct exact tokens.
    assert exact_token("biển") != exact_token("biên")


def test_titles_keep_their_length_without_exact_spellings():
    vietnamese = analyzer("vi")
    assert vietnamese.index_text("Máy đọc biển số", exact=False) == "may doc bien so"
    assert vietnamese.exact_text("Máy đọc xe").split() == [
        exact_token("Máy"),
        exact_token("đọc"),
    ]
    assert analyzer("es").exact_text("Matrícula") == ""


def test_spanish_is_folded_and_english_left_to_postgresql():
    assert analyzer("es").index_text("Lectores de matrículas, niño.") == (
        "lectores de matriculas, nino."
    )
    assert analyzer("en").index_text("License-plate readers") == (
        "License-plate readers"
    )


def test_chinese_is_segmented_into_the_words_a_resident_types():
    text = "我必须把自家摄像头的录像交给警方吗？警察局使用人脸识别吗？"
    words = set(index_words("zh-hans", text))
    # Two-character words inside longer runs, and the longer words too.
    assert {"录像", "摄像头", "摄像", "警方", "人脸", "识别", "人脸识别"} <= words
    # A query's words are among the indexed ones.
    for query in ("录像", "人脸识别", "摄像头"):
        (form,) = analyzer("zh-hans").query_forms(query)
        assert set(form.words) <= words
    (form,) = analyzer("zh-hans").query_forms("监控录像")
    assert form.words == ("监控", "录像")
    # Suggestions match Chinese by character, so a prefix may end mid-word.
    assert analyzer("zh-hans").autocomplete_text("自动车牌识别器") == (
        "自 动 车 牌 识 别 器"
    )
    assert analyzer("zh-hans").query_forms("自动车", autocomplete=True) == [
        Form(("自 动 车",))
    ]
    # Other languages leave Chinese text alone.
    assert analyzer("en").index_text("车牌识别") == "车牌识别"


@pytest.mark.parametrize(
    "forms",
    [
        # With and without the article, singular and plural, and a preposition.
        ["كاميرا", "الكاميرا", "كاميرات", "الكاميرات", "بالكاميرا", "والكاميرات"],
        ["لوحات", "اللوحات", "لوحة"],
        ["سيارة", "السيارات", "سيارات"],
        ["تسجيلات", "التسجيلات", "تسجيل"],
        # Alef with hamza, diacritics and tatweel are normalized away.
        ["أجهزة", "اجهزة", "أجهزه", "أَجْهِزَة", "أجـــهزة"],
    ],
)
def test_arabic_forms_share_a_stem(forms):
    assert len({arabic.stem(form) for form in forms}) == 1, {
        form: arabic.stem(form) for form in forms
    }


def test_arabic_normalization_and_its_limits():
    assert arabic.normalize("إلى آخر مسؤولية") == "الي اخر مسؤوليه"
    assert arabic.normalize("يشغّل") == "يشغل"
    # Short words keep their letters: a one-letter prefix needs four letters.
    assert arabic.stem("ورق") == "ورق"
    # Different words keep different stems.
    assert arabic.stem("الهجرة") != arabic.stem("الكاميرات")
    # Latin words in Arabic text are not stemmed as Arabic.
    assert analyzer("ar").index_text("GPS كاميرات") == "gps كامير"


def test_every_language_names_a_defined_analyzer():
    settings = languages.elasticsearch_index_settings()
    defined = set(settings["settings"]["analysis"]["analyzer"])
    for code, entry in languages.LANGUAGES.items():
        analyzer_name = entry.elasticsearch
        assert analyzer_name in defined or analyzer_name == "english", code


def test_the_fingerprint_follows_the_table(monkeypatch):
    codes = ["en", "es", "vi", "zh-hans", "ar"]
    before = languages.analysis_fingerprint(codes)
    assert before == languages.analysis_fingerprint(list(reversed(codes)))
    monkeypatch.setitem(
        languages.LANGUAGES, "vi", languages.Language(elasticsearch="trust_folded")
    )
    assert languages.analysis_fingerprint(codes) != before
    # A new content language is a change too.
    monkeypatch.undo()
    assert languages.analysis_fingerprint([*codes, "fr"]) != before


@pytest.mark.parametrize(
    ("query", "code", "text", "marked"),
    [
        ("bien so", "vi", "Máy đọc biển số xe", "Máy đọc <mark>biển</mark> "),
        ("duong day", "vi", "gọi đường dây nóng", "gọi <mark>đường</mark> <mark>dây"),
        ("كاميرا", "ar", "شغلوا الكاميرات الآن", "شغلوا <mark>الكاميرات</mark> الآن"),
        ("الكاميرات", "ar", "هذه كاميرتنا وكاميرا", "<mark>وكاميرا</mark>"),
        (
            "监控录像",
            "zh-hans",
            "自家摄像头的录像和监控",
            "的<mark>录像</mark>和<mark>监控",
        ),
        ("matricula", "es", "Lectores de matrículas", "de <mark>matrículas</mark>"),
    ],
)
def test_highlights_mark_the_original_words(query, code, text, marked):
    highlight = parse(query).highlight(text, language_code=code)
    assert highlight is not None and marked in highlight, highlight


def test_highlight_of_a_word_that_does_not_occur():
    assert parse("移民").highlight("我们只用车牌识别", language_code="zh-hans") is None
    assert parse("هجرة").highlight("كاميرات ثابتة", language_code="ar") is None
