import pytest

from plugins.policies.models import PolicyPage
from plugins.transparency.models import Technology, TransparencyPage
from tests import factories
from tests.helpers import publish, publish_copy

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates


@pytest.fixture
def portal(section_indexes, home_page, locales):
    technology = factories.TechnologyFactory(
        name="License-plate readers", locale=locales["en"]
    )
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="ALPR policy"
    )
    policy.technologies.add(technology)
    policy.save_revision().publish()
    story = factories.StoryPageFactory(
        parent=section_indexes["stories"], title="Stolen van found"
    )
    story.technologies.add(technology)
    story.save_revision().publish()
    page = TransparencyPage(
        title="Transparency", slug="transparency", summary="How we use technology."
    )
    home_page.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_transparency_page_gathers_the_registry(client, portal):
    response = client.get(portal.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "License-plate readers" in html
    assert "ALPR policy" in html
    assert "<td>1.0</td>" in html  # the recent changes' version column
    assert "Stolen van found" in html


def test_transparency_page_api(client, portal):
    data = client.get(f"/api/v1/pages/{portal.pk}/").json()
    assert data["type"] == "transparency"
    assert data["technologies"][0]["name"] == "License-plate readers"
    assert data["governing_policies"][0]["title"] == "ALPR policy"
    assert data["recent_changes"][0]["label"] == "1.0"
    assert data["latest_story"]["title"] == "Stolen van found"
    assert client.get("/api/v1/transparency/").json()["count"] == 1


def test_transparency_page_is_searchable(portal):
    results = TransparencyPage.objects.live().search("technology")
    assert portal in list(results)


@pytest.fixture
def spanish_portal(portal, locales):
    """The portal in Spanish, its policy translated at version 1.0 and then
    changed in English (version 2.0)."""
    technology = publish_copy(
        Technology.objects.get(), locales["es"], name="Lectores de matrículas"
    )
    policy = PolicyPage.objects.get()
    publish_copy(
        policy, locales["es"], title="Política de LPR", technologies=[technology]
    )
    publish(policy, version_kind="major", change_note="Retention cut to 30 days.")
    return publish_copy(portal, locales["es"], title="Transparencia")


def test_a_change_not_yet_translated_is_listed_in_its_own_language(
    client, spanish_portal
):
    data = client.get(f"/api/v1/pages/{spanish_portal.pk}/").json()
    assert [policy["title"] for policy in data["governing_policies"]] == [
        "Política de LPR"
    ]
    assert [
        (change["title"], change["label"], change["locale"])
        for change in data["recent_changes"]
    ] == [("ALPR policy", "2.0", "en"), ("Política de LPR", "1.0", "es")]

    html = client.get(spanish_portal.url).content.decode()
    row = html.split('<tr lang="en" dir="ltr"><th scope="row">ALPR policy ', 1)
    assert len(row) == 2, "the English change's row is not marked English"
    assert row[1].startswith(
        '<span class="usa-tag" lang="es" dir="ltr">Aún sin traducir</span>'
    )
    assert '<tr><th scope="row">Política de LPR</th>' in html


def test_a_translation_that_caught_up_lists_only_its_own_changes(
    client, spanish_portal
):
    spanish_policy = PolicyPage.objects.get(locale__language_code="es")
    publish(spanish_policy, version_kind="major", change_note="Retención: 30 días.")
    data = client.get(f"/api/v1/pages/{spanish_portal.pk}/").json()
    assert [
        (change["label"], change["locale"]) for change in data["recent_changes"]
    ] == [("2.0", "es"), ("1.0", "es")]


def test_a_technology_not_yet_translated_is_shown_in_its_own_language(
    client, spanish_portal, locales
):
    factories.TechnologyFactory(
        name="Drones", description="Cameras in the air.", locale=locales["en"]
    )
    factories.TechnologyFactory(name="Radar", locale=locales["en"], live=False)
    data = client.get(f"/api/v1/pages/{spanish_portal.pk}/").json()
    assert [
        (technology["name"], technology["locale"], technology["fallback"])
        for technology in data["technologies"]
    ] == [("Drones", "en", True), ("Lectores de matrículas", "es", False)]

    html = client.get(spanish_portal.url).content.decode()
    drones = html.split('lang="en" dir="ltr">Drones</h2>', 1)
    assert len(drones) == 2, "the English entry's name is not marked English"
    assert drones[1].startswith('<p><span class="usa-tag">Aún sin traducir</span></p>')
    assert '<p lang="en" dir="ltr">Cameras in the air.</p>' in drones[1]
    assert ">Lectores de matrículas</h2>" in html
    assert "Radar" not in html


def test_a_technology_changed_since_its_translation_says_so(client, spanish_portal):
    publish(Technology.objects.get(locale__language_code="en"), retention_days=7)
    data = client.get(f"/api/v1/pages/{spanish_portal.pk}/").json()
    assert [
        (technology["name"], technology["outdated"])
        for technology in data["technologies"]
    ] == [("Lectores de matrículas", True)]
    html = client.get(spanish_portal.url).content.decode()
    assert "Esta entrada ha cambiado en su idioma original" in html
