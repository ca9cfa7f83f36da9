"""The demo loader without a loaded demo: a failure writes nothing, bad options
are refused, and the content data refers only to objects it defines. (Kept apart
from test_demo_loader.py, whose demo stays loaded for its whole module.)"""

import re

import pytest
from django.core.management.base import CommandError
from wagtail.models import Site

from cms.demo import content
from cms.demo.translations import es as spanish
from cms.models import HomePage
from tests.cms.test_demo_loader import database_counts, load_demo


def test_missing_translation_fails_loudly_and_writes_nothing(db, monkeypatch, settings):
    missing = "Our commitments"
    monkeypatch.delitem(spanish.STRINGS, missing)
    before = database_counts()
    welcome = Site.objects.get(is_default_site=True).root_page_id

    with pytest.raises(CommandError, match=missing):
        load_demo()

    assert database_counts() == before
    assert Site.objects.get(is_default_site=True).root_page_id == welcome
    assert not HomePage.objects.exists()
    # The image files written before the failure are removed as well.
    assert not list(settings.MEDIA_ROOT.rglob("*.png"))


def test_negative_extra_pages_is_refused(db):
    with pytest.raises(CommandError, match="--extra-pages"):
        load_demo("--extra-pages", "-1")


def test_content_data_refers_only_to_known_objects():
    known = {
        "image": {entry["key"] for entry in content.IMAGES},
        "document": {entry["key"] for entry in content.DOCUMENTS},
        "faq": {entry["key"] for entry in content.FAQS},
        "page": {
            entry["key"]
            for entry in [
                *content.INDEXES,
                *content.GUIDES,
                *content.TIPS,
                *content.POLICIES,
                *content.STORIES,
                *content.AWARDS,
            ]
        },
    }
    text = repr(
        [content.HOME, content.TECHNOLOGIES, content.GUIDES, content.POLICIES]
        + [content.STORIES, content.TIPS, content.AWARDS]
    )
    references = re.findall(r"@(image|document|faq|page):([a-z0-9-]+)", text)
    assert references
    for kind, key in references:
        assert key in known[kind], (kind, key)
