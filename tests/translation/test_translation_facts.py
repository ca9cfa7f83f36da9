"""Every page detail says what a reader must know of its language: the
`translation` facts, from real wagtail-localize translations. A fresh
translation is current; publishing its source makes it outdated; syncing it
again clears that; a page shown in a language it was not translated into says
it is a fallback. Each change shows on the next request, cached or not."""

import datetime

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation

from plugins.headless import caching
from plugins.headless.endpoints import source_changed_since
from plugins.translation.status import CURRENT, OUTDATED, translation_status
from tests import factories, helpers
from tests.databases import settle_deferred_checks
from tests.helpers import run_on_commit, translate_strings

API = "/api/v1"


def publish(page, **changes):
    return run_on_commit(helpers.publish, page, **changes)


def build_world():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    index = publish(factories.PolicyIndexPageFactory(parent=home))
    policy = publish(
        factories.PolicyPageFactory(
            parent=index,
            title="License-plate readers",
            summary="Searches are audited twice a year.",
        )
    )
    translate_strings(home, locales["es"])
    translate_strings(index, locales["es"])
    translation = translate_strings(policy, locales["es"])
    return {
        "policy": policy,
        "spanish": translation.get_target_instance(),
        "translation": translation,
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        built = build_world()
        settle_deferred_checks()
        yield {name: (type(obj), obj.pk) for name, obj in built.items()}
        transaction.set_rollback(True)


@pytest.fixture
def site(db, world):
    return {name: model.objects.get(pk=pk) for name, (model, pk) in world.items()}


def facts(client, page_id, **params):
    query = "&".join(f"{key}={value}" for key, value in params.items())
    response = client.get(f"{API}/policies/{page_id}/?{query}")
    assert response.status_code == 200, response.content
    return response.json()["translation"]


def current_label(policy):
    return policy.versions.order_by("-published_at", "-pk").first().label


def test_a_fresh_translation_is_current_and_names_its_source(client, site):
    policy, spanish = site["policy"], site["spanish"]
    told = facts(client, spanish.pk)
    assert told["source_locale"] == "en"
    assert (told["source_id"], told["source_path"]) == (
        policy.pk,
        "/en/policies/license-plate-readers/",
    )
    assert told["source_version"] == current_label(policy)
    assert told["outdated"] is False
    assert told["fallback"] is False


def test_publishing_the_source_makes_the_cached_translation_outdated(client, site):
    policy, spanish = site["policy"], site["spanish"]
    assert facts(client, spanish.pk)["outdated"] is False  # now cached
    policy = publish(
        policy,
        summary="Searches are audited every quarter.",
        change_note="Quarterly audits.",
        version_kind="major",
    )
    told = facts(client, spanish.pk)
    assert told["outdated"] is True
    assert told["source_version"] == current_label(policy)
    # The source itself is never outdated.
    assert facts(client, policy.pk)["outdated"] is False


def test_syncing_the_translation_again_clears_outdated(client, site):
    policy, spanish = site["policy"], site["spanish"]
    publish(policy, summary="Searches are audited every quarter.", change_note="Q.")
    assert facts(client, spanish.pk)["outdated"] is True  # now cached
    site["translation"].source.update_from_db()
    assert facts(client, spanish.pk)["outdated"] is False


def test_a_translation_whose_sync_is_stopped_compares_publication_dates(client, site):
    policy, spanish = site["policy"], site["spanish"]
    Translation.objects.filter(pk=site["translation"].pk).update(enabled=False)
    assert facts(client, spanish.pk)["outdated"] is False
    publish(policy, summary="Searches are audited every quarter.", change_note="Q.")
    assert facts(client, spanish.pk)["outdated"] is True
    publish(spanish)
    assert facts(client, spanish.pk)["outdated"] is False


def dashboard_status(page, language_code):
    """The translation dashboard's status of ``page`` in a language."""
    (row,) = [
        row
        for row in translation_status(models=[Page])
        if row.source_id == page.pk and row.language_code == language_code
    ]
    return row.status


def republish_source(site):
    publish(site["policy"], summary="Audited every quarter.", change_note="Q.")


def stop_sync_then_republish_source(site):
    Translation.objects.filter(pk=site["translation"].pk).update(enabled=False)
    republish_source(site)


def stop_sync_then_republish_both(site):
    stop_sync_then_republish_source(site)
    publish(site["spanish"])


@pytest.mark.parametrize(
    ("change", "outdated", "status"),
    [
        (lambda site: None, False, CURRENT),
        (republish_source, True, OUTDATED),
        (stop_sync_then_republish_source, True, OUTDATED),
        (stop_sync_then_republish_both, False, CURRENT),
    ],
    ids=["fresh", "source-republished", "by-hand-behind", "by-hand-caught-up"],
)
def test_the_api_and_the_dashboard_agree_on_outdated(
    client, site, change, outdated, status
):
    """One rule (``source_changed_since``) decides both: a translator's
    dashboard never calls current what residents are told is outdated."""
    change(site)
    assert facts(client, site["spanish"].pk)["outdated"] is outdated
    assert dashboard_status(site["policy"], "es") == status


def test_the_rule_compares_the_sync_time_or_else_the_publication():
    early, late = datetime.datetime(2026, 1, 1), datetime.datetime(2026, 2, 1)
    assert source_changed_since(late, early, late) is True  # behind its sync
    assert source_changed_since(early, late, early) is False
    assert source_changed_since(late, None, early) is True  # by hand, behind
    assert source_changed_since(early, None, late) is False
    assert source_changed_since(None, None, None) is False  # never published


def test_a_page_shown_in_a_language_it_lacks_says_fallback(client, site):
    policy = site["policy"]
    told = facts(client, policy.pk, locale="ar")
    assert told["fallback"] is True
    assert told["outdated"] is False
    assert told["source_locale"] == "en"
    response = client.get(f"{API}/policies/{policy.pk}/?locale=ar&fallback=false")
    assert response.status_code == 404


def detail_queries(client, page_id):
    """A detail's queries when the site's lookups are warm and the page's
    response is not."""
    url = f"{API}/policies/{page_id}/"
    client.get(url)
    caching.invalidate(f"page:{page_id}")
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return [query["sql"] for query in context.captured_queries]


def test_a_translation_costs_the_queries_of_its_source(client, site):
    source = detail_queries(client, site["policy"].pk)
    spanish = detail_queries(client, site["spanish"].pk)
    # Each reads the versions of every translation of the policy in one
    # query: a translation shows its own log and its source's current
    # version, and costs nothing more than its source.
    assert len([sql for sql in source if "policyversion" in sql]) == 1
    assert len([sql for sql in spanish if "policyversion" in sql]) == 1
    assert len(spanish) == len(source)
    assert len(source) <= 12, "\n".join(source)


def test_a_translation_shows_its_own_versions_and_its_sources_current_one(client, site):
    policy, spanish = site["policy"], site["spanish"]
    publish(policy, summary="Searches are audited every quarter.")
    body = client.get(f"{API}/policies/{spanish.pk}/").json()
    assert body["translation"]["source_version"] == current_label(policy)
    assert body["version_count"] == spanish.versions.count()
    assert body["version_count"] != policy.versions.count()
