"""A policy's public record outlives its page: versions are never deleted with
it, and taking a live policy out of public view (unpublished, expired or
deleted) is a dated "withdrawn" entry of its change log, public where the
record is: once the page is deleted, or the policy is back in force."""

from datetime import timedelta

import feedparser
import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from plugins.policies.models import (
    PolicyPage,
    PolicyVersion,
    PolicyWithdrawal,
    PublishedVersionImmutable,
)
from tests import factories


def change_log(client, page_id, **request):
    return client.get(f"/api/v1/policies/{page_id}/versions/", **request)


def logged_events(client, page_id):
    response = change_log(client, page_id)
    assert response.status_code == 200, response.content
    return [(item["event"], item["label"]) for item in response.json()["items"]]


def feed_titles(client, language="en"):
    response = client.get(f"/feeds/{language}/policy-changes.atom")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return [entry.title for entry in feed.entries]


def test_deleting_a_live_policy_keeps_its_versions_and_says_it_was_withdrawn(
    admin_client, client, republished_policy
):
    page_id = republished_policy.pk
    response = admin_client.post(f"/admin/pages/{page_id}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page_id).exists()

    versions = PolicyVersion.objects.filter(page_id=page_id).order_by("label")
    assert [(v.label, v.policy_id) for v in versions] == [("1.0", None), ("2.0", None)]
    assert (versions[0].slug, versions[0].policy_number) == (
        republished_policy.slug,
        republished_policy.policy_number,
    )
    withdrawal = PolicyWithdrawal.objects.get(page_id=page_id)
    assert (withdrawal.reason, withdrawal.version.label) == ("deleted", "2.0")

    assert logged_events(client, page_id) == [
        ("withdrawn", "2.0"),
        ("published", "2.0"),
        ("published", "1.0"),
    ]
    latest = change_log(client, page_id).json()["items"][0]
    assert latest["reason"] == "deleted"
    assert latest["change_note"] == "Withdrawn: the policy was deleted."
    one = client.get(f"/api/v1/policies/{page_id}/versions/1.0/")
    assert one.status_code == 200
    assert one.json()["policy_id"] == page_id
    assert feed_titles(client) == [
        "License-plate readers: withdrawn (version 2.0)",
        "License-plate readers: version 2.0",
        "License-plate readers: version 1.0",
    ]


def test_unpublishing_is_a_withdrawal_shown_once_the_policy_is_back(
    admin_client, client, republished_policy
):
    page_id = republished_policy.pk
    assert admin_client.post(f"/admin/pages/{page_id}/unpublish/").status_code == 302
    assert PolicyWithdrawal.objects.get(page_id=page_id).reason == "unpublished"
    # Withheld, the page shows nowhere, its log and feed entries included.
    assert change_log(client, page_id).status_code == 404
    assert feed_titles(client) == []
    # Its editors see it in the change log panel.
    edit = admin_client.get(f"/admin/pages/{page_id}/edit/").content.decode()
    assert "<em>withdrawn</em> (unpublished)" in edit

    policy = PolicyPage.objects.get(pk=page_id)
    policy.version_kind = "minor"
    policy.change_note = "Back in force."
    policy.save_revision().publish()
    assert logged_events(client, page_id) == [
        ("published", "2.1"),
        ("withdrawn", "2.0"),
        ("published", "2.0"),
        ("published", "1.0"),
    ]
    assert feed_titles(client)[1] == "License-plate readers: withdrawn (version 2.0)"
    detail = client.get(f"/api/v1/policies/{page_id}/").json()
    assert (detail["current_version"]["label"], detail["version_count"]) == ("2.1", 3)


def test_an_expired_policy_is_withdrawn_when_the_scheduler_unpublishes_it(
    admin_client, client, republished_policy
):
    PolicyPage.objects.filter(pk=republished_policy.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("publish_scheduled", verbosity=0)
    assert PolicyWithdrawal.objects.get().reason == "expired"
    # Deleted later, it stays withdrawn as of its expiry.
    admin_client.post(f"/admin/pages/{republished_policy.pk}/delete/")
    assert PolicyWithdrawal.objects.get().reason == "expired"
    assert logged_events(client, republished_policy.pk)[0] == ("withdrawn", "2.0")


def test_deleting_a_section_withdraws_each_live_policy_in_it(
    admin_client, client, republished_policy, section_indexes
):
    draft = factories.PolicyPageFactory(parent=section_indexes["policies"], live=False)
    index = section_indexes["policies"]
    response = admin_client.post(f"/admin/pages/{index.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=index.pk).exists()
    assert list(PolicyWithdrawal.objects.values_list("page_id", "reason")) == [
        (republished_policy.pk, "deleted")
    ]
    assert not PolicyVersion.objects.filter(page_id=draft.pk).exists()
    assert feed_titles(client)[0] == "License-plate readers: withdrawn (version 2.0)"


def test_a_translation_deleted_with_its_source_is_withdrawn_in_its_language(
    admin_client, client, republished_policy, publish_translation
):
    spanish = publish_translation(republished_policy, "es")
    assert admin_client.post(
        f"/admin/pages/{republished_policy.pk}/delete/"
    ).status_code == (302)
    assert not Page.objects.filter(pk=spanish.pk).exists()
    assert logged_events(client, spanish.pk)[0] == ("withdrawn", "1.0")
    assert feed_titles(client, "es")[0] == f"{spanish.title}: retirada (versión 1.0)"


def test_a_policy_private_when_withdrawn_leaves_no_public_trace(
    admin_client, client, republished_policy
):
    PageViewRestriction.objects.create(
        page=republished_policy, restriction_type="login"
    )
    admin_client.post(f"/admin/pages/{republished_policy.pk}/delete/")
    assert PolicyWithdrawal.objects.get().public is False
    assert change_log(client, republished_policy.pk).status_code == 404
    assert feed_titles(client) == []


def test_a_synced_copy_of_a_private_policy_leaves_no_public_trace(
    admin_client, client, home_page, section_indexes
):
    """A copy in a public section of a policy in a private one is served as
    its source, so it is private too: deleting it shows nothing of the
    source's record (Wagtail's restrictions of a copy skip its source's
    section)."""
    internal = factories.PolicyIndexPageFactory(parent=home_page, slug="internal")
    PageViewRestriction.objects.create(page=internal, restriction_type="login")
    policy = factories.PolicyPageFactory(parent=internal, title="Internal policy")
    policy.save_revision().publish()
    copy = policy.create_alias(parent=section_indexes["policies"])
    policy.save_revision().publish()  # the copy is republished with it
    assert change_log(client, copy.pk).status_code == 404

    admin_client.post(f"/admin/pages/{copy.pk}/delete/")

    assert PolicyWithdrawal.objects.get(page_id=copy.pk).public is False
    assert change_log(client, copy.pk).status_code == 404
    assert feed_titles(client) == []


def test_a_policy_never_published_leaves_nothing_when_deleted(
    admin_client, client, section_indexes
):
    draft = factories.PolicyPageFactory(parent=section_indexes["policies"], live=False)
    admin_client.post(f"/admin/pages/{draft.pk}/delete/")
    assert not PolicyWithdrawal.objects.exists()
    assert change_log(client, draft.pk).status_code == 404


def test_the_log_of_a_withdrawn_policy_stays_on_its_own_site(
    admin_client, client, republished_policy, settings
):
    settings.ALLOWED_HOSTS = ["*"]
    other_home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), slug="lakeside", title="Lakeside"
    )
    Site.objects.create(hostname="lakeside.example", port=80, root_page=other_home)
    admin_client.post(f"/admin/pages/{republished_policy.pk}/delete/")
    assert change_log(client, republished_policy.pk).status_code == 200
    elsewhere = change_log(client, republished_policy.pk, HTTP_HOST="lakeside.example")
    assert elsewhere.status_code == 404


def test_versions_and_withdrawals_are_never_deleted(admin_client, republished_policy):
    admin_client.post(f"/admin/pages/{republished_policy.pk}/delete/")
    version = PolicyVersion.objects.filter(page_id=republished_policy.pk).first()
    withdrawal = PolicyWithdrawal.objects.get()
    for record in (version, withdrawal):
        with pytest.raises(PublishedVersionImmutable):
            record.delete()
    with pytest.raises(PublishedVersionImmutable):
        withdrawal.save()
