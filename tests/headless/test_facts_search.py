"""Search shows each page once, as residents type their words: the
untranslated copies that locale sync makes (aliases) are never results of
their own. Without a language the source is found once; in a language a page
was not translated into, the copy is shown as its source, marked
`fallback: true`, as the lists show it."""

from urllib.parse import urlencode

import pytest
from wagtail.models import Locale

from tests.headless.conftest import (
    agency_home,
    fresh_world,
    module_world,
    page_maker,
    sections_under,
    translator,
)

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates

API = "/api/v1"


def build_world():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = agency_home()
    make_page = page_maker(home, sections_under(home))
    registry = make_page(
        "policy",
        title="Camera registry",
        summary="Residents may register a home security camera with us.",
    )
    spanish = translator(locales)(
        registry,
        "es",
        title="Registro de cámaras",
        summary="Los residentes pueden registrar una cámara de seguridad.",
    )
    doorbell = make_page(
        "policy",
        title="Doorbell camera footage",
        summary="When we ask for doorbell camera footage, and what we keep.",
    )
    copies = {}
    for code in ("es", "ar", "vi"):
        for page in (registry, doorbell):
            if page.get_translation_or_none(locales[code]) is None:
                copies[code, page.pk] = page.copy_for_translation(
                    locales[code], copy_parents=True, alias=True
                )
    return {
        "registry": registry,
        "spanish": spanish,
        "doorbell": doorbell,
        **{f"copy:{code}:{pk}": copy for (code, pk), copy in copies.items()},
    }


world = module_world(build_world)


site = fresh_world()


def search(client, status=200, **params):
    response = client.get(f"{API}/search/?{urlencode(params)}")
    assert response.status_code == status, response.content
    return response.json()


def copy_ids(site):
    return {page.pk for name, page in site.items() if name.startswith("copy:")}


def test_a_search_in_every_language_finds_each_page_once(client, site):
    data = search(client, q="camera")
    ids = [item["id"] for item in data["items"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == {site["registry"].pk, site["doorbell"].pk}
    assert not set(ids) & copy_ids(site)
    assert data["count"] == len(ids)
    assert all(item["fallback"] is False for item in data["items"])
    assert {entry["value"]: entry["count"] for entry in data["facets"]["locale"]} == {
        "en": 2
    }


def test_a_search_in_a_language_shows_untranslated_pages_as_their_source(client, site):
    data = search(client, q="camera", locale="ar")
    items = {item["id"]: item for item in data["items"]}
    assert set(items) == {site["registry"].pk, site["doorbell"].pk}
    for item in items.values():
        assert (item["locale"], item["fallback"]) == ("en", True)
        assert item["path"].startswith("/en/policies/")


def test_a_translation_is_found_in_its_language_and_the_copy_as_source(client, site):
    data = search(client, q="cámara", locale="es")
    assert [item["id"] for item in data["items"]] == [site["spanish"].pk]
    assert data["items"][0]["fallback"] is False
    doorbell = search(client, q="doorbell", locale="es")["items"]
    assert [(item["id"], item["fallback"]) for item in doorbell] == [
        (site["doorbell"].pk, True)
    ]


def test_a_search_with_no_words_is_a_400_naming_q(client, site):
    data = search(client, status=400, q="  ", locale="ar")
    assert "q" in str(data)
