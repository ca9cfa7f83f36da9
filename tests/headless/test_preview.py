from urllib.parse import parse_qs, urlparse

from plugins.headless.preview import make_preview_token
from plugins.policies.elements import CALIFORNIA_ALPR, SURVEILLANCE_USE_POLICY
from tests import factories


def test_preview_on_site_opens_the_agency_site_with_a_token(
    admin_client, policy, settings
):
    settings.CMS_SITE_URL = "https://www.riverside.example"
    edit = admin_client.get(f"/admin/pages/{policy.pk}/edit/")
    assert b"Preview on site" in edit.content

    response = admin_client.get(f"/admin/headless/preview/{policy.pk}/")
    assert response.status_code == 302
    target = urlparse(response["Location"])
    assert f"{target.scheme}://{target.netloc}" == "https://www.riverside.example"
    query = parse_qs(target.query)
    assert query["id"] == [str(policy.pk)]
    assert query["token"]


def test_preview_serves_the_latest_draft_uncached(client, policy):
    policy.title = "Draft title not yet approved"
    policy.save_revision()
    token = make_preview_token(policy)

    response = client.get(f"/api/v1/preview/?token={token}&id={policy.pk}")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    assert response.json()["title"] == "Draft title not yet approved"
    # The public detail still shows only the live version.
    live = client.get(f"/api/v1/policies/{policy.pk}/").json()
    assert live["title"] == "License-plate readers"


def test_preview_needs_edit_permission(client, django_user_model, policy):
    user = django_user_model.objects.create_user("resident", password="x")
    client.force_login(user)
    response = client.get(f"/admin/headless/preview/{policy.pk}/")
    assert response.status_code in (302, 403)
    assert "token=" not in response.get("Location", "")


def test_preview_shows_the_drafts_technologies_and_checks_them(client, policy):
    """A draft that links another technology previews with it, and its
    completeness check follows the draft's kinds, not the live version's."""
    camera = factories.TechnologyFactory(name="Body cameras", kind="body_worn_camera")
    reader = factories.TechnologyFactory(name="Plate readers")
    policy.technologies.set([reader])
    policy.save_revision().publish()
    policy.technologies.set([camera])
    policy.save_revision()

    draft = client.get(
        f"/api/v1/preview/?token={make_preview_token(policy)}&id={policy.pk}"
    ).json()
    live = client.get(f"/api/v1/policies/{policy.pk}/").json()

    assert [link["name"] for link in draft["technologies"]] == ["Body cameras"]
    assert [link["name"] for link in live["technologies"]] == ["Plate readers"]
    assert draft["completeness"]["law"] == SURVEILLANCE_USE_POLICY["law"]
    assert live["completeness"]["law"] == CALIFORNIA_ALPR["law"]


def test_a_policy_with_no_version_yet_says_so(client, policy):
    policy.versions.all().delete()
    detail = client.get(f"/api/v1/policies/{policy.pk}/").json()
    assert detail["current_version"] is None
    assert detail["version_count"] == 0
