"""``readability`` in every page's detail, over HTTP: the figure stored when the
page was published (no text is measured per request), null where no measure
exists, the draft's own figure in a preview."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from plugins.headless import caching
from plugins.headless.preview import make_preview_token
from plugins.plainlanguage.models import ReadingLevel
from tests import factories
from tests.plainlanguage.conftest import EASY_BODY, EASY_SUMMARY, publish


def detail(client, page, path="pages"):
    response = client.get(f"/api/v1/{path}/{page.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def api(world, db, client):
    return client


def test_an_english_detail_carries_its_flesch_kincaid_grade(api, world):
    page = world.page("hard")
    grade = ReadingLevel.objects.get(page=page).grade
    assert grade > 8
    expected = {
        "measure": "flesch-kincaid",
        "grade": grade,
        "target": 8,
        "locale": "en",
    }
    assert detail(api, page)["readability"] == expected
    assert detail(api, page, path="policies")["readability"] == expected


def test_a_spanish_detail_carries_its_fernandez_huerta_grade(api, world):
    page = world.page("spanish")
    level = ReadingLevel.objects.get(page=page)
    assert (level.measure, level.grade) == ("fernandez-huerta", 12)
    assert detail(api, page)["readability"] == {
        "measure": "fernandez-huerta",
        "grade": 12,
        "target": 8,
        "locale": "es",
    }


@pytest.mark.parametrize("name", ["vietnamese", "short"])
def test_no_measure_or_too_little_text_is_null(api, world, name):
    page = world.page(name)
    assert not ReadingLevel.objects.filter(page=page).exists()
    assert detail(api, page)["readability"] is None


def test_the_detail_reads_the_stored_figure_and_measures_nothing(api, world):
    page = world.page("hard")
    ReadingLevel.objects.filter(page=page).update(grade=42.0)
    assert detail(api, page)["readability"]["grade"] == 42.0


def test_the_figure_is_read_with_the_page_in_its_one_query(api, world):
    page = world.page("easy")
    detail(api, page)
    caching.invalidate(f"page:{page.pk}")
    with CaptureQueriesContext(connection) as captured:
        assert detail(api, page)["readability"]["measure"] == "flesch-kincaid"
    reading = [
        query["sql"]
        for query in captured.captured_queries
        if "trust_plainlanguage_readinglevel" in query["sql"]
    ]
    assert len(reading) == 1
    assert '"trust_policies_policypage"' in reading[0]


def test_publishing_measures_the_page_again_and_refreshes_its_detail(api, world):
    page = world.page("hard")
    assert detail(api, page)["readability"]["grade"] > 8
    page.summary = EASY_SUMMARY
    page.body = EASY_BODY
    with TestCase.captureOnCommitCallbacks(execute=True):
        publish(page)
    assert detail(api, page)["readability"]["grade"] <= 8


def test_the_target_follows_the_setting(api, world, settings):
    settings.CMS_READING_GRADE_TARGET = 10
    assert detail(api, world.page("hard"))["readability"]["target"] == 10


def test_a_preview_carries_the_drafts_own_figure(api, world):
    page = world.page("hard")
    page.summary = EASY_SUMMARY
    page.body = EASY_BODY
    page.save_revision()
    response = api.get(
        "/api/v1/preview/", {"token": make_preview_token(page), "id": page.pk}
    )
    assert response.status_code == 200, response.content
    assert response.json()["readability"]["grade"] <= 8
    # The live page keeps the figure measured when it was published.
    assert detail(api, page)["readability"]["grade"] > 8


def test_a_page_published_without_the_text_measured_is_measured_on_publish(api, world):
    page = factories.PolicyPageFactory(
        parent=world.page("policies"),
        title="Cameras",
        slug="cameras",
        summary="We put cameras in parks. We look at them only after a crime.",
    )
    assert detail(api, page)["readability"] is None
    publish(page)
    assert detail(api, page)["readability"]["measure"] == "flesch-kincaid"


def test_the_openapi_document_describes_the_field(api):
    document = api.get("/api/v1/openapi.json").json()
    schemas = document["components"]["schemas"]
    assert set(schemas["Readability"]["properties"]) == {
        "measure",
        "grade",
        "target",
        "locale",
    }
    field = schemas["PolicyDetail"]["properties"]["readability"]
    assert {"$ref": "#/components/schemas/Readability"} in field["anyOf"]
    assert {"type": "null"} in field["anyOf"]


def test_the_command_measures_every_live_page_again(api, world):
    ReadingLevel.objects.all().delete()
    out = io.StringIO()
    call_command("measure_reading_levels", stdout=out)
    measured = set(ReadingLevel.objects.values_list("page_id", flat=True))
    assert measured >= {world.pages[name] for name in ("hard", "easy", "spanish")}
    assert not measured & {world.pages[name] for name in ("short", "vietnamese")}
    assert (
        out.getvalue()
        .splitlines()[-1]
        .startswith(f"Reading levels: {len(measured)} pages measured")
    )
    assert detail(api, world.page("hard"))["readability"]["grade"] > 8
