"""Bad input gets a 400 naming the parameter; an unknown id gets a JSON 404.

Nothing a client sends makes the API answer 500: the test client re-raises any
unhandled exception, so every request below would fail loudly if one did.
"""

from urllib.parse import urlencode

import pytest
from wagtail.models import Locale

from plugins.headless.preview import make_preview_token
from tests import factories
from tests.headless.conftest import (
    agency_home,
    fresh_world,
    module_world,
    page_maker,
    sections_of,
    sections_under,
    with_sections,
)

API = "/api/v1"
LISTS = ["policies", "stories", "tips", "guides", "awards", "faqs", "technologies"]
PAGE_LISTS = ["policies", "stories", "tips", "guides", "awards", "transparency"]


def url(endpoint_path, **params):
    query = f"?{urlencode(params)}" if params else ""
    return f"{API}{endpoint_path}{query}"


def assert_bad_parameter(response, name):
    """A 400 whose JSON body names ``name``: in its ``errors`` list, or in its
    ``detail`` when there is no list."""
    assert response.status_code == 400, (response.status_code, response.content)
    assert "json" in response["Content-Type"]
    body = response.json()
    assert body["status"] == 400
    named = {error.get("parameter") for error in body.get("errors") or []}
    assert name in named or name in body["detail"], body


def assert_json_404(response):
    assert response.status_code == 404, (response.status_code, response.content)
    assert "json" in response["Content-Type"], response["Content-Type"]
    body = response.json()
    assert body["status"] == 404
    assert body["detail"]
    return response


def build_world():
    """A policy, a story, a tip, an FAQ and a technology on the agency's site:
    the world of this module, built once (``built_once``)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = agency_home()
    sections = sections_under(home)
    make_page = page_maker(home, sections)
    return {
        "home": home,
        "policy": make_page("policy", title="License-plate readers"),
        "story": make_page("story", title="Stolen bikes returned"),
        "tip": make_page("tip", title="Lock your car"),
        "faq": factories.FAQFactory(locale=locales["en"]),
        "technology": factories.TechnologyFactory(locale=locales["en"]),
        **with_sections(sections),
    }


world = module_world(build_world)


site = fresh_world()


@pytest.fixture
def home_page(site):
    return site["home"]


@pytest.fixture
def section_indexes(site):
    return sections_of(site)


# Listings ----------------------------------------------------------------------

BAD_LIST_PARAMETERS = [
    ("limit", "0"),
    ("limit", "101"),
    ("limit", "-1"),
    ("limit", "abc"),
    ("limit", "1.5"),
    ("limit", ""),
    ("offset", "-1"),
    ("offset", "x"),
    ("offset", "1000001"),
    ("order", "unknown"),
    ("order", "title; drop table"),
    ("order", "-"),
    ("locale", "xx"),
    ("locale", "../"),
    ("locale", "EN"),
    ("locale", ""),
    ("fallback", "maybe"),
    ("tag", "t" * 101),
    ("tag", "<script>"),
    ("tag", "alpr\x00"),
    ("published_after", "yesterday"),
    ("published_before", "2026-13-01"),
    # A Unix time and a date-time are not the date the document promises.
    ("published_before", "0"),
    ("published_after", "2026-01-01T00:00:00"),
]


@pytest.mark.parametrize(
    "endpoint", ["policies", "stories", "tips", "guides", "awards"]
)
@pytest.mark.parametrize(
    ("name", "value"),
    BAD_LIST_PARAMETERS,
    ids=[f"{name}={value[:12]!r}" for name, value in BAD_LIST_PARAMETERS],
)
def test_bad_list_parameter_is_a_400_naming_it(client, site, endpoint, name, value):
    assert_bad_parameter(client.get(url(f"/{endpoint}/", **{name: value})), name)


SNIPPET_BAD_PARAMETERS = [
    (name, value)
    for name, value in BAD_LIST_PARAMETERS
    if not name.startswith("published") and name != "tag"
]


@pytest.mark.parametrize("endpoint", ["faqs", "technologies"])
@pytest.mark.parametrize(
    ("name", "value"),
    SNIPPET_BAD_PARAMETERS,
    ids=[f"{name}={value[:12]!r}" for name, value in SNIPPET_BAD_PARAMETERS],
)
def test_bad_snippet_list_parameter_is_a_400(client, site, endpoint, name, value):
    assert_bad_parameter(client.get(url(f"/{endpoint}/", **{name: value})), name)


TYPED_FILTERS = [
    ("policies", "category", "nope"),
    ("policies", "status", "repealed-ish"),
    ("policies", "technology", "abc"),
    ("policies", "effective_after", "soon"),
    ("stories", "incident_category", "nope"),
    ("stories", "policy", "abc"),
    ("stories", "date_before", "31/12/2026"),
    ("tips", "audience", "nope"),
    ("tips", "season", "monsoon"),
    ("awards", "category", "nope"),
    ("awards", "date_after", "2026-02-30"),
    ("faqs", "category", "nope"),
    ("technologies", "kind", "tricorder"),
]


@pytest.mark.parametrize(
    ("endpoint", "name", "value"),
    TYPED_FILTERS,
    ids=[f"{endpoint}-{name}" for endpoint, name, _value in TYPED_FILTERS],
)
def test_bad_filter_value_is_a_400_naming_it(client, site, endpoint, name, value):
    assert_bad_parameter(client.get(url(f"/{endpoint}/", **{name: value})), name)


@pytest.mark.parametrize(
    ("endpoint", "name"),
    [
        ("faqs", "published_after"),
        ("technologies", "published_after"),
        ("technologies", "tag"),
        ("technologies", "published_before"),
        ("transparency", "tag"),
        ("guides", "category"),
        ("tips", "technology"),
    ],
)
def test_filter_a_type_does_not_have_is_refused(client, site, endpoint, name):
    response = client.get(url(f"/{endpoint}/", **{name: "2026-01-01"}))
    assert_bad_parameter(response, name)


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize("name", ["foo", "page", "search", "format", "p" * 300])
def test_unknown_list_parameter_is_a_400_naming_it(client, site, endpoint, name):
    assert_bad_parameter(client.get(url(f"/{endpoint}/", **{name: "1"})), name)


@pytest.mark.parametrize("endpoint", LISTS)
@pytest.mark.parametrize("name", ["order", "locale", "limit", "offset"])
def test_over_long_value_is_a_400_naming_it(client, site, endpoint, name):
    assert_bad_parameter(client.get(url(f"/{endpoint}/", **{name: "9" * 5000})), name)


def test_over_long_tag_is_a_400(client, site):
    assert_bad_parameter(client.get(url("/policies/", tag="a" * 5000)), "tag")


def test_filters_a_type_does_not_have_are_not_documented(client, site):
    document = client.get(url("/openapi.json")).json()

    def parameters(path):
        operation = document["paths"][f"/api/v1/{path}/"]["get"]
        return {parameter["name"] for parameter in operation["parameters"]}

    assert {"tag", "published_after"} <= parameters("policies")
    assert "tag" in parameters("faqs")
    assert not {"tag", "published_after", "published_before"} & parameters(
        "technologies"
    )
    assert not {"published_after", "published_before"} & parameters("faqs")
    assert "tag" not in parameters("transparency")


ID_FILTERS = [
    ("policies", "technology"),
    ("stories", "technology"),
    ("stories", "policy"),
    ("preview", "id"),
]
OUT_OF_RANGE_IDS = [str(2**63), "9" * 30, "0", "-1"]


# Checked before anything is read: these need no content.
@pytest.mark.parametrize(("endpoint", "name"), ID_FILTERS)
def test_out_of_range_id_filter_is_a_400_naming_it(client, db, endpoint, name):
    token = {"token": "t" * 20} if endpoint == "preview" else {}
    for value in OUT_OF_RANGE_IDS:
        response = client.get(url(f"/{endpoint}/", **{name: value}, **token))
        assert response["Content-Type"] == "application/problem+json"
        assert_bad_parameter(response, name)


@pytest.mark.parametrize(("endpoint", "name"), ID_FILTERS[:3])
def test_the_largest_id_is_a_valid_filter(client, home_page, endpoint, name):
    response = client.get(url(f"/{endpoint}/", **{name: str(2**63 - 1)}))
    assert response.status_code == 200, response.content
    assert response.json()["count"] == 0


# Details, pages, navigation, locales ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [("locale", "xx"), ("locale", "../"), ("fallback", "maybe"), ("foo", "1")],
)
def test_bad_detail_parameter_is_a_400_naming_it(client, site, name, value):
    policy = site["policy"]
    for path in (f"/policies/{policy.pk}/", f"/pages/{policy.pk}/"):
        assert_bad_parameter(client.get(url(path, **{name: value})), name)


@pytest.mark.parametrize("endpoint", ["faqs", "technologies"])
def test_snippet_detail_refuses_parameters(client, site, endpoint):
    snippet = site["faq" if endpoint == "faqs" else "technology"]
    response = client.get(url(f"/{endpoint}/{snippet.pk}/", locale="en"))
    assert_bad_parameter(response, "locale")


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({}, "path"),
        ({"path": ""}, "path"),
        ({"path": "en/policies/"}, "path"),
        ({"path": "/" + "a" * 600}, "path"),
        ({"path": "/en/<script>/"}, "path"),
        ({"path": "/en/policies/", "foo": "1"}, "foo"),
        ({"path": "/en/policies/", "locale": "es"}, "locale"),
    ],
    ids=["missing", "empty", "no-slash", "over-long", "script", "unknown", "locale"],
)
def test_bad_find_path_is_a_400_naming_it(client, site, params, name):
    assert_bad_parameter(client.get(url("/pages/find/", **params)), name)


@pytest.mark.parametrize("path", ["/en/../etc", "/en/policies/../../etc/passwd"])
def test_find_path_with_dot_dot_is_a_400(client, site, path):
    assert_bad_parameter(client.get(url("/pages/find/", path=path)), "path")


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"locale": "xx"}, "locale"),
        ({"locale": "e" * 5000}, "locale"),
        ({"x": "1"}, "x"),
    ],
    ids=["unknown-locale", "over-long", "unknown-parameter"],
)
def test_bad_navigation_parameter_is_a_400(client, site, params, name):
    assert_bad_parameter(client.get(url("/navigation/", **params)), name)


def test_unknown_locales_parameter_is_a_400(client, site):
    assert_bad_parameter(client.get(url("/locales/", locale="en")), "locale")


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({}, "token"),
        ({"token": "short"}, "token"),
        ({"token": "t" * 2001}, "token"),
        ({"token": "a-long-enough-token", "id": "abc"}, "id"),
        ({"token": "a-long-enough-token", "foo": "1"}, "foo"),
    ],
    ids=["missing", "short", "over-long", "bad-id", "unknown-parameter"],
)
def test_bad_preview_parameter_is_a_400(client, site, params, name):
    response = client.get(url("/preview/", **params))
    assert_bad_parameter(response, name)


def test_unknown_versions_parameter_is_a_400(client, site):
    response = client.get(url(f"/policies/{site['policy'].pk}/versions/", foo="1"))
    assert_bad_parameter(response, "foo")


def test_unknown_csv_export_parameter_is_a_400(client, site):
    response = client.get(url("/technologies/export.csv", foo="1"))
    assert_bad_parameter(response, "foo")


def test_bad_csv_export_locale_is_a_400(client, site):
    response = client.get(url("/technologies/export.csv", locale="xx"))
    assert_bad_parameter(response, "locale")


# Not found -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        *(f"/{endpoint}/999999/" for endpoint in [*PAGE_LISTS, "faqs", "technologies"]),
        "/pages/999999/",
        "/policies/999999/versions/",
        "/policies/999999/versions/1.0/",
        "/policies/999999/?locale=es",
        "/pages/999999/?locale=es",
    ],
)
def test_unknown_id_is_a_json_404(client, site, path):
    assert_json_404(client.get(f"{API}{path}"))


def test_unknown_policy_version_is_a_json_404(client, site):
    policy = site["policy"]
    assert_json_404(client.get(url(f"/policies/{policy.pk}/versions/99.9/")))


@pytest.mark.parametrize(
    "path",
    [
        "/pages/find/?path=/en/no-such-page/",
        "/pages/find/?path=/vi/",
        "/pages/find/?path=/zz/policies/",
        "/pages/find/?path=/",
        "/navigation/?locale=vi",
    ],
)
def test_unknown_path_or_locale_home_is_a_json_404(client, site, path):
    assert_json_404(client.get(f"{API}{path}"))


@pytest.mark.parametrize(
    ("endpoint", "other"),
    [
        ("stories", "policy"),
        ("tips", "policy"),
        ("policies", "story"),
        ("awards", "story"),
        ("guides", "tip"),
        ("transparency", "policy"),
    ],
)
def test_id_of_another_type_is_a_json_404(client, site, endpoint, other):
    assert_json_404(client.get(url(f"/{endpoint}/{site[other].pk}/")))


def test_section_and_home_ids_are_not_policies(client, site, section_indexes):
    home = section_indexes["policies"].get_parent()
    for page in (section_indexes["policies"], home):
        assert_json_404(client.get(url(f"/policies/{page.pk}/")))


def test_page_ids_are_not_snippet_ids(client, site):
    # A page id far above any snippet id: the snippet routes do not fall back
    # to pages.
    assert_json_404(client.get(url(f"/faqs/{site['policy'].pk + 1000}/")))


@pytest.mark.parametrize(
    "path",
    [
        "/policies/abc/",
        "/policies/-1/",
        "/policies/1.5/",
        "/policies/%20/",
        "/pages/abc/",
        "/faqs/abc/",
        "/technologies/abc/",
        "/policies/abc/versions/",
        "/no-such-endpoint/",
    ],
)
def test_malformed_id_is_a_json_404(client, site, path):
    response = assert_json_404(client.get(f"{API}{path}"))
    assert "/api/v1/docs" in response.json()["detail"]


def test_a_route_without_its_slash_is_redirected_to_it(client, site):
    response = client.get(f"{API}/policies")
    assert response.status_code == 301
    assert response["Location"] == f"{API}/policies/"


def test_an_unknown_path_without_a_slash_ends_in_a_json_404(client, site):
    response = client.get(f"{API}/no-such-endpoint", follow=True)
    assert_json_404(response)


ID_PATHS = [
    *(f"/{endpoint}/{{id}}/" for endpoint in PAGE_LISTS),
    "/policies/{id}/versions/",
    "/policies/{id}/versions/1.0/",
    "/pages/{id}/",
    "/faqs/{id}/",
    "/technologies/{id}/",
]


@pytest.mark.parametrize("path", ID_PATHS)
def test_out_of_range_id_in_a_path_is_a_400_naming_it(client, db, path):
    name = "object_id" if path.startswith(("/faqs", "/technologies")) else "page_id"
    for value in (2**63, 10**25, 0):
        response = client.get(API + path.format(id=value))
        assert response["Content-Type"] == "application/problem+json"
        assert_bad_parameter(response, name)


@pytest.mark.parametrize("path", ID_PATHS)
def test_the_largest_id_in_a_path_is_a_json_404(client, home_page, path):
    assert_json_404(client.get(API + path.format(id=2**63 - 1)))


def test_every_id_the_api_reads_is_bounded_in_its_document(client, db):
    document = client.get(url("/openapi.json")).json()
    ids = [
        (f"{method} {path} {parameter['name']}", parameter["schema"])
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
        for parameter in operation.get("parameters", [])
        if parameter["name"] in {"page_id", "object_id", "id", "technology", "policy"}
    ]
    body = document["components"]["schemas"]["FeedbackIn"]["properties"]["policy"]
    ids.append(("POST /api/v1/feedback/ policy", body["anyOf"][0]))

    assert len(ids) > 15
    for name, schema in ids:
        assert schema["type"] == "integer", name
        assert (schema["minimum"], schema["maximum"]) == (1, 2**63 - 1), name


def test_preview_of_a_deleted_page_is_a_json_404(client, site, make_page):
    policy = make_page("policy", title="Soon gone")
    token = make_preview_token(policy)
    policy.delete()
    assert_json_404(client.get(url("/preview/", token=token)))


# A bug ---------------------------------------------------------------------------


def broken(*args, **kwargs):
    raise RuntimeError("a bug")


def test_a_bug_is_a_500_problem_and_is_reported(client, home_page, monkeypatch, caplog):
    monkeypatch.setattr("plugins.headless.api.parameters.site_locales", broken)
    client.raise_request_exception = False

    response = client.get(url("/navigation/"))

    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json"
    assert "a bug" not in response.json()["detail"]
    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.levelname == "ERROR"
    assert record.exc_info[1].args == ("a bug",)


def test_a_bug_still_fails_a_test_loudly(client, home_page, monkeypatch):
    # The test client hears of it as of any uncaught exception.
    monkeypatch.setattr("plugins.headless.api.parameters.site_locales", broken)

    with pytest.raises(RuntimeError, match="a bug"):
        client.get(url("/navigation/"))
