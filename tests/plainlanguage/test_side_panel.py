"""The plain-language side panel in the real page editor, used by an editor of
the agency's Editors group: the grade against the target, the hardest
sentences and the terms to explain, after a save and from the unsaved form
(what the panel's script posts when the preview updates), in the editor's
language."""

import re
from html import unescape

import pytest
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import get_page_models
from wagtail.test.utils.form_data import rich_text, streamfield
from wagtail.users.models import UserProfile

from plugins.plainlanguage.models import ReadingLevel
from plugins.plainlanguage.views import PlainLanguagePageViewSet
from tests.plainlanguage.conftest import EASY_BODY, EASY_SUMMARY, HARDEST
from tests.policies.form_data import policy_form

PANEL = re.compile(
    r"<div data-plain-language-results[^>]*>(.*?)</div>\s*</div>\s*</div>", re.S
)


def text_of(html):
    return " ".join(unescape(strip_tags(html)).split())


def panel_text(response):
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert 'data-side-panel="plain_language"' in html
    return text_of(PANEL.search(html).group(1))


def edit_view(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def hardest_sentences(response):
    html = response.content.decode()
    items = re.search(r"data-plain-language-hardest>(.*?)</ol>", html, re.S).group(1)
    return [text_of(item) for item in re.findall(r"<q>(.*?)</q>", items, re.S)]


def easy_form(**fields):
    fields = {"title": "Plate readers", "slug": "license-plate-readers", **fields}
    return policy_form(
        summary=EASY_SUMMARY,
        body=streamfield(
            [
                (
                    "section",
                    {
                        "number": "1",
                        "title": "When",
                        "body": rich_text(EASY_BODY[0]["value"]["body"]),
                    },
                )
            ]
        ),
        **fields,
    )


def test_the_editor_sees_the_grade_the_target_the_hardest_sentences_and_terms(
    editor_client, world
):
    page = world.page("hard")
    response = edit_view(editor_client, page)
    text = panel_text(response)
    grade = ReadingLevel.objects.get(page=page).grade
    assert grade > 8
    assert f"Grade {grade:g}" in text
    assert "Target: grade 8 or below." in text
    assert "Above the target" in text
    hardest = hardest_sentences(response)
    assert len(hardest) == 3
    assert hardest[0] == HARDEST
    assert "ALPR: used before it is explained" in text
    assert "hotlist: used before it is explained" in text
    assert "Glossary: A list of license plates we are looking for." in text
    # One grade above target and two terms: the toggle's counter.
    toggle = re.search(
        r'data-side-panel-toggle="plain_language".*?counter[^>]*>\s*(\d+)',
        response.content.decode(),
        re.S,
    )
    assert toggle.group(1) == "3"
    # The script that refreshes the panel from the unsaved form.
    assert "trust_plainlanguage/js/plain-language-panel.js" in response.content.decode()


def test_an_easy_page_is_at_or_below_the_target(editor_client, world):
    text = panel_text(edit_view(editor_client, world.page("easy")))
    assert "At or below the target." in text
    assert "Every acronym and glossary term is explained" in text


def test_the_panel_speaks_the_editors_language(editor_client, world):
    profile = UserProfile.get_for_user(world.user("editor"))
    profile.preferred_language = "es"
    profile.save()
    text = panel_text(edit_view(editor_client, world.page("spanish")))
    assert "Nivel de lectura" in text
    assert "Meta: grado 8 o inferior." in text
    assert "Índice de Fernández-Huerta" in text
    assert "lista de alerta: se usa antes de explicarse" in text
    assert "Glosario: Una lista de matrículas que buscamos." in text


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("vietnamese", "No reading-level measure for this language."),
        ("short", "Too little text to measure yet."),
    ],
)
def test_a_page_without_a_grade_says_why(editor_client, world, page, message):
    text = panel_text(edit_view(editor_client, world.page(page)))
    assert message in text
    assert "Grade" not in text


def test_the_vietnamese_page_is_still_checked_for_jargon(editor_client, world):
    text = panel_text(edit_view(editor_client, world.page("vietnamese")))
    assert "ALPR: used before it is explained" in text


def refresh_url(page):
    return reverse("trust_plainlanguage:on_edit", args=[page.pk])


def test_the_panel_measures_the_unsaved_form_as_the_preview_does(editor_client, world):
    page = world.page("hard")
    revision = page.latest_revision_id
    response = editor_client.post(refresh_url(page), easy_form())
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    text = text_of(response.content.decode())
    assert "The form has errors" not in text
    assert "At or below the target." in text
    assert "ALPR" not in text
    # Nothing was saved.
    page.refresh_from_db()
    assert page.latest_revision_id == revision
    assert ReadingLevel.objects.get(page=page).grade > 8


def test_a_form_with_errors_shows_the_saved_figures_and_says_so(editor_client, world):
    page = world.page("hard")
    response = editor_client.post(refresh_url(page), easy_form(slug="not a slug!"))
    text = text_of(response.content.decode())
    assert "The form has errors" in text
    assert "Above the target" in text


def test_saving_the_page_updates_the_panel(editor_client, world):
    page = world.page("hard")
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), easy_form()
    )
    assert response.status_code == 302, response.status_code
    text = panel_text(edit_view(editor_client, page))
    assert "At or below the target." in text
    assert "ALPR" not in text


def test_the_panel_is_on_a_new_page_too(editor_client, world):
    parent = world.page("policies")
    response = editor_client.get(
        reverse(
            "wagtailadmin_pages:add",
            args=["trust_policies", "policypage", parent.pk],
        )
    )
    assert "Too little text to measure yet." in panel_text(response)
    url = reverse(
        "trust_plainlanguage:on_create",
        args=["trust_policies", "policypage", parent.pk],
    )
    assert f'data-plain-language-url="{url}"' in response.content.decode()
    response = editor_client.post(url, easy_form(slug="plate-readers-draft"))
    text = text_of(response.content.decode())
    assert "The form has errors" not in text
    assert "At or below the target." in text


def test_someone_without_admin_access_gets_no_figures(client, world, db):
    client.force_login(world.user("outsider"))
    response = client.post(refresh_url(world.page("hard")), easy_form())
    assert response.status_code in (302, 403)
    assert b"Grade" not in response.content


def test_an_unknown_page_is_not_found(editor_client, world):
    response = editor_client.get(reverse("trust_plainlanguage:on_edit", args=[99999]))
    assert response.status_code == 404


def test_every_page_type_is_edited_with_the_panel():
    import cms.urls  # noqa: F401 - registers the admin's viewsets

    for model in get_page_models():
        viewset = page_viewset_registry.get_by_type(model)
        assert isinstance(viewset, PlainLanguagePageViewSet), model
