"""Editors preview the home page from the edit view, in every content language."""

from tests.cms.form_data import home_form


def test_preview_the_home_page(page_admin, home_page, in_language, demo_language):
    home = in_language(home_page, demo_language.code)

    response = page_admin.preview(home, home_form(slug=home.slug))

    assert demo_language.html_root in response.content
    assert b"<h1>Lakeside Sheriff&#x27;s Office</h1>" in response.content
    assert b'<div class="usa-alert usa-alert--warning">' in response.content
