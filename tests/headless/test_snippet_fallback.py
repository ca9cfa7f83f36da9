"""A snippet list in a language serves the entries not translated into it
yet in their source language, marked ``fallback`` (as page lists do), unless
``fallback=false``: readers of every language are told of every entry."""

import pytest

from plugins.plainlanguage.models import GlossaryTerm
from tests import factories
from tests.helpers import publish, publish_copy

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(locales):
    """Two technologies in English, one of them translated into Spanish, and
    a draft English one."""
    plates = factories.TechnologyFactory(name="Plate readers", locale=locales["en"])
    factories.TechnologyFactory(name="Drones", locale=locales["en"])
    factories.TechnologyFactory(name="Draft radar", locale=locales["en"], live=False)
    publish_copy(plates, locales["es"], name="Lectores de matrículas")


def listed(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.content
    return [
        (
            item.get("name") or item.get("question") or item.get("term"),
            item["locale"],
            item["fallback"],
        )
        for item in response.json()["items"]
    ]


def test_an_untranslated_technology_is_listed_in_its_source_language(client, registry):
    assert listed(client, "/api/v1/technologies/?locale=es") == [
        ("Drones", "en", True),
        ("Lectores de matrículas", "es", False),
    ]
    assert listed(client, "/api/v1/technologies/?locale=vi") == [
        ("Drones", "en", True),
        ("Plate readers", "en", True),
    ]
    assert listed(client, "/api/v1/technologies/?locale=en") == [
        ("Drones", "en", False),
        ("Plate readers", "en", False),
    ]


def test_without_fallback_only_translations_are_listed(client, registry):
    assert listed(client, "/api/v1/technologies/?locale=es&fallback=false") == [
        ("Lectores de matrículas", "es", False)
    ]
    assert listed(client, "/api/v1/technologies/?locale=vi&fallback=false") == []


def test_every_snippet_list_falls_back(client, locales):
    factories.FAQFactory(question="When is the lobby open?", locale=locales["en"])
    GlossaryTerm.objects.create(
        term="Hotlist", explanation="A list of plates.", locale=locales["en"]
    )
    assert listed(client, "/api/v1/faqs/?locale=ar") == [
        ("When is the lobby open?", "en", True)
    ]
    assert listed(client, "/api/v1/glossary/?locale=ar") == [("Hotlist", "en", True)]


def test_an_unknown_language_is_a_problem_not_a_list(client, registry):
    response = client.get("/api/v1/technologies/?locale=xx")
    assert response.status_code in (400, 422)
    assert response["Content-Type"].startswith("application/problem+json")


def test_a_translation_its_source_changed_since_is_outdated(client, registry):
    from plugins.transparency.models import Technology

    def spanish():
        return listed_facts(client, "/api/v1/technologies/?locale=es")

    assert spanish() == [("Drones", False), ("Lectores de matrículas", False)]
    source = Technology.objects.get(name="Plate readers")
    publish(source, retention_days=7)
    assert spanish() == [("Drones", False), ("Lectores de matrículas", True)]
    translation = Technology.objects.get(name="Lectores de matrículas")
    detail = client.get(f"/api/v1/technologies/{translation.pk}/").json()
    assert detail["outdated"] is True
    # The English entry itself is the source: never outdated.
    assert client.get(f"/api/v1/technologies/{source.pk}/").json()["outdated"] is False

    publish(translation, retention_days=7)
    assert spanish() == [("Drones", False), ("Lectores de matrículas", False)]


def listed_facts(client, path):
    return [
        (item["name"], item["outdated"]) for item in client.get(path).json()["items"]
    ]
