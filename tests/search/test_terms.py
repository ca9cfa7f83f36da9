import pytest

from plugins.search.terms import InvalidQuery, SearchTerms


def parse(text, max_length=200, max_terms=32):
    return SearchTerms.parse(text, max_length=max_length, max_terms=max_terms)


def test_only_words_reach_the_backend():
    terms = parse("  \"license-plate\" AND (readers)* OR 'drop table' -- ")
    assert terms.terms == ["license", "plate", "AND", "readers", "OR", "drop", "table"]
    assert parse("matrícula 車牌 لوحات").query_string == "matrícula 車牌 لوحات"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "is empty"),
        ("   ", "is empty"),
        ("?!…—*", "no letters or digits"),
        ("___", "no letters or digits"),
        ("a" * 201, "longer than 200 characters"),
        (" ".join(["word"] * 33), "more than 32 words"),
    ],
)
def test_pathological_queries_are_refused(text, message):
    with pytest.raises(InvalidQuery, match=message):
        parse(text)


def test_limits_are_inclusive():
    assert len(parse("a" * 200).terms) == 1
    assert len(parse(" ".join(["word"] * 32)).terms) == 32


def test_highlight_marks_words_and_their_variants():
    terms = parse("license plate theft")
    text = "Cameras read license plates to stop thefts of cars."
    assert terms.highlight(text) == (
        "Cameras read <mark>license</mark> <mark>plates</mark> to stop "
        "<mark>thefts</mark> of cars."
    )


def test_highlight_ignores_case_and_accents():
    assert parse("matricula").highlight("Lectores de Matrículas.") == (
        "Lectores de <mark>Matrículas</mark>."
    )
    assert parse("bien so").highlight("Máy đọc biển số xe") == (
        "Máy đọc <mark>biển</mark> <mark>số</mark> xe"
    )


def test_highlight_escapes_html_and_windows_long_text():
    terms = parse("camera")
    assert terms.highlight("<b>Camera</b> & more") == (
        "&lt;b&gt;<mark>Camera</mark>&lt;/b&gt; &amp; more"
    )
    text = "word " * 100 + "the camera is here " + "word " * 100
    snippet = terms.highlight(text, width=80)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>camera</mark>" in snippet
    assert len(snippet) < 120


def test_highlight_in_unspaced_scripts_and_no_match():
    assert parse("车牌").highlight("我们只用车牌识别摄像头") == (
        "我们只用<mark>车牌</mark>识别摄像头"
    )
    assert parse("drone").highlight("Nothing about it here.") is None
    assert parse("drone").highlight("") is None
