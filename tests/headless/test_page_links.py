"""A page chosen in a block (related content, a page chooser) leads the reader
to that page in their own language, as rich text links do: the chooser keeps
the source page, and a Spanish page linking to "our policies" should not send
its reader to the English site."""

import uuid

import pytest

from tests.headless.conftest import page_maker

API = "/api/v1"


def related_to(page):
    value = {"page": page.pk, "label": ""}
    return [{"type": "related_content", "value": value, "id": str(uuid.uuid4())}]


def linked(client, page):
    body = client.get(f"{API}/pages/{page.pk}/").json()["body"]
    return next(block["value"] for block in body if block["type"] == "related_content")


@pytest.fixture
def linking(home_page, section_indexes, publish_translation):
    """(policy, its Spanish translation, a tip whose related content block
    chose the English policy)."""
    make_page = page_maker(home_page, section_indexes)
    policy = make_page("policy", title="License-plate readers")
    tip = make_page("tip", title="Lock it", body=related_to(policy))
    return policy, publish_translation(policy, "es"), tip


def test_a_chosen_page_leads_to_the_readers_language(
    client, linking, publish_translation
):
    policy, spanish_policy, tip = linking
    spanish_tip = publish_translation(tip, "es")

    link = linked(client, spanish_tip)
    assert (link["id"], link["path"]) == (spanish_policy.pk, spanish_policy.url)
    assert spanish_policy.url.startswith("/es/")
    assert linked(client, tip)["id"] == policy.pk
    page = client.get(spanish_tip.url).content.decode()
    assert f'href="{spanish_policy.url}"' in page
    assert f'href="{policy.url}"' not in page


def test_without_a_public_translation_it_leads_to_the_page_itself(
    client, linking, publish_translation
):
    policy, spanish_policy, tip = linking
    spanish_policy.unpublish()
    spanish_tip = publish_translation(tip, "es")

    link = linked(client, spanish_tip)
    assert (link["id"], link["path"]) == (policy.pk, policy.url)
    assert f'href="{policy.url}"' in client.get(spanish_tip.url).content.decode()


def test_the_link_in_the_readers_language_costs_no_query_of_its_own(
    client, linking, publish_translation, home_page, section_indexes
):
    # A detail reads its links with its translations, in one query: a page
    # chosen in a block adds only the chooser's own read of it (Wagtail's:
    # the page, then as its specific type).
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from plugins.headless import caching

    policy, _spanish_policy, tip = linking
    spanish_tip = publish_translation(tip, "es")
    plain = page_maker(home_page, section_indexes)("tip", title="Too", body=[])
    spanish_plain = publish_translation(plain, "es")

    def queries(page):
        caching.forget_responses()
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{API}/pages/{page.pk}/").status_code == 200
        return len(captured)

    queries(spanish_plain)  # the site's values (roots, locales) read once
    assert queries(spanish_tip) == queries(spanish_plain) + 2
