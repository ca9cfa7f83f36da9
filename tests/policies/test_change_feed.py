import feedparser
import pytest
from wagtail.models import Locale, PageViewRestriction

from tests import factories
from tests.helpers import publish, publish_copy


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


def read_feed(client, language):
    response = client.get(f"/feeds/{language}/policy-changes.atom")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return [
        (
            entry.title,
            entry.title_detail.language,
            [tag.term for tag in entry.get("tags", [])],
        )
        for entry in feed.entries
    ]


def test_unknown_locales_have_no_feed(client, republished_policy):
    assert client.get("/feeds/xx/policy-changes.atom").status_code == 404


@pytest.fixture
def translated_before_the_change(section_indexes, locales):
    """An English policy translated into Spanish at its version 1.0, then
    changed in English (version 2.0); in Vietnamese only a synced copy."""
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="License-plate readers"
    )
    policy.save_revision().publish()
    spanish = publish_copy(policy, locales["es"], title="Lectores de matrículas")
    policy.copy_for_translation(locales["vi"], copy_parents=True, alias=True)
    policy = publish(
        policy, version_kind="major", change_note="Retention cut to 30 days."
    )
    return policy, spanish


def test_a_change_not_yet_translated_comes_in_its_own_language(
    client, translated_before_the_change
):
    english = [
        ("License-plate readers: version 2.0", "en", []),
        ("License-plate readers: version 1.0", "en", []),
    ]
    assert read_feed(client, "en") == english
    # Spanish readers get their translation's log, and the English change it
    # has not caught up with, in English, tagged in Spanish.
    assert read_feed(client, "es") == [
        ("License-plate readers: version 2.0", "en", ["Aún sin traducir"]),
        ("Lectores de matrículas: versión 1.0", "es", []),
    ]
    # A synced copy keeps no log of its own: the source's whole log.
    assert read_feed(client, "vi") == [
        ("License-plate readers: version 2.0", "en", ["Chưa được dịch"]),
        ("License-plate readers: version 1.0", "en", ["Chưa được dịch"]),
    ]


def test_once_the_translation_catches_up_it_speaks_for_the_change(
    client, translated_before_the_change
):
    _policy, spanish = translated_before_the_change
    publish(spanish, version_kind="major", change_note="Retención de 30 días.")
    assert read_feed(client, "es") == [
        ("Lectores de matrículas: versión 2.0", "es", []),
        ("Lectores de matrículas: versión 1.0", "es", []),
    ]


def test_a_policy_only_in_another_language_is_in_every_feed(client, section_indexes):
    spanish_index = section_indexes["policies"].copy_for_translation(
        Locale.objects.get(language_code="es"), copy_parents=True
    )
    spanish_index.save_revision().publish()
    policy = factories.PolicyPageFactory(
        parent=spanish_index, title="Drones", locale=spanish_index.locale
    )
    policy.save_revision().publish()
    assert read_feed(client, "en") == [
        ("Drones: versión 1.0", "es", ["Not yet translated"])
    ]


def test_untranslated_changes_of_withheld_policies_stay_out(
    client, translated_before_the_change
):
    policy, _spanish = translated_before_the_change
    # An unpublished draft of a change is no change yet.
    policy.change_note = "Draft: retention cut to 7 days."
    policy.version_kind = "major"
    policy.save_revision()
    assert read_feed(client, "vi")[0][0] == "License-plate readers: version 2.0"
    # A private policy's translations are withheld with it (translation
    # privacy), and so is its log in every language.
    PageViewRestriction.objects.create(
        page=policy, restriction_type="password", password="secret"
    )
    assert read_feed(client, "es") == []
    assert read_feed(client, "vi") == []


def test_private_policies_stay_out_of_the_feed(client, republished_policy):
    PageViewRestriction.objects.create(
        page=republished_policy, restriction_type="password", password="secret"
    )
    feed = feedparser.parse(client.get("/feeds/en/policy-changes.atom").content)
    assert feed.entries == []
