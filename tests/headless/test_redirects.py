"""Wagtail's redirects through the API: find-by-path answers a path that
redirects with a typed ``redirect`` object, and /api/v1/redirects/ lists them;
a redirect to a page the API withholds is neither answered nor listed."""

import pytest
from wagtail.contrib.redirects.models import Redirect

from tests.headless.enumeration import *  # noqa: F403 - the module's world
from tests.headless.enumeration import ARCHIVE

FIND = "/api/v1/pages/find/"
LIST = "/api/v1/redirects/"


def find(client, path, **headers):
    return client.get(FIND, {"path": path}, **headers)


def test_a_permanent_redirect_to_a_page_answers_its_front_end_path(client, db, world):
    response = find(client, "/en/old-plate-readers/")

    assert response.status_code == 200, response.content
    assert response.json() == {
        "type": "redirect",
        "from_path": "/en/old-plate-readers",
        "location": "/en/policies/plate-readers/",
        "status_code": 301,
        "permanent": True,
        "page_id": world.policy.pk,
    }
    # The location is a path find-by-path serves: the front end follows it.
    target = find(client, response.json()["location"]).json()
    assert (target["type"], target["id"]) == ("policy", world.policy.pk)


def test_every_spelling_of_the_path_finds_the_redirect(client, db, world):
    for path in ("/en/old-plate-readers", "/en/old-plate-readers/"):
        assert find(client, path).json()["page_id"] == world.policy.pk


def test_a_temporary_redirect_to_a_translation_keeps_its_language(client, db, world):
    body = find(client, "/es/lectores/").json()

    assert (body["status_code"], body["permanent"]) == (302, False)
    assert body["location"] == "/es/policies/plate-readers/"
    assert body["page_id"] == world.policy_es.pk


def test_a_redirect_to_a_url_answers_the_url(client, db, world):
    body = find(client, "/en/tips-2019").json()

    assert body["location"] == ARCHIVE
    assert body["page_id"] is None
    assert body["status_code"] == 302


def test_this_sites_redirect_wins_over_the_all_sites_one(client, db, world):
    body = find(client, "/en/contact").json()

    assert body["page_id"] == world.story.pk
    assert body["location"] == "/en/stories/bikes/"


def test_a_page_at_the_path_wins_over_a_redirect_from_it(client, db, world):
    Redirect.add_redirect("/en/stories/bikes/", "https://elsewhere.example/")

    body = find(client, "/en/stories/bikes/").json()

    assert (body["type"], body["id"]) == ("story", world.story.pk)


@pytest.mark.parametrize(
    "path",
    [
        "/en/drones-draft",  # to a draft
        "/en/parcels-2025",  # to an expired page
        "/en/inquiry-old",  # to a password-protected page
        "/en/lakeside-policy",  # to a page of another site
        "/en/lakeside-only",  # another site's redirect
        "/en/never-existed/",
        "/no-locale",
    ],
)
def test_what_the_public_may_not_follow_is_a_plain_404(client, db, world, path):
    response = find(client, path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    body = response.content.decode()
    for withheld in (world.draft, world.expired, world.private, world.elsewhere):
        assert withheld.slug not in body
        assert str(withheld.pk) not in response.json().get("detail", "")


def test_an_answer_is_cached_until_the_redirect_changes(client, db, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        first = find(client, "/en/tips-2019")
    assert "wagtailredirects_redirect" in str(queries.captured_queries)
    with CaptureQueriesContext(connection) as queries:
        again = find(client, "/en/tips-2019", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    # A miss is never cached, so looking for a page at the path costs its
    # queries each time; the redirect answer after it comes from the cache.
    read = " ".join(query["sql"] for query in queries.captured_queries)
    assert "wagtailredirects_redirect" not in read

    Redirect.objects.filter(old_path="/en/tips-2019").update(
        redirect_link="https://archive.example/x"
    )
    Redirect.objects.get(old_path="/en/tips-2019").save()  # as the admin saves
    assert find(client, "/en/tips-2019").json()["location"] == (
        "https://archive.example/x"
    )
    Redirect.objects.filter(old_path="/en/tips-2019").delete()
    assert find(client, "/en/tips-2019").status_code == 404


def test_a_redirect_whose_target_is_unpublished_stops_answering(client, db, world):
    assert find(client, "/en/old-plate-readers").status_code == 200

    world.policy.unpublish()

    assert find(client, "/en/old-plate-readers").status_code == 404
    items = client.get(LIST).json()["items"]
    assert "/en/old-plate-readers" not in {item["old_path"] for item in items}


def test_the_list_holds_this_sites_public_redirects(client, db, world):
    body = client.get(LIST).json()
    by_path = {}
    for item in body["items"]:
        by_path.setdefault(item["old_path"], []).append(item)

    assert body["count"] == len(body["items"])
    assert set(by_path) == {
        "/en/old-plate-readers",
        "/es/lectores",
        "/en/tips-2019",
        "/en/contact",
    }
    assert by_path["/en/old-plate-readers"] == [
        {
            "old_path": "/en/old-plate-readers",
            "location": "/en/policies/plate-readers/",
            "permanent": True,
            "page_id": world.policy.pk,
            "site": None,
        }
    ]
    assert by_path["/en/tips-2019"][0]["site"] == "localhost"
    # Both redirects from /en/contact: the table says which site each is for.
    assert sorted(
        (item["site"] or "", item["location"]) for item in by_path["/en/contact"]
    ) == [
        ("", "https://all.example/contact"),
        ("localhost", "/en/stories/bikes/"),
    ]
    # Ordered by path.
    paths = [item["old_path"] for item in body["items"]]
    assert paths == sorted(paths)


def test_the_list_pages_and_honours_the_max_limit(client, db, world, settings):
    whole = client.get(LIST).json()["items"]
    settings.CMS_API_MAX_LIMIT = 2

    pages = [
        client.get(LIST, {"limit": 2, "offset": offset}).json() for offset in (0, 2, 4)
    ]

    assert [item for page in pages for item in page["items"]] == whole
    assert {page["count"] for page in pages} == {len(whole)}
    assert client.get(LIST, {"limit": 3}).status_code == 400


@pytest.mark.parametrize("params", [{"limit": "0"}, {"offset": "x"}, {"site": "1"}])
def test_bad_list_parameters_are_400_problems(client, db, world, params):
    response = client.get(LIST, params)

    assert response.status_code == 400
    assert next(iter(params)) in response.json()["detail"]


def test_the_operations_are_typed(client, db):
    document = client.get("/api/v1/openapi.json").json()
    find_schema = document["paths"][FIND]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    listing = document["paths"][LIST]["get"]

    members = {option["$ref"].rsplit("/", 1)[1] for option in find_schema["oneOf"]}
    assert "RedirectAnswer" in members
    assert "redirect" in find_schema["discriminator"]["mapping"]
    assert listing["operationId"] == "listRedirects"
    redirect = document["components"]["schemas"]["RedirectAnswer"]
    assert redirect["properties"]["status_code"]["enum"] == [301, 302]


# The HTML site, by the same rule ------------------------------------------------


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("/en/old-plate-readers/", "/en/policies/plate-readers/"),
        ("/es/lectores/", "/es/policies/plate-readers/"),
        ("/en/tips-2019/", ARCHIVE),
    ],
)
def test_the_site_follows_a_redirect_the_api_answers(client, db, world, path, location):
    response = client.get(path)

    assert response.status_code in (301, 302)
    assert response["Location"] == location


@pytest.mark.parametrize(
    "path",
    [
        "/en/drones-draft/",
        "/en/parcels-2025/",
        "/en/inquiry-old/",
        "/en/lakeside-policy/",
    ],
)
def test_the_site_answers_a_redirect_to_a_withheld_page_with_404(
    client, db, world, path
):
    """Wagtail's own middleware sent a 301 naming the draft's, expired, private
    or other site's page address, which find-by-path withholds."""
    assert find(client, path).status_code == 404

    response = client.get(path)

    assert response.status_code == 404
    assert "Location" not in response
