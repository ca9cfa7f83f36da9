"""The editor's preview panel shows the page as the site renders it: the
same layout and the API's preview representation of the unsaved draft."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from tests.conftest import PageAdmin
from tests.policies.form_data import policy_form


@pytest.fixture(scope="module")
def agency_roles(world, django_db_blocker):
    """The agency's groups, made once inside the module's world (and rolled
    back with it)."""
    with django_db_blocker.unblock():
        call_command("setup_agency", verbosity=0)


@pytest.fixture
def editor_admin(agency_roles, site, client, django_user_model):
    editor = django_user_model.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return PageAdmin(client)


def test_an_editor_previews_the_draft_in_the_site_layout(editor_admin, site):
    policy = site["policy"]
    data = policy_form(
        slug=policy.slug, title="Unsaved title", summary="An unsaved summary."
    )

    content = editor_admin.preview(policy, data).content.decode()

    assert "<h1>Unsaved title</h1>" in content
    assert '<header class="usa-header usa-header--extended">' in content
    assert 'class="usa-summary-box"' in content
    assert "An unsaved summary." in content
    assert ">1 Purpose</h2>" in content
    assert "<span>Riverside Police Department</span>" in content


def test_a_preview_in_spanish_reads_as_the_spanish_site(editor_admin, site):
    policy = site["policy_es"]

    content = editor_admin.preview(policy, policy_form(slug=policy.slug)).content
    content = content.decode()

    assert '<html lang="es" dir="ltr">' in content
    assert 'aria-current="true">español</a>' in content


def test_the_preview_never_reaches_the_public(editor_admin, site, client):
    policy = site["policy"]
    editor_admin.preview(policy, policy_form(slug=policy.slug, title="Secret draft"))
    client.logout()

    public = client.get(policy.url).content.decode()

    assert "Secret draft" not in public
    assert "<h1>License-plate readers</h1>" in public


def test_an_invalid_draft_is_not_previewed(editor_admin, site):
    policy = site["policy"]
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[policy.pk])
    response = editor_admin.client.post(url, policy_form(next_review_due="2025-01-01"))

    assert response.json() == {"is_valid": False, "is_available": False}
