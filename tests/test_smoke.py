from tests import factories


def test_policy_page_renders_with_language_attributes(client, section_indexes):
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="Drones"
    )
    response = client.get(policy.url)
    assert response.status_code == 200
    assert b'lang="en" dir="ltr"' in response.content
    assert b"Drones" in response.content
