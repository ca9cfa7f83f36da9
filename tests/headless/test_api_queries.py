"""Query counts are behaviour: they must not grow with the list length."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from plugins.headless import caching
from tests import factories
from tests.headless.conftest import rich_body


def warm_up(client):
    """The first requests fill Wagtail's site-root cache and the cache's own
    lookups (the next expiry, read when a response is kept: an empty list is
    not); count the steady state."""
    assert client.get("/api/v1/policies/?limit=1").status_code == 200
    assert client.get("/api/v1/locales/").status_code == 200


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(context.captured_queries), response


def cold_details(client, *policies):
    """(queries, response) of each policy's detail, in the steady state: the
    site's cached lookups are warm, the page's response isn't."""
    found = []
    for policy in policies:
        client.get(f"/api/v1/policies/{policy.pk}/")
        caching.invalidate(f"page:{policy.pk}")
        found.append(count_queries(client, f"/api/v1/policies/{policy.pk}/"))
    return found


def test_list_of_fifty_policies_costs_at_most_fifteen_queries(client, make_policy):
    for number in range(50):
        make_policy(title=f"Policy {number:02d}")
    warm_up(client)
    queries, response = count_queries(client, "/api/v1/policies/?limit=50")
    assert response.json()["count"] == 50
    assert queries <= 15, queries


def test_list_query_count_does_not_grow_with_length(client, make_policy):
    for number in range(12):
        make_policy(title=f"Policy {number:02d}")
    warm_up(client)
    short, _ = count_queries(client, "/api/v1/policies/?limit=2")
    long, _ = count_queries(client, "/api/v1/policies/?limit=12")
    assert short == long


def test_detail_costs_at_most_twelve_queries(client, policy):
    # Steady state: the site's cached lookups are warm, this page's response isn't.
    client.get(f"/api/v1/policies/{policy.pk}/")
    caching.invalidate(f"page:{policy.pk}")
    queries, response = count_queries(client, f"/api/v1/policies/{policy.pk}/")
    assert response.json()["id"] == policy.pk
    assert queries <= 12, queries


def test_cached_repeat_runs_no_query(client, policy, django_assert_num_queries):
    client.get(f"/api/v1/policies/{policy.pk}/")
    client.get("/api/v1/policies/")
    with django_assert_num_queries(0):
        assert client.get(f"/api/v1/policies/{policy.pk}/").status_code == 200
        assert client.get("/api/v1/policies/").status_code == 200


def linking(*pages):
    return "".join(
        f'<p>See <a linktype="page" id="{page.pk}">{page.title}</a>.</p>'
        for page in pages
    )


@pytest.fixture
def link_targets(section_indexes):
    return list(section_indexes.values())


def test_faq_list_resolves_every_answer_link_in_one_query(
    client, locales, link_targets
):
    faqs = [
        factories.FAQFactory(
            answer=linking(link_targets[number % len(link_targets)]),
            locale=locales["en"],
            sort_order=number,
        )
        for number in range(12)
    ]
    warm_up(client)
    short, _ = count_queries(client, "/api/v1/faqs/?limit=2")
    long, response = count_queries(client, "/api/v1/faqs/?limit=12")
    assert short == long
    answers = {item["id"]: item["answer"] for item in response.json()["items"]}
    for number, faq in enumerate(faqs):
        target = link_targets[number % len(link_targets)]
        assert f'<a href="{target.url}">{target.title}</a>' in answers[faq.pk]


def test_a_faq_list_in_two_languages_resolves_its_links_in_one_query(
    client, locales, link_targets
):
    for number in range(6):
        factories.FAQFactory(
            answer=linking(link_targets[number % len(link_targets)]),
            locale=locales["es" if number % 2 else "en"],
            sort_order=number,
        )
    warm_up(client)
    one_language, _ = count_queries(client, "/api/v1/faqs/?limit=1")
    two_languages, response = count_queries(client, "/api/v1/faqs/?limit=6")
    assert {item["locale"] for item in response.json()["items"]} == {"en", "es"}
    # One more, whatever the count: the translations' sources, read once to
    # tell which are outdated (representation.outdated_snippets).
    assert two_languages == one_language + 1


def test_a_detail_resolves_the_links_of_all_its_texts_in_one_query(
    client, make_policy, image, faq, locales, link_targets
):
    one_link = make_policy(title="One link")
    linking_faqs = [
        factories.FAQFactory(answer=linking(target), locale=locales["en"])
        for target in link_targets[1:3]
    ]
    body = [
        *rich_body(image, faq, link_targets[0]),
        *(factories.paragraph(linking(target)) for target in link_targets[1:4]),
        {
            "type": "faqs",
            "value": {"title": "More", "faqs": [f.pk for f in linking_faqs]},
        },
    ]
    many_links = make_policy(
        title="Many links", body=body, how_to_comment=linking(link_targets[4])
    )
    (few, _), (many, response) = cold_details(client, one_link, many_links)
    assert many == few
    data = response.json()
    html = " ".join(
        str(block["value"]) for block in data["body"] if block["type"] != "image"
    )
    assert f'<a href="{link_targets[0].url}">the index</a>' in html
    for target in link_targets[1:4]:
        assert f'<a href="{target.url}">{target.title}</a>' in html
    assert f'<a href="{link_targets[4].url}">' in data["how_to_comment"]


def test_faq_page_query_count_does_not_grow_with_its_faqs(
    client, locales, section_indexes, link_targets
):
    faq_page = section_indexes["faqs"]
    url = f"/api/v1/pages/{faq_page.pk}/"

    def add_faqs(count):
        for number in range(count):
            factories.FAQFactory(
                answer=linking(link_targets[number % len(link_targets)]),
                locale=locales["en"],
            )
        # Steady state: the site's cached lookups are warm, the page's isn't.
        client.get(url)
        caching.invalidate(f"page:{faq_page.pk}", "type:faq")
        return count_queries(client, url)

    few, _ = add_faqs(2)
    many, response = add_faqs(10)
    assert few == many
    answers = [
        faq["answer"]
        for group in response.json()["categories"]
        for faq in group["faqs"]
    ]
    assert len(answers) == 12
    assert all('<a href="/en/' in answer for answer in answers)


def test_a_detail_reads_its_translations_in_the_query_of_its_links(
    client, make_policy, translate, section_indexes, image, faq
):
    # The same body without its linking paragraph.
    body = rich_body(image, faq, section_indexes["policies"])
    plain = make_policy(
        title="No links", body=[b for b in body if b["type"] != "paragraph"]
    )
    linking_policy = make_policy(title="License-plate readers")
    spanish = translate(linking_policy, "es", title="Lectores de matrículas")
    (plain_count, _), (linking_count, response) = cold_details(
        client, plain, linking_policy
    )
    assert linking_count == plain_count
    data = response.json()
    assert [(t["locale"], t["id"]) for t in data["available_translations"]] == [
        ("es", spanish.pk)
    ]
    paragraph = next(b["value"] for b in data["body"] if b["type"] == "paragraph")
    assert f'<a href="{section_indexes["policies"].url}">the index</a>' in paragraph
