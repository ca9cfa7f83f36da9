"""Against a real cluster, when ELASTICSEARCH_URL is set; skipped otherwise.

The search API and leak suites also run against the cluster (their
``search_index`` fixture); these tests check what only a cluster can: the
analyzers it actually built, and writes that reach it after commit.
"""

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.search.backends import get_search_backend

from plugins.search.arabic import stem
from tests import factories
from tests.search.conftest import (
    ids_of,
    live_cluster,
    needs_elasticsearch,
    search,
    translate,
)

pytestmark = needs_elasticsearch


@pytest.fixture
def cluster(settings):
    with live_cluster(settings) as prefix:
        yield prefix


@pytest.fixture
def page_index(cluster, section_indexes):
    call_command("update_index", verbosity=0)
    return f"{cluster}wagtailcore_page"


def tokens(index, analyzer, text):
    es = get_search_backend().es
    response = es.indices.analyze(index=index, analyzer=analyzer, text=text)
    return [token["token"] for token in response["tokens"]]


def test_the_cluster_built_the_language_sub_fields(page_index):
    es = get_search_backend().es
    mapping = next(iter(es.indices.get_mapping(index=page_index).values()))
    fields = mapping["mappings"]["properties"]["_all_text"]["fields"]
    for analyzer in (
        "english",
        "trust_spanish",
        "trust_arabic",
        "trust_chinese",
        "trust_vietnamese",
    ):
        assert fields[analyzer]["analyzer"] == analyzer


def test_the_analyzers_stem_each_language(page_index):
    assert tokens(page_index, "trust_spanish", "matrículas") == tokens(
        page_index, "trust_spanish", "matricula"
    )
    assert tokens(page_index, "english", "readers") == ["reader"]
    # Vietnamese: folded and original forms, so both spellings match.
    assert set(tokens(page_index, "trust_vietnamese", "Biển")) >= {"bien", "biển"}
    # Arabic: with and without the article and the plural, one stem, the one
    # the database backends index (plugins.search.arabic).
    assert tokens(page_index, "trust_arabic", "الكاميرات") == tokens(
        page_index, "trust_arabic", "كاميرا"
    )
    assert tokens(page_index, "trust_arabic", "الكاميرات") == [stem("الكاميرات")]


def test_chinese_is_searched_by_word(client, cluster, section_indexes, locales):
    """Whatever plugins the cluster has, a two-character word finds the page
    whose text holds it inside a longer run."""
    english = factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="License-plate readers"
    )
    english.save_revision().publish()
    chinese = translate(
        english,
        locales["zh-hans"],
        title="车牌识别器",
        summary="我们只用车牌识别摄像头",
    )
    call_command("update_index", verbosity=0)
    get_search_backend().refresh_indexes()
    _status, data = search(client, "车牌", locale="zh-hans")
    assert ids_of(data) == [chinese.pk]
    _status, data = search(client, "摄像头", locale="zh-hans")
    assert ids_of(data) == [chinese.pk]


@pytest.mark.django_db(transaction=True)
def test_a_publish_reaches_the_cluster_after_commit(client, cluster, section_indexes):
    call_command("update_index", verbosity=0)
    with transaction.atomic():
        policy = factories.PolicyPageFactory(
            parent=section_indexes["policies"],
            title="Drones",
            summary="Small drones help find missing people.",
        )
        policy.save_revision().publish()
    get_search_backend().refresh_indexes()
    _status, data = search(client, "drones", locale="en")
    assert ids_of(data) == [policy.pk]

    policy.delete()
    get_search_backend().refresh_indexes()
    _status, data = search(client, "drones", locale="en")
    assert data["count"] == 0
