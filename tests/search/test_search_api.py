"""GET /api/v1/search/ and /api/v1/search/suggest/ on the default database
backend, and on a live cluster when ELASTICSEARCH_URL is set.

The site's content (``build_site_content``) is built once for the module, in a
transaction rolled back at the end; what a test publishes is rolled back with
the test."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plugins.headless import caching
from tests import factories
from tests.headless.conftest import fresh, module_world
from tests.search.conftest import build_site_world, facet, ids_of, publish, search

world = module_world(build_site_world)


@pytest.fixture
def indexed(db, world, search_index):
    """The world's content, read afresh, and in the index searched."""
    search_index.refresh()
    return fresh(world)


def listing_item(client, path, object_id):
    response = client.get(path)
    assert response.status_code == 200, response.content
    return next(item for item in response.json()["items"] if item["id"] == object_id)


def test_items_are_the_listings_typed_summaries(client, indexed):
    status, data = search(client, "license plate", locale="en")
    assert status == 200, data
    by_type = {item["type"]: item for item in data["items"]}
    assert set(by_type) == {"policy", "faq", "technology"}
    for type_name, path in [
        ("policy", "/api/v1/policies/?locale=en"),
        ("faq", "/api/v1/faqs/"),
        ("technology", "/api/v1/technologies/"),
    ]:
        item = dict(by_type[type_name])
        item.pop("highlight")
        assert item == listing_item(client, path, item["id"])


def test_count_and_facets_cover_every_match(client, indexed):
    status, data = search(client, "license plate")
    assert status == 200, data
    assert data["query"] == "license plate"
    assert data["operator"] == "and"
    # The Spanish policy keeps the English section text it was translated from.
    assert data["count"] == 4 == len(data["items"])
    assert facet(data, "type") == {"policy": 2, "faq": 1, "technology": 1}
    assert facet(data, "locale") == {"en": 3, "es": 1}
    assert facet(data, "tag") == {"alpr": 3, "privacy": 2}


def test_type_filter_takes_registered_types(client, indexed):
    status, data = search(client, "license plate", type="policy", locale="en")
    assert status == 200, data
    assert ids_of(data) == [indexed["policy"].pk]
    status, data = search(client, "license plate", type="faq,technology")
    assert {item["type"] for item in data["items"]} == {"faq", "technology"}
    assert facet(data, "type") == {"faq": 1, "technology": 1}


@pytest.mark.parametrize("value", ["page", "policy,nope", ",", "wagtailcore.page"])
def test_unknown_type_is_a_400_naming_type(client, db, value):
    status, data = search(client, "plates", type=value)
    assert status == 400
    assert data["errors"][0]["parameter"] == "type"
    assert "choose from" in data["errors"][0]["msg"]
    assert "policy" in data["errors"][0]["msg"]


def test_tag_filter_covers_pages_and_faqs(client, indexed):
    status, data = search(client, "plate", tag="alpr", locale="en")
    assert status == 200, data
    found = {(item["type"], item["id"]) for item in data["items"]}
    assert found == {
        ("policy", indexed["policy"].pk),
        ("story", indexed["story"].pk),
        ("faq", indexed["faq"].pk),
    }
    assert facet(data, "tag")["alpr"] == 3
    status, data = search(client, "plate", tag="holidays")
    assert data["count"] == 0


def test_locale_filter_searches_that_language(client, indexed):
    status, data = search(client, "matrículas", locale="es")
    assert status == 200, data
    assert ids_of(data) == [indexed["policy_es"].pk]
    assert data["items"][0]["locale"] == "es"
    status, data = search(client, "paquetes", locale="en")
    assert data["count"] == 0


def test_highlight_marks_the_words_in_the_summary(client, indexed):
    status, data = search(client, "stolen vehicles", type="policy", locale="en")
    assert data["items"][0]["highlight"] == (
        "We use license-plate reader cameras only to find <mark>stolen</mark> "
        "<mark>vehicles</mark> and missing people. Plate data is deleted after 30 "
        "days."
    )
    status, data = search(client, "evidence", type="faq")
    assert "<mark>evidence</mark>" in data["items"][0]["highlight"]
    # Found by the title only: no summary to show.
    status, data = search(client, "Sharing footage", type="guide")
    assert data["items"][0]["highlight"] is None


def hits(data):
    return [(item["type"], item["id"]) for item in data["items"]]


def test_pagination(client, indexed):
    _status, first = search(client, "plate", limit=2)
    _status, second = search(client, "plate", limit=2, offset=2)
    _status, everything = search(client, "plate", limit=100)
    assert first["count"] == second["count"] == everything["count"] >= 4
    assert len(hits(first)) == len(hits(second)) == 2
    assert hits(first) + hits(second) == hits(everything)[:4]


def test_without_limit_a_page_holds_the_default_count(client, indexed, settings):
    settings.CMS_API_DEFAULT_LIMIT = 2
    _status, default = search(client, "plate")
    settings.CMS_API_MAX_LIMIT = 3
    status, refused = search(client, "plate", limit=4)

    assert default["count"] >= 4
    assert len(hits(default)) == 2
    assert status == 400, refused
    assert "limit" in [error["parameter"] for error in refused["errors"]]


def test_any_word_when_no_item_has_every_word(client, indexed):
    status, data = search(client, "packages zeppelin", locale="en")
    assert status == 200, data
    assert data["operator"] == "or"
    assert ids_of(data) == [indexed["tip"].pk]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({}, "q"),
        ({"q": ""}, "q"),
        ({"q": "x" * 201}, "q"),
        ({"q": "?!*&%$#"}, "q"),
        ({"q": " ".join(["plate"] * 33)}, "q"),
        ({"q": "plate", "locale": "fr"}, "locale"),
        ({"q": "plate", "limit": 0}, "limit"),
        ({"q": "plate", "limit": 101}, "limit"),
        ({"q": "plate", "offset": 1001}, "offset"),
        ({"q": "plate", "tag": "<script>"}, "tag"),
    ],
)
def test_bad_parameters_are_400_naming_them(client, db, params, parameter):
    status, data = search(client, **params)
    assert status == 400, data
    assert parameter in [error["parameter"] for error in data["errors"]]
    assert data["detail"] == f"Invalid parameter: {parameter}"


def test_unknown_parameter_is_a_400(client, db):
    status, data = search(client, "plate", order="title")
    assert status == 400
    assert data["detail"] == "Unknown parameter: order"


def test_overlong_query_is_refused_before_any_search(
    client, db, django_assert_max_num_queries
):
    with django_assert_max_num_queries(0):
        status, _data = search(client, "plate " * 40)
    assert status == 400


def test_suggest_completes_titles(client, indexed):
    response = client.get("/api/v1/search/suggest/?q=licen&locale=en")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["query"] == "licen"
    suggested = {(item["type"], item["title"]) for item in data["items"]}
    assert suggested == {
        ("policy", "License-plate readers"),
        ("faq", "How long do you keep license-plate reader data?"),
        ("technology", "Automated license-plate readers"),
    }
    policy = next(item for item in data["items"] if item["type"] == "policy")
    assert policy["path"] == "/en/policies/license-plate-readers/"
    assert policy["locale"] == "en"
    spanish = client.get("/api/v1/search/suggest/?q=lector&locale=es").json()
    assert [item["title"] for item in spanish["items"]] == ["Lectores de matrículas"]
    # Titles only: the summary's words do not complete.
    assert client.get("/api/v1/search/suggest/?q=stole").json()["items"] == [
        {
            "id": indexed["story"].pk,
            "type": "story",
            "title": "Stolen car found thanks to a plate-reader alert",
            "locale": "en",
            "path": "/en/stories/stolen-car-found-thanks-to-a-plate-reader-alert/",
        }
    ]


def test_suggest_refuses_bad_queries(client, db):
    response = client.get("/api/v1/search/suggest/?q=%21%21")
    assert response.status_code == 400
    assert response.json()["errors"][0]["parameter"] == "q"
    response = client.get("/api/v1/search/suggest/?q=a&limit=21")
    assert response.status_code == 400


def test_responses_are_cached_until_a_publish(client, indexed, search_index):
    _status, first = search(client, "plate")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v1/search/?q=plate")
    assert response.status_code == 200
    assert response.json()["count"] == first["count"] > 0
    assert len(queries) == 0
    assert response["ETag"]
    again = client.get("/api/v1/search/?q=plate", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304

    publish(
        factories.PolicyPageFactory(
            parent=indexed["policy"].get_parent(),
            title="Plate-reading drones",
            summary="Small drones help find missing people.",
        )
    )
    search_index.refresh()
    status, data = search(client, "plate")
    assert data["count"] == first["count"] + 1


def test_a_search_that_finds_nothing_is_not_kept(client, indexed):
    """A miss is cheap to answer again, and a client can make up misses
    without end: none is kept, but each still answers its ETag with 304."""
    response = client.get("/api/v1/search/?q=drone")
    assert response.json()["count"] == 0
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/api/v1/search/?q=drone")
    assert queries
    assert again["ETag"] == response["ETag"]
    etag = response["ETag"]
    assert (
        client.get("/api/v1/search/?q=drone", HTTP_IF_NONE_MATCH=etag).status_code
        == 304
    )


def test_search_costs_a_bounded_number_of_queries(client, indexed):
    search(client, "license plate")  # fills the site-root cache
    for limit in (1, 10):
        with CaptureQueriesContext(connection) as queries:
            status, _data = search(client, "plate", limit=limit)
        assert status == 200
        assert len(queries) <= 30, [query["sql"][:100] for query in queries]


def test_a_search_in_one_language_reads_its_locale_once(client, indexed):
    """Its query is built once from the language's words, and each searched
    type's matches are scored from that one query."""
    search(client, "plate", locale="en")  # fills the site-root cache
    with CaptureQueriesContext(connection) as queries:
        status, data = search(client, "license plate", locale="en")
    assert status == 200
    assert data["count"] > 0
    locale_reads = [
        query["sql"]
        for query in queries
        if query["sql"].startswith('SELECT "wagtailcore_locale"."language_code"')
    ]
    assert len(locale_reads) == 1, locale_reads


def category_facet(data):
    return {
        (entry["type"], entry["value"]): entry["count"]
        for entry in data["facets"]["category"]
    }


def test_category_facet_counts_each_type_apart(client, indexed):
    status, data = search(client, "license plate")
    assert status == 200, data
    # Both policies (English and Spanish) are technology policies.
    assert category_facet(data) == {
        ("policy", "technology"): 2,
        ("faq", indexed["faq"].category): 1,
        ("technology", "license_plate_reader"): 1,
    }


def test_category_filter_keeps_that_category_of_every_type(client, indexed):
    status, data = search(client, "license plate", category="technology", locale="en")
    assert status == 200, data
    assert [(item["type"], item["id"]) for item in data["items"]] == [
        ("policy", indexed["policy"].pk)
    ]
    assert category_facet(data) == {("policy", "technology"): 1}
    status, data = search(client, "license plate", category="license_plate_reader")
    assert [(item["type"], item["id"]) for item in data["items"]] == [
        ("technology", indexed["technology"].pk)
    ]
    # A category no match has: nothing, not an error.
    status, data = search(client, "license plate", category="fraud")
    assert status == 200
    assert data["count"] == 0
    assert data["facets"]["category"] == []


@pytest.mark.parametrize("value", ["nope", "Technology", "policy:technology"])
def test_unknown_category_is_a_400_naming_category(client, db, value):
    status, data = search(client, "plates", category=value)
    assert status == 400
    assert data["errors"][0]["parameter"] == "category"
    assert "'license_plate_reader'" in data["errors"][0]["msg"]


def test_faq_answers_in_results_resolve_their_links_in_one_query(
    client, indexed, locales, search_index
):
    sections = ("policies", "stories", "tips", "guides", "awards", "faqs")
    targets = [indexed[section] for section in sections]

    def add_curfew_faqs(count):
        for number in range(count):
            target = targets[number % len(targets)]
            factories.FAQFactory(
                question=f"Curfew question {number}?",
                answer=f'<p>Curfew: <a linktype="page" id="{target.pk}">read</a>.</p>',
                locale=locales["en"],
            )
        search_index.refresh()
        search(client, "curfew", locale="en")  # the site's cached lookups warm
        caching.forget_responses()
        with CaptureQueriesContext(connection) as queries:
            status, data = search(client, "curfew", locale="en")
        assert status == 200, data
        return len(queries), data

    few, _data = add_curfew_faqs(2)
    many, data = add_curfew_faqs(6)
    assert few == many
    assert data["count"] == 8
    assert all('<a href="/en/' in item["answer"] for item in data["items"])
