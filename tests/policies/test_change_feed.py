import feedparser


def test_atom_feed_of_policy_changes_is_valid(client, republished_policy):
    response = client.get("/feeds/en/policy-changes.atom")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    titles = [entry.title for entry in feed.entries]
    assert titles == [
        "License-plate readers: version 2.0",
        "License-plate readers: version 1.0",
    ]
    assert feed.entries[0].summary.startswith("Retention cut from 60 to 30 days")


def test_feed_is_per_locale_and_rejects_unknown_locales(client, republished_policy):
    spanish = feedparser.parse(client.get("/feeds/es/policy-changes.atom").content)
    assert not spanish.bozo
    assert spanish.entries == []
    assert client.get("/feeds/xx/policy-changes.atom").status_code == 404


def test_private_policies_stay_out_of_the_feed(client, republished_policy):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=republished_policy, restriction_type="password", password="secret"
    )
    feed = feedparser.parse(client.get("/feeds/en/policy-changes.atom").content)
    assert feed.entries == []
