def test_policy_list_is_paginated(client, make_policy):
    for number in range(3):
        make_policy(title=f"Policy {number}")
    response = client.get("/api/v1/policies/?limit=2&order=title")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["count"] == 3
    assert [item["title"] for item in data["items"]] == ["Policy 0", "Policy 1"]
    item = data["items"][0]
    assert set(item) >= {
        "id",
        "type",
        "title",
        "slug",
        "path",
        "locale",
        "available_translations",
        "first_published_at",
        "last_published_at",
        "summary",
        "tags",
        "seo",
    }


def test_generic_routes(client, policy):
    assert client.get(f"/api/v1/pages/{policy.pk}/").json()["id"] == policy.pk
    found = client.get("/api/v1/pages/find/?path=/en/policies/license-plate-readers/")
    assert found.status_code == 200, found.content
    assert found.json()["id"] == policy.pk
    assert client.get("/api/v1/pages/find/?path=/en/nope/").status_code == 404
    assert client.get("/api/v1/locales/").status_code == 200
    nav = client.get("/api/v1/navigation/?locale=en")
    assert nav.status_code == 200, nav.content
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200, schema.content[:2000]
    assert client.get("/api/v1/faqs/").status_code == 200
    assert client.get("/api/v1/technologies/").status_code == 200
