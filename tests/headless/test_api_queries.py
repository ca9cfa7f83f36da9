"""Query counts are behaviour: they must not grow with the list length."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from plugins.headless import caching


def warm_up(client):
    """The first request fills Wagtail's site-root cache; count the steady state."""
    assert client.get("/api/v1/policies/?limit=1").status_code == 200


def count_queries(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(context.captured_queries), response


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
