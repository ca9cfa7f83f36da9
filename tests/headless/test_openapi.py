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
