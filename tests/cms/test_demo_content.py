"""The demo loader without a loaded demo: a failure writes nothing, and the
content data refers only to objects it defines. (Kept apart from
test_demo_loader.py, whose demo stays loaded for its whole module.)"""

import re

import pytest
from django.core.management.base import CommandError
from wagtail.models import Site

from cms.demo import content
from cms.demo.sections import DemoContent, registered_demo_content
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


def test_a_missing_plugin_translation_names_the_plugin(db, monkeypatch):
    from plugins.stories.demo.translations import SPANISH

    missing = "Success stories"
    monkeypatch.delitem(SPANISH, missing)
    with pytest.raises(CommandError, match="demo translations of plugins.stories"):
        load_demo()
    assert not HomePage.objects.exists()


def test_content_data_refers_only_to_known_objects():
    parts = registered_demo_content()
    known = {
        "image": {entry["key"] for entry in content.IMAGES},
        "document": {entry["key"] for part in parts for entry in part.documents},
        "page": {entry["key"] for part in parts for entry in part.indexes},
    }
    data = [content.HOME]
    for part in parts:
        for snippets in part.snippets:
            known.setdefault(snippets.kind, set())
            known[snippets.kind] |= {entry["key"] for entry in snippets.entries}
            data.append(snippets.entries)
        for pages in part.pages:
            known["page"] |= {entry["key"] for entry in pages.entries}
            data.append(pages.entries)
    references = re.findall(r"@(image|document|faq|page):([a-z0-9-]+)", repr(data))
    assert references
    for kind, key in references:
        assert key in known[kind], (kind, key)


def test_every_plugin_registers_its_demo_in_order():
    names = [part.name for part in registered_demo_content()]
    assert names[:6] == [
        "faqs",
        "transparency",
        "tips",
        "policies",
        "stories",
        "community",
    ]
    positions = [
        entry["menu_position"]
        for part in registered_demo_content()
        for entry in part.indexes
    ]
    assert len(set(positions)) == len(positions)


def test_a_plugin_chooses_the_languages_of_its_objects():
    part = DemoContent(
        name="example",
        translations={"es": {}, "vi": {}},
        only={"vi": frozenset({"one"})},
    )
    assert part.translates("es", "one") and part.translates("es", "two")
    assert part.translates("vi", "one")
    assert not part.translates("vi", "two")
    assert not part.translates("ar", "one")
