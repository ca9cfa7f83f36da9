"""Contract fuzzing: schemathesis against the API's own OpenAPI document.

Every operation the document describes is called with generated requests (the
examples, coverage and fuzzing phases, then the stateful phase, which chains
operations through the links schemathesis infers), and every response is held
to every check schemathesis has: no server error, only documented statuses,
media types and headers, bodies that match their schema, valid requests
accepted and invalid ones refused. A failure means the document and the server
disagree: fix whichever is wrong.

The world is the demo (``manage.py load_demo``), a copy of the one the worker
loaded once (``tests/demo_world.py``); each test's writes are rolled back.
Requests go through Django's WSGI handler in-process, with the seed fixed and
the example count bounded, so a run is repeatable and takes well under two minutes.
"""

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from hypothesis.stateful import run_state_machine_as_test

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates

OPENAPI_PATH = "/api/v1/openapi.json"
SEED = 20261217
MAX_EXAMPLES = 25

CONFIG = {
    "seed": SEED,
    "suppress-health-check": ["too_slow", "filter_too_much", "data_too_large"],
    "generation": {
        "max-examples": MAX_EXAMPLES,
        "deterministic": True,
        # No example database: nothing is written into the working tree, and
        # every run generates the same cases.
        "database": "none",
    },
    "checks": {"enabled": True},
    "phases": {"stateful": {"max-steps": 10}},
}


@pytest.fixture(scope="module")
def demo_world(demo_database):
    """The demo, a copy of the module's own (``tests/demo_world.py``). Feedback's
    rate limit is raised so that submissions are accepted, not all refused with
    a 429 after the first few."""
    with override_settings(CMS_FEEDBACK_RATE_LIMIT="100000/m"):
        yield demo_database.media


@pytest.fixture(autouse=True)
def demo_media(demo_world, settings):
    # The demo's images live in the module's media folder (each test's own
    # MEDIA_ROOT would have none of them).
    settings.MEDIA_ROOT = demo_world


class InTestTransaction(WSGIHandler):
    """Django's WSGI handler, keeping the database connection open at the start
    and end of each request, as Django's test client does: closing it would
    end the transaction each test's writes live in."""

    def __call__(self, environ, start_response):
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = super().__call__(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                response.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


schema = schemathesis.openapi.from_wsgi(
    OPENAPI_PATH, InTestTransaction(), config=schemathesis.Config.from_dict(CONFIG)
)


@pytest.fixture
def api_schema(demo_world, db):
    return schema


def test_every_documented_operation_is_fuzzed(api_schema, client):
    document = client.get(OPENAPI_PATH).json()
    documented = {
        f"{method.upper()} {path}"
        for path, methods in document["paths"].items()
        for method in methods
    }
    fuzzed = {result.ok().label for result in api_schema.get_all_operations()}

    assert fuzzed == documented
    assert "POST /api/v1/feedback/" in fuzzed


@schema.parametrize()
@pytest.mark.usefixtures("demo_world", "db")
def test_every_operation_keeps_its_contract(case):
    case.call_and_validate()


def test_stateful_sequences_keep_the_contract(api_schema):
    # Follows the document's links: a list, its first item, a policy's
    # versions and one of them.
    machine = api_schema.as_state_machine()
    run_state_machine_as_test(
        machine, settings=api_schema.config.get_hypothesis_settings()
    )


def test_a_rate_limited_submission_keeps_the_contract(api_schema, settings):
    settings.CMS_FEEDBACK_RATE_LIMIT = "1/h"
    send = api_schema["/api/v1/feedback/"]["POST"]
    case = send.Case(body={"topic": "general", "message": "Thank you."})

    assert case.call_and_validate().status_code == 201
    # With its Retry-After, as documented.
    assert case.call_and_validate().status_code == 429
