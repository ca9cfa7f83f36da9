"""Registry entries preview in their own language, from the model and the admin."""

from tests import factories
from tests.transparency.form_data import technology_form


def test_preview_renders_in_the_entry_language(locales, in_language, demo_language):
    technology = factories.TechnologyFactory(locale=locales["en"], name="Drones")
    technology = in_language(technology, demo_language.code)

    response = technology.make_preview_request()

    assert response.status_code == 200
    assert demo_language.html_root in response.content
    assert b"<h1>Drones</h1>" in response.content
    assert b"<p>30 days</p>" in response.content


def test_admin_preview_renders_in_the_entry_language(
    snippet_admin, locales, in_language, demo_language
):
    technology = factories.TechnologyFactory(locale=locales["en"])
    technology = in_language(technology, demo_language.code)

    response = snippet_admin.preview(technology, technology_form(name="Unsaved"))

    assert demo_language.html_root in response.content
    assert b"<h1>Unsaved</h1>" in response.content
    assert b"<td>Lake County Sheriff</td>" in response.content
    assert b"<li>No facial recognition</li>" in response.content


def test_undisclosed_retention_is_said_plainly(locales):
    technology = factories.TechnologyFactory(locale=locales["en"], retention_days=None)
    response = technology.make_preview_request()
    assert b"<h2>Retention</h2><p>Not disclosed</p>" in response.content
