"""The reading-level report, as a staff member of the Editors group uses it:
live pages above the target per language, sortable, exported as CSV."""

import csv
import io

import pytest
from django.test import TestCase
from django.urls import reverse

from plugins.plainlanguage.models import ReadingLevel

REPORT = reverse("trust_plainlanguage:report")


def listed_titles(client, **params):
    response = client.get(REPORT, params)
    assert response.status_code == 200, response.status_code
    return [level.page.title for level in response.context["object_list"]]


def test_the_report_lists_live_pages_above_the_target_hardest_first(
    editor_client, world
):
    hard, spanish = (
        ReadingLevel.objects.get(page=world.page(name)) for name in ("hard", "spanish")
    )
    assert hard.grade > spanish.grade > 8
    assert listed_titles(editor_client) == [
        "License-plate readers",
        "Lectores de matrículas",
    ]


def test_the_report_is_filtered_by_language_and_sorted_by_any_column(
    editor_client, world
):
    assert listed_titles(editor_client, language_code="es") == [
        "Lectores de matrículas"
    ]
    assert listed_titles(editor_client, ordering="grade") == [
        "Lectores de matrículas",
        "License-plate readers",
    ]
    assert listed_titles(editor_client, ordering="page__title") == [
        "Lectores de matrículas",
        "License-plate readers",
    ]


def test_a_higher_target_or_an_unpublished_page_leaves_the_report(
    editor_client, world, settings
):
    settings.CMS_READING_GRADE_TARGET = 12
    assert listed_titles(editor_client) == ["License-plate readers"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        world.page("hard").unpublish()
    assert listed_titles(editor_client) == []


def test_the_report_exports_csv(editor_client, world):
    response = editor_client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.getvalue().decode("utf-8-sig"))))
    assert rows[0] == [
        "Page",
        "Locale",
        "Type",
        "Grade",
        "Target",
        "Measure",
        "Score",
        "Words",
        "Measured",
        "Page id",
    ]
    hard = ReadingLevel.objects.get(page=world.page("hard"))
    assert rows[1][:7] == [
        "License-plate readers",
        "en",
        "policy",
        str(hard.grade),
        "8",
        "Flesch-Kincaid grade",
        str(hard.score),
    ]
    assert rows[2][:2] == ["Lectores de matrículas", "es"]
    assert len(rows) == 3


def test_the_report_is_in_the_reports_menu(editor_client, world):
    response = editor_client.get(reverse("wagtailadmin_home"))
    assert REPORT in response.content.decode()


@pytest.mark.parametrize("params", [{}, {"export": "csv"}])
def test_someone_without_admin_access_is_sent_to_sign_in(client, world, db, params):
    client.force_login(world.user("outsider"))
    response = client.get(REPORT, params)
    assert response.status_code == 302
    assert "login" in response["Location"]
