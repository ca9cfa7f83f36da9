import json

import pytest
from openapi_spec_validator import validate


def test_openapi_document_validates(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.json()
    validate(document)
    paths = document["paths"]
    for endpoint in (
        "policies",
        "stories",
        "tips",
        "guides",
        "awards",
        "faqs",
        "technologies",
    ):
        assert f"/api/v1/{endpoint}/" in paths
        assert any(path.startswith(f"/api/v1/{endpoint}/{{") for path in paths)
    for path in (
        "/api/v1/pages/find/",
        "/api/v1/locales/",
        "/api/v1/navigation/",
        "/api/v1/preview/",
    ):
        assert path in paths


# What the document promises, as strict clients read it --------------------------

API = "/api/v1"


def refuse_duplicates(pairs):
    keys = [key for key, _value in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, f"duplicated keys: {duplicates}"
    return dict(pairs)


@pytest.fixture
def document(client, db):
    # Parsed as openapi-typescript and Redocly do: a key twice is an error.
    response = client.get(f"{API}/openapi.json")
    return json.loads(response.content, object_pairs_hook=refuse_duplicates)


def operations(document):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield f"{method.upper()} {path}", operation


def test_every_query_and_path_parameter_is_a_plain_value(document):
    # A URL cannot carry null: an optional parameter is absent or a value.
    for name, operation in operations(document):
        for parameter in operation.get("parameters", []):
            schema = parameter["schema"]
            assert "anyOf" not in schema, (name, parameter["name"])
            assert schema.get("type") != "null", (name, parameter["name"])


def test_locales_are_the_configured_languages(document, client, settings):
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    for name, operation in operations(document):
        for parameter in operation.get("parameters", []):
            if parameter["name"] == "locale":
                assert parameter["schema"]["enum"] == codes, name

    settings.WAGTAIL_CONTENT_LANGUAGES = [("en", "English"), ("fr", "French")]
    refreshed = client.get(f"{API}/openapi.json").json()
    navigation = refreshed["paths"][f"{API}/navigation/"]["get"]["parameters"]
    assert navigation[0]["schema"]["enum"] == ["en", "fr"]


def test_dates_are_documented_as_dates(document):
    dates = [
        parameter["schema"]
        for _name, operation in operations(document)
        for parameter in operation.get("parameters", [])
        if parameter["name"].endswith(("_after", "_before"))
    ]
    assert len(dates) > 10
    assert all(
        schema == {**schema, "type": "string", "format": "date"} for schema in dates
    )


def test_limits_and_retries_are_documented_with_retry_after(document):
    limited = [
        (name, status, response)
        for name, operation in operations(document)
        for status, response in operation["responses"].items()
        if status in {"429", "503"}
    ]
    assert {name for name, _status, _response in limited} >= {
        f"POST {API}/feedback/",
        f"GET {API}/search/",
    }
    for name, status, response in limited:
        assert response["headers"]["Retry-After"]["required"] is True, (name, status)


def test_a_body_that_is_too_large_or_not_json_is_documented(document):
    responses = document["paths"][f"{API}/feedback/"]["post"]["responses"]
    for status in ("413", "415"):
        assert set(responses[status]["content"]) == {"application/problem+json"}
    body = document["paths"][f"{API}/feedback/"]["post"]["requestBody"]
    assert set(body["content"]) == {"application/json"}


def test_cached_responses_document_their_validators(document):
    detail = document["paths"][f"{API}/policies/{{page_id}}/"]["get"]["responses"]
    for status in ("200", "304"):
        assert {"ETag", "Cache-Control"} <= set(detail[status]["headers"])
        assert not any(h.get("required") for h in detail[status]["headers"].values())


def test_lists_link_to_their_items(document):
    policies = document["paths"][f"{API}/policies/"]["get"]["responses"]["200"]
    [link] = policies["links"].values()
    detail = document["paths"][f"{API}/policies/{{page_id}}/"]["get"]
    assert link["operationId"] == detail["operationId"]
    assert link["parameters"] == {"page_id": "$response.body#/items/0/id"}
