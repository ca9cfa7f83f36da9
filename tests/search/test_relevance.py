"""Relevance: judged queries over the demo content, in English and Spanish.

The demo (``manage.py load_demo``) is loaded once for the module, inside a
transaction rolled back at the end. Each judged query names the one result a
resident is looking for, by the English page's slug (its translations share
its translation key) or the English FAQ's question. The mean reciprocal rank
(1 for a first place, 1/2 for a second, 0 when missing from the first 20) must
stay above a floor; the figures are printed with ``-s``.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from wagtail.models import Page

from plugins.faqs.models import FAQ
from tests.search.conftest import search

# (query, locale, type, English slug or question)
JUDGED = [
    ("license plate", None, "policy", "license-plate-readers"),
    ("package theft", None, "tip", "protect-your-packages"),
    ("facial recognition", None, "faq", "Does the department use facial recognition?"),
    ("body-worn cameras", "en", "policy", "body-worn-cameras"),
    ("drone policy", "en", "policy", "drones"),
    ("car break-ins", "en", "tip", "prevent-car-break-ins"),
    ("phone scams", "en", "tip", "spot-phone-scams"),
    ("catalytic converter", "en", "story", "catalytic-converter-thefts-stopped"),
    ("send camera footage", "en", "guide", "sharing-your-camera-footage"),
    ("missing man found", "en", "story", "missing-man-found-safe"),
    (
        "how long do you keep plate data",
        "en",
        "faq",
        "How long do you keep license-plate reader data?",
    ),
    ("National Night Out", "en", "award", "elm-street-neighborhood-safety-award"),
    ("home safe while traveling", "en", "tip", "home-safe-while-you-travel"),
    ("someone stole my package from the porch", "en", "tip", "protect-your-packages"),
    ("scam call pretending to be police", "en", "tip", "spot-phone-scams"),
    (
        "what happens after I report a crime",
        "en",
        "guide",
        "what-to-expect-during-an-investigation",
    ),
    (
        "immigration enforcement plate data",
        "en",
        "faq",
        "Can immigration authorities see plate-reader data?",
    ),
    (
        "call 911 or non-emergency",
        "en",
        "faq",
        "When should I call 911 and when the non-emergency line?",
    ),
    ("register my home camera", "en", "faq", "What is the voluntary camera registry?"),
    ("search and rescue volunteers", "en", "award", "search-and-rescue-commendation"),
    ("kids online", "en", "tip", "online-safety-for-children"),
    ("matrícula", "es", "policy", "license-plate-readers"),
    ("robo de paquetes", "es", "tip", "protect-your-packages"),
    ("cámaras corporales", "es", "policy", "body-worn-cameras"),
    ("estafas telefónicas", "es", "tip", "spot-phone-scams"),
    ("convertidores catalíticos", "es", "story", "catalytic-converter-thefts-stopped"),
    (
        "reconocimiento facial",
        "es",
        "faq",
        "Does the department use facial recognition?",
    ),
    ("informe policial", "es", "faq", "How do I get a copy of a police report?"),
    (
        "denunciar un delito",
        "es",
        "guide",
        "what-to-expect-during-an-investigation",
    ),
    ("información anónima", "es", "faq", "Can I share information anonymously?"),
    ("casa segura viaje", "es", "tip", "home-safe-while-you-travel"),
    ("auto robado", "es", "story", "stolen-car-found-within-hours"),
]

# Measured on the demo: SQLite 0.92 / PostgreSQL 0.93 overall (see the report).
FLOOR = {"all": 0.85, "en": 0.8, "es": 0.8}


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, demo_media):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=demo_media),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_site(demo, db, settings, demo_media):
    settings.MEDIA_ROOT = demo_media


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


@pytest.mark.parametrize(("query", "locale", "kind", "key"), JUDGED)
def test_judged_query_finds_its_answer_near_the_top(
    client, demo_site, query, locale, kind, key
):
    position = rank(client, query, locale, kind, key)
    assert position is not None and position <= 10, (query, position)


def test_mean_reciprocal_rank(client, demo_site, record_property):
    ranks = {}
    for query, locale, kind, key in JUDGED:
        ranks[(query, locale)] = rank(client, query, locale, kind, key)

    def mrr(language):
        chosen = [
            position
            for (query, locale), position in ranks.items()
            if language == "all" or (locale or "en") == language
        ]
        return sum(1 / p if p else 0 for p in chosen) / len(chosen)

    figures = {language: round(mrr(language), 3) for language in FLOOR}
    misses = {key: position for key, position in ranks.items() if position != 1}
    record_property(f"mrr_{connection.vendor}", figures)
    print(f"\nMRR on {connection.vendor}: {figures}; not first: {misses}")  # noqa: T201
    for language, floor in FLOOR.items():
        assert figures[language] >= floor, (connection.vendor, figures, misses)
