"""Fixtures for the community voice tests, imported by each test module (the
folder's conftest.py belongs to the awards tests)."""

import re

import pytest

from tests import factories
from tests.helpers import publish

__all__ = [
    "api_post",
    "csrf_client",
    "event_index",
    "feedback_page",
    "live_policy",
]


@pytest.fixture
def feedback_page(home_page):
    return publish(factories.FeedbackPageFactory(parent=home_page))


@pytest.fixture
def live_policy(section_indexes):
    return publish(
        factories.PolicyPageFactory(
            parent=section_indexes["policies"], title="License-plate readers"
        )
    )


@pytest.fixture
def event_index(home_page):
    return publish(factories.EventIndexPageFactory(parent=home_page))


@pytest.fixture
def csrf_client(db):
    from django.test import Client

    return Client(enforce_csrf_checks=True)


@pytest.fixture
def api_post(client, db):
    def post(data, **extra):
        return client.post(
            "/api/v1/feedback/", data, content_type="application/json", **extra
        )

    return post


REFERENCE = re.compile(r"^FB-\d{4}-[2-9A-HJKMNP-TV-Z]{8}$")
