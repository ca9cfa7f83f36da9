"""GET /api/v1/paths/: every public path, per locale, for static builds; the
visibility rule's pages and nothing else."""

import pytest
from wagtail.models import Page

from tests.headless.enumeration import *  # noqa: F403 - the module's world

API = "/api/v1/paths/"


def all_paths(client, **params):
    """Every item of the list, following its pages as a static build does."""
    items, offset = [], 0
    while True:
        response = client.get(API, {**params, "limit": 3, "offset": offset})
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["items"]
        offset += 3
        if offset >= body["count"]:
            assert len(items) == body["count"]
            return items


def test_every_public_page_is_listed_with_its_facts(client, db, world):
    items = all_paths(client)
    by_id = {item["id"]: item for item in items}

    policy = by_id[world.policy.pk]
    assert policy == {
        "id": world.policy.pk,
        "type": "policy",
        "locale": "en",
        "path": "/en/policies/plate-readers/",
        "fallback": False,
        "last_published_at": policy["last_published_at"],
    }
    assert policy["last_published_at"].startswith(
        world.policy.last_published_at.date().isoformat()
    )
    assert by_id[world.policy_es.pk]["path"] == "/es/policies/plate-readers/"
    assert by_id[world.home.pk]["type"] == "home"
    assert by_id[world.sections["policies"].pk]["type"] == "section"
    # Tree order: a section before its pages.
    paths = [item["path"] for item in items if item["locale"] == "en"]
    assert paths.index("/en/policies/") < paths.index("/en/policies/plate-readers/")


def test_each_path_is_what_find_by_path_serves(client, db, world):
    for item in all_paths(client, locale="en"):
        found = client.get("/api/v1/pages/find/", {"path": item["path"]})
        assert found.status_code == 200, item
        assert found.json()["id"] == item["id"]


def test_nothing_withheld_is_listed(client, db, world):
    listed = {item["id"] for item in all_paths(client)}

    withheld = {world.draft, world.expired, world.private, world.elsewhere}
    assert not listed & {page.pk for page in withheld}
    assert world.other_home.pk not in listed
    # Exactly the pages the rule allows on this site: the English tree's
    # public pages and the whole Spanish tree (no other site has one).
    english = {world.home, world.policy, world.story, *world.sections.values()}
    spanish = Page.objects.filter(locale__language_code="es")
    assert listed == {page.pk for page in english} | set(
        spanish.values_list("pk", flat=True)
    )


def test_a_locale_lists_its_own_tree_and_marks_synced_copies(client, db, world):
    items = all_paths(client, locale="es")

    assert {item["locale"] for item in items} == {"es"}
    by_path = {item["path"]: item for item in items}
    assert by_path["/es/policies/plate-readers/"]["fallback"] is False
    # The Spanish home and section are Wagtail's synced copies of the
    # English ones: served with the English text.
    assert by_path["/es/"]["fallback"] is True
    assert by_path["/es/policies/"]["fallback"] is True
    assert "/es/stories/bikes/" not in by_path  # never copied into Spanish


def test_a_page_made_private_leaves_the_list_at_once(client, db, world):
    from wagtail.models import PageViewRestriction

    before = {item["id"] for item in all_paths(client, locale="en")}
    PageViewRestriction.objects.create(
        page=world.story, restriction_type="password", password="y" * 12
    )
    after = {item["id"] for item in all_paths(client, locale="en")}

    assert before - after == {world.story.pk}


def test_limit_is_bounded_by_the_max_limit_setting(client, db, world, settings):
    settings.CMS_API_MAX_LIMIT = 2
    refused = client.get(API, {"limit": 3})
    allowed = client.get(API, {"limit": 2})

    assert refused.status_code == 400
    assert refused["Content-Type"] == "application/problem+json"
    assert "limit" in refused.json()["detail"]
    assert len(allowed.json()["items"]) == 2
    # The default page (20) is bounded by it too.
    assert len(client.get(API).json()["items"]) == 2


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "ten"},
        {"offset": "-1"},
        {"locale": "fr"},
        {"page": "2"},
    ],
)
def test_bad_parameters_are_400_problems(client, db, world, params):
    response = client.get(API, params)

    assert response.status_code == 400
    problem = response.json()
    assert problem["status"] == 400
    assert next(iter(params)) in problem["detail"]


def test_a_content_language_the_site_has_no_locale_for_is_404(
    client, db, world, settings
):
    settings.WAGTAIL_CONTENT_LANGUAGES = [
        *settings.WAGTAIL_CONTENT_LANGUAGES,
        ("fr", "French"),
    ]
    response = client.get(API, {"locale": "fr"})

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def test_the_operation_is_typed_and_described(client, db, settings):
    document = client.get("/api/v1/openapi.json").json()
    operation = document["paths"][API]["get"]

    assert operation["operationId"] == "listPaths"
    assert operation["description"]
    assert {p["name"] for p in operation["parameters"]} == {
        "locale",
        "limit",
        "offset",
    }
    assert all(p.get("description") for p in operation["parameters"])
    # What the server accepts, as the setting says when the document is made.
    settings.CMS_API_MAX_LIMIT = 250
    served = client.get("/api/v1/openapi.json").json()["paths"][API]["get"]
    limit = next(p for p in served["parameters"] if p["name"] == "limit")
    assert limit["schema"]["maximum"] == 250
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    item = document["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    assert set(item["properties"]) == {"count", "items"}
    assert "400" in operation["responses"]
