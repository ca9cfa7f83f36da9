import pytest

from plugins.policies.models import PolicyVersion, PublishedVersionImmutable


def test_each_publish_is_a_labelled_version_with_a_section_diff(republished_policy):
    versions = list(republished_policy.versions.order_by("published_at", "pk"))
    assert [v.label for v in versions] == ["1.0", "2.0"]
    assert versions[0].change_note == "First published version."
    diff = versions[1].diff()
    assert [s["number"] for s in diff["added"]] == ["3"]
    assert diff["removed"] == []
    assert [s["number"] for s in diff["changed"]] == ["2"]
    assert "-Data is kept for 60 days." in diff["changed"][0]["diff"]
    assert "+Data is kept for 30 days, then deleted." in diff["changed"][0]["diff"]


def test_minor_change_bumps_the_second_number(republished_policy):
    republished_policy.version_kind = "minor"
    republished_policy.change_note = "Fixed a typo in section 3."
    republished_policy.save_revision().publish()
    assert (
        republished_policy.versions.order_by("-published_at", "-pk")[0].label == "2.1"
    )


def test_published_versions_cannot_be_rewritten(republished_policy):
    version = republished_policy.versions.first()
    version.change_note = "Nothing changed, honestly."
    with pytest.raises(PublishedVersionImmutable):
        version.save()
    with pytest.raises(PublishedVersionImmutable):
        version.delete()
    assert (
        PolicyVersion.objects.filter(change_note="Nothing changed, honestly.").count()
        == 0
    )


def test_admin_refuses_to_publish_without_a_new_change_note(
    admin_client, republished_policy
):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": republished_policy.title,
            "slug": republished_policy.slug,
            "policy_number": republished_policy.policy_number,
            "category": "technology",
            "status": "adopted",
            "summary": republished_policy.summary,
            "body": streamfield([]),
            "documents": streamfield([]),
            "version_kind": "minor",
            "change_note": republished_policy.change_note,  # the 2.0 note again
            "tags": "",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/{republished_policy.pk}/edit/", data)
    assert response.status_code == 200
    assert "published with version 2.0" in response.content.decode()
    data["change_note"] = ""
    response = admin_client.post(f"/admin/pages/{republished_policy.pk}/edit/", data)
    assert "Write a change note" in response.content.decode()
    assert republished_policy.versions.count() == 2


def test_publish_from_code_without_a_note_is_recorded_as_such(republished_policy):
    republished_policy.change_note = ""
    republished_policy.save_revision().publish()
    latest = republished_policy.versions.order_by("-published_at", "-pk").first()
    assert latest.change_note == "(No change note was given.)"


def test_change_log_in_the_api(client, republished_policy):
    response = client.get(f"/api/v1/policies/{republished_policy.pk}/versions/")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["count"] == 2
    latest = data["items"][0]
    assert latest["label"] == "2.0"
    assert latest["changes"]["added"][0]["title"] == "Audits"
    one = client.get(f"/api/v1/policies/{republished_policy.pk}/versions/1.0/")
    assert one.status_code == 200
    assert [s["number"] for s in one.json()["sections"]] == ["1", "2"]
    assert (
        client.get(
            f"/api/v1/policies/{republished_policy.pk}/versions/9.9/"
        ).status_code
        == 404
    )
    detail = client.get(f"/api/v1/policies/{republished_policy.pk}/").json()
    assert detail["current_version"]["label"] == "2.0"
    assert detail["version_count"] == 2
