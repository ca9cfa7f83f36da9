"""Editors preview policies from the edit view, in every content language."""

from django.urls import reverse

from tests import factories
from tests.policies.form_data import policy_form, policy_index_form


def test_preview_a_policy(page_admin, section_indexes, in_language, demo_language):
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    policy = in_language(policy, demo_language.code)

    response = page_admin.preview(
        policy, policy_form(slug=policy.slug, title="Unsaved title")
    )

    assert demo_language.html_root in response.content
    assert b"<h1>Unsaved title</h1>" in response.content
    assert b">1 Purpose</h2>" in response.content


def test_preview_the_policy_index(
    page_admin, section_indexes, in_language, demo_language
):
    index = in_language(section_indexes["policies"], demo_language.code)
    response = page_admin.preview(index, policy_index_form(intro="Unsaved intro"))
    assert demo_language.html_root in response.content
    assert b"<p>Unsaved intro</p>" in response.content


def test_an_invalid_policy_cannot_be_previewed(page_admin, section_indexes):
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[policy.pk])
    response = page_admin.client.post(url, policy_form(next_review_due="2025-01-01"))
    assert response.json() == {"is_valid": False, "is_available": False}
