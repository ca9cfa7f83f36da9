def test_policy_detail_has_typed_fields(
    client, policy, technology, faq, section_indexes
):
    response = client.get(f"/api/v1/policies/{policy.pk}/")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["type"] == "policy"
    assert data["locale"] == "en"
    assert data["path"] == "/en/policies/license-plate-readers/"
    assert data["tags"] == ["alpr"]
    assert data["technologies"] == [
        {"id": technology.pk, "name": technology.name, "kind": technology.kind}
    ]
    types = [block["type"] for block in data["body"]]
    assert types == ["section", "paragraph", "image", "faqs"]
    paragraph = data["body"][1]["value"]
    assert 'href="/en/policies/"' in paragraph
    image = data["body"][2]["value"]
    assert [r["width"] for r in image["renditions"]] == [320, 640, 1024, 1600]
    assert image["alt"] and image["credit"] == "Riverside PD"
    assert data["body"][3]["value"]["faqs"][0]["question"] == faq.question
    assert data["json_ld"]["@type"] == "GovernmentService"
