"""Relevance: judged queries over the demo content, in every content language.

The demo (``manage.py load_demo``) is a copy of the one the worker loaded once
(``tests/demo_world.py``). All judged queries run in one test. Each judged
query (``tests/search/judged.py``) names the one result a resident is looking
for; its reciprocal rank is 1 for a first place, 1/2 for a second, 0 when
missing from the first 20. The mean per language must reach the floor, and
every query must find its item in the first ten. The table is printed with
``-s`` and recorded as a property.
"""

import pytest
from django.db import connection
from wagtail.models import Page

from plugins.faqs.models import FAQ
from tests.search.conftest import search
from tests.search.judged import JUDGED, LANGUAGES

FLOOR = 0.8


@pytest.fixture
def demo_site(demo_database, db, settings):
    settings.MEDIA_ROOT = demo_database.media


def target(kind, key, locale):
    code = locale or "en"
    if kind == "faq":
        source = FAQ.objects.get(question=key, locale__language_code="en")
        return FAQ.objects.get(
            translation_key=source.translation_key, locale__language_code=code
        ).pk
    source = Page.objects.get(slug=key, locale__language_code="en")
    return Page.objects.get(
        translation_key=source.translation_key, locale__language_code=code
    ).pk


def rank(client, query, locale, kind, key):
    params = {"limit": 20}
    if locale:
        params["locale"] = locale
    status, data = search(client, query, **params)
    assert status == 200, data
    wanted = (kind, target(kind, key, locale))
    hits = [(item["type"], item["id"]) for item in data["items"]]
    return hits.index(wanted) + 1 if wanted in hits else None


def mean_reciprocal_rank(positions):
    return sum(1 / p if p else 0 for p in positions) / len(positions)


def test_residents_find_what_they_look_for_in_every_language(
    client, demo_site, record_property
):
    ranks = {}
    for query, locale, (kind, key) in JUDGED:
        ranks[query, locale] = rank(client, query, locale, kind, key)
    figures = {}
    for language in LANGUAGES:
        positions = [
            position
            for (_query, locale), position in ranks.items()
            if (locale or "en") == language
        ]
        assert len(positions) >= 8, language
        figures[language] = round(mean_reciprocal_rank(positions), 3)
    misses = {key: position for key, position in ranks.items() if position != 1}
    record_property(f"mrr_{connection.vendor}", figures)
    print(f"\nMRR on {connection.vendor}: {figures}; not first: {misses}")  # noqa: T201
    far = {key: rank for key, rank in misses.items() if not rank or rank > 10}
    assert not far, (connection.vendor, far)
    assert all(figure >= FLOOR for figure in figures.values()), (
        connection.vendor,
        figures,
        misses,
    )
