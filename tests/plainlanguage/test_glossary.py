"""The glossary: editors keep it in the snippet admin, translators localize it
with wagtail-localize, and the API serves each language's terms."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from cms.models import HomePage
from plugins.plainlanguage.assessment import assess
from plugins.plainlanguage.models import GlossaryTerm
from tests.conftest import SnippetAdmin
from tests.helpers import translate_strings


@pytest.fixture
def editor_snippets(editor_client):
    return SnippetAdmin(editor_client)


def term_form(term, explanation="A plain explanation."):
    return {"term": term, "explanation": explanation}


def test_an_editor_adds_a_term(editor_snippets):
    term = editor_snippets.create(
        GlossaryTerm, term_form("NCIC", "The FBI's list of stolen cars.")
    )
    assert (term.term, term.locale.language_code) == ("NCIC", "en")


def test_a_term_already_in_the_languages_glossary_is_refused_on_the_form(
    editor_snippets,
):
    response = editor_snippets.post_create(GlossaryTerm, term_form("Hotlist"))
    assert editor_snippets.form_errors(response) == {
        "term": ["The glossary of this language already has this term."]
    }
    # The same word in another language's glossary is another term.
    spanish = editor_snippets.create(GlossaryTerm, term_form("hotlist"), locale="es")
    assert spanish.locale.language_code == "es"


def test_someone_without_admin_access_cannot_add_a_term(client, world, db):
    client.force_login(world.user("outsider"))
    response = SnippetAdmin(client).post_create(GlossaryTerm, term_form("CJIS"))
    assert response.status_code == 302
    assert not GlossaryTerm.objects.filter(term="CJIS").exists()


def test_a_translator_localizes_a_term_with_wagtail_localize(editor_client, world):
    english = GlossaryTerm.objects.get(term="hotlist", locale__language_code="en")
    vietnamese = Locale.objects.get(language_code="vi")
    # The editor submits it for translation, as from the snippet listing.
    response = editor_client.post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["trust_plainlanguage", "glossaryterm", english.pk],
        ),
        {"locales": [vietnamese.pk]},
    )
    assert response.status_code == 302
    assert Translation.objects.filter(
        source__object_id=english.translation_key, target_locale=vietnamese
    ).exists()
    # The translator's strings, as the translation editor stores them.
    words = {
        "hotlist": "danh sách theo dõi",
        english.explanation: "Danh sách biển số xe chúng tôi đang tìm.",
    }
    translate_strings(english, vietnamese, words)
    localized = english.get_translation(vietnamese)
    assert localized.live
    assert (localized.term, localized.explanation) == (
        "danh sách theo dõi",
        "Danh sách biển số xe chúng tôi đang tìm.",
    )
    assert localized.translation_key == english.translation_key


def test_the_spanish_translator_may_edit_spanish_terms(client, world, db):
    client.force_login(world.user("spanish translator"))
    spanish = GlossaryTerm.objects.get(locale__language_code="es")
    url = SnippetAdmin(client).url(GlossaryTerm, "edit", spanish.pk)
    assert client.get(url).status_code == 200


def glossary(client, **params):
    return client.get("/api/v1/glossary/", params)


def test_the_api_serves_the_terms_of_a_language(client, world, db):
    response = glossary(client, locale="es", fallback="false")
    assert response.status_code == 200
    assert response.json()["items"] == [
        {
            "id": GlossaryTerm.objects.get(locale__language_code="es").pk,
            "type": "glossary_term",
            "locale": "es",
            "translation_key": str(
                GlossaryTerm.objects.get(locale__language_code="es").translation_key
            ),
            "term": "lista de alerta",
            "explanation": "Una lista de matrículas que buscamos.",
            "fallback": False,
            "outdated": False,
        }
    ]
    # By default, the English term no one has translated comes too, marked.
    terms = glossary(client, locale="es").json()["items"]
    assert [(term["term"], term["fallback"]) for term in terms] == [
        ("hotlist", True),
        ("lista de alerta", False),
    ]
    everything = glossary(client).json()
    assert everything["count"] == 2


def test_a_new_term_is_served_at_once(editor_snippets, client):
    assert glossary(client, locale="en").json()["count"] == 1
    editor_snippets.create(GlossaryTerm, term_form("CJIS"))
    terms = [item["term"] for item in glossary(client, locale="en").json()["items"]]
    assert terms == ["CJIS", "hotlist"]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [({"locale": "xx"}, "locale"), ({"order": "explanation"}, "order")],
)
def test_bad_parameters_get_a_problem_naming_them(client, world, db, params, parameter):
    response = glossary(client, **params)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert parameter in response.content.decode()


def test_an_unknown_term_is_not_found(client, world, db):
    assert client.get("/api/v1/glossary/999999/").status_code == 404


def test_a_draft_term_is_neither_served_nor_checked(editor_snippets, client):
    editor_snippets.create(GlossaryTerm, term_form("CJIS"), publish=False)
    assert glossary(client, locale="en").json()["count"] == 1
    page = HomePage(
        title="Checks",
        summary="We follow the CJIS rules. We check the hotlist (our list).",
        locale=Locale.objects.get(language_code="en"),
    )
    findings = [(finding.term, finding.in_glossary) for finding in assess(page).terms]
    assert findings == [("CJIS", False)]
