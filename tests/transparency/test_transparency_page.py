import pytest

from plugins.transparency.models import TransparencyPage
from tests import factories

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
