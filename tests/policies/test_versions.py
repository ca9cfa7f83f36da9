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


def test_republishing_without_a_change_note_is_refused(republished_policy):
    from django.core.exceptions import ValidationError

    republished_policy.change_note = ""
    with pytest.raises(ValidationError) as error:
        republished_policy.save_revision().publish()
    assert "change_note" in error.value.message_dict


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
