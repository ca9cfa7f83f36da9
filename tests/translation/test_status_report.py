"""The translation status report and dashboard panel, from real
wagtail-localize translations: missing, outdated and current per locale."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import StringTranslation
from wagtail_localize.synctree import synchronize_tree

from plugins.translation.status import (
    CURRENT,
    MISSING,
    OUTDATED,
    summary,
    translation_status,
)
from tests import factories


def status_of(obj, language_code):
    rows = [
        row
        for row in translation_status()
        if row.source_id == obj.pk
        and row.language_code == language_code
        and isinstance(obj, row.model)
    ]
    assert len(rows) == 1, rows
    return rows[0]


def test_each_reason_is_given_in_the_language_the_report_is_read_in(policy):
    """Reasons are translated once per language, not once per row: the
    Spanish report reads Spanish, and the English one made after it in the
    same process still reads English."""
    with translation.override("es"):
        assert status_of(policy, "vi").reason == "Sin traducir"
    with translation.override("en"):
        assert status_of(policy, "vi").reason == "Not translated"


def test_untranslated_objects_are_missing(policy, faq):
    for obj in (policy, faq):
        row = status_of(obj, "es")
        assert (row.status, row.reason) == (MISSING, "Not translated")
        assert row.action_url.endswith("?select_locale=es")
        assert "/localize/submit/" in row.action_url


def test_a_synced_copy_is_missing(policy, locales):
    synchronize_tree(locales["en"], locales["ar"])
    row = status_of(policy, "ar")
    assert row.status == MISSING
    assert row.reason == "Not translated: the source is shown"


def test_an_unpublished_translation_is_missing(policy, translate):
    translate(policy, "vi", publish=False)
    row = status_of(policy, "vi")
    assert (row.status, row.reason) == (MISSING, "Translation not published yet")
    assert row.action_url == row.target_edit_url


def test_a_published_complete_translation_is_current(policy, faq, translate):
    translate(policy, "es")
    translate(faq, "es")
    assert status_of(policy, "es").status == CURRENT
    assert status_of(faq, "es").status == CURRENT


def test_a_source_published_after_the_last_sync_is_outdated(policy, translate, publish):
    translate(policy, "es")
    policy.summary = "How and why we use plate readers."
    policy.change_note = "Clearer summary."
    publish(policy)

    row = status_of(policy, "es")
    assert (row.status, row.reason) == (
        OUTDATED,
        "The source changed since the last sync",
    )
    assert row.action_url == reverse(
        "wagtail_localize:update_translations", args=[row.translation_source_id]
    )


def test_untranslated_texts_make_a_translation_outdated(policy, translate):
    translate(policy, "es", wording={"License-plate readers": "Lectores de placas"})
    row = status_of(policy, "es")
    assert row.status == OUTDATED
    assert row.reason.endswith("texts not translated")


def test_a_sync_not_yet_published_is_outdated(policy, translate, publish):
    translation, _spanish = translate(policy, "es")
    policy.summary = "How and why we use plate readers."
    policy.change_note = "Clearer summary."
    publish(policy)
    translation.source.update_from_db()

    row = status_of(policy, "es")
    assert row.status == OUTDATED
    # The new summary and change note.
    assert row.reason.startswith("2 of ")


def test_translated_texts_not_yet_published_are_outdated(policy, translate):
    translation, _spanish = translate(policy, "es")
    string = StringTranslation.objects.filter(
        locale=translation.target_locale, context__object_id=policy.translation_key
    ).first()
    string.data = "Una traducción mejor"
    string.save()

    row = status_of(policy, "es")
    assert (row.status, row.reason) == (OUTDATED, "Translated texts not published yet")


def test_only_the_sites_pages_are_counted(policy):
    welcome = Page.objects.get(depth=2, content_type__model="page")
    rows = translation_status()
    assert policy.pk in {row.source_id for row in rows}
    assert welcome.pk not in {row.source_id for row in rows if row.kind == "page"}


def test_summary_counts_per_locale(policy, faq, translate):
    translate(policy, "es")
    translate(faq, "vi")
    counts = {
        locale.language_code: by_status
        for locale, by_status in summary(translation_status()).items()
    }
    assert list(counts) == ["ar", "es", "vi", "zh-hans"]
    # Pages: the policy and the home and policies index (translated with it).
    assert counts["es"][CURRENT] >= 2
    assert counts["vi"][CURRENT] == 1
    total = sum(counts["ar"].values())
    assert counts["ar"] == {MISSING: total, OUTDATED: 0, CURRENT: 0}


def test_the_cost_does_not_grow_with_the_content(
    section_indexes, translate, publish, policy, faq
):
    translate(policy, "es")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            translation_status()
        return len(captured)

    few = queries()
    for number in range(5):
        page = factories.PolicyPageFactory(
            parent=section_indexes["policies"], title=f"Policy {number}"
        )
        publish(page)
        translate(page, "vi")
    assert queries() == few


@pytest.fixture
def report(admin_client):
    def get(**params):
        return admin_client.get(reverse("trust_translation_status"), params)

    return get


def test_report_lists_rows_with_links(report, policy, translate):
    translate(policy, "es")
    response = report()
    assert response.status_code == 200
    html = response.content.decode()
    assert "License-plate readers" in html
    assert reverse("wagtailadmin_pages:edit", args=[policy.pk]) in html


def test_report_filters_by_locale_type_and_status(report, policy, faq, translate):
    translate(policy, "es")
    response = report(locale="es", status="current", type="trust_policies.policypage")
    rows = list(response.context["object_list"])
    assert [(row.title, row.language_code, row.status) for row in rows] == [
        ("License-plate readers", "es", CURRENT)
    ]
    response = report(locale="vi", type="trust_faqs.faq")
    assert [(row.title, row.status) for row in response.context["object_list"]] == [
        ("Who can see the data?", MISSING)
    ]


def test_report_exports_csv(report, policy, translate):
    translate(policy, "es")
    response = report(locale="es", status="current", export="csv")
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Locale,Type,Title,Status,Why,Source,Next step"
    assert any(
        line.startswith("es,policy,License-plate readers,current,") for line in lines
    )


def test_report_exports_xlsx(report, policy):
    response = report(export="xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml"
    )


def test_a_translator_lands_on_their_language(
    client, make_translator, policy, translate
):
    translate(policy, "es")
    client.force_login(make_translator("es"))
    response = client.get(reverse("trust_translation_status"))
    assert response.status_code == 200
    assert {row.language_code for row in response.context["object_list"]} == {"es"}


def test_dashboard_panel_counts_per_locale(admin_client, policy, faq, translate):
    translate(faq, "es")
    response = admin_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="translation-status"' in html or "translation-status" in html
    report_url = reverse("trust_translation_status")
    assert f"{report_url}?locale=es&amp;status=missing" in html
    assert "Spanish" in html
