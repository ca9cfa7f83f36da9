"""Asking in a language gives that language, and the source where a page is
not translated yet, marked ``fallback: true``; ``fallback=false`` turns that off.
"""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from tests.headless.conftest import (
    agency_home,
    fresh_world,
    module_world,
    page_maker,
    sections_of,
    sections_under,
    translator,
    with_sections,
)

API = "/api/v1"


def build_world():
    """Two source (en) policies, one translated into Spanish, on the agency's
    site: the world of this module, built once (``built_once``)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = agency_home()
    sections = sections_under(home)
    make_page = page_maker(home, sections)
    translated = make_page("policy", title="License-plate readers")
    untranslated = make_page("policy", title="Body-worn cameras")
    spanish = translator(locales)(translated, "es", title="Lectores de matriculas")
    return {
        "home": home,
        **with_sections(sections),
        "translated": translated,
        "untranslated": untranslated,
        "spanish": spanish,
    }


world = module_world(build_world)


site = fresh_world()


@pytest.fixture
def home_page(site):
    return site["home"]


@pytest.fixture
def section_indexes(site):
    return sections_of(site)


@pytest.fixture
def policies(site):
    """Two source (en) policies, one translated into Spanish."""
    return site["translated"], site["untranslated"], site["spanish"]


def listing(client, query):
    response = client.get(f"{API}/policies/?{query}")
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["count"] == len(data["items"])
    return {item["id"]: item for item in data["items"]}


def detail(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


# Listings ------------------------------------------------------------------------


def test_list_in_a_locale_adds_untranslated_source_pages_marked_fallback(
    client, policies
):
    translated, untranslated, spanish = policies
    items = listing(client, "locale=es")
    assert set(items) == {spanish.pk, untranslated.pk}
    assert items[spanish.pk]["locale"] == "es"
    assert items[spanish.pk]["fallback"] is False
    assert items[spanish.pk]["title"] == "Lectores de matriculas"
    assert items[untranslated.pk]["locale"] == "en"
    assert items[untranslated.pk]["fallback"] is True


def test_fallback_false_lists_only_the_locale(client, policies):
    _translated, _untranslated, spanish = policies
    items = listing(client, "locale=es&fallback=false")
    assert set(items) == {spanish.pk}
    assert items[spanish.pk]["fallback"] is False


def test_locale_without_translations_falls_back_to_every_source_page(client, policies):
    translated, untranslated, _spanish = policies
    items = listing(client, "locale=vi")
    assert set(items) == {translated.pk, untranslated.pk}
    assert all(item["fallback"] is True for item in items.values())
    assert all(item["locale"] == "en" for item in items.values())
    assert listing(client, "locale=vi&fallback=false") == {}


def test_source_locale_lists_source_pages_without_fallback(client, policies):
    translated, untranslated, _spanish = policies
    items = listing(client, "locale=en")
    assert set(items) == {translated.pk, untranslated.pk}
    assert all(item["fallback"] is False for item in items.values())


def test_without_a_locale_every_language_is_listed(client, policies):
    translated, untranslated, spanish = policies
    items = listing(client, "")
    assert set(items) == {translated.pk, untranslated.pk, spanish.pk}
    assert all(item["fallback"] is False for item in items.values())


def test_fallback_list_pages_through_count_and_items(client, policies):
    _translated, untranslated, spanish = policies
    response = client.get(f"{API}/policies/?locale=es&limit=1&order=title")
    data = response.json()
    assert data["count"] == 2
    assert [item["id"] for item in data["items"]] == [untranslated.pk]
    response = client.get(f"{API}/policies/?locale=es&limit=1&offset=1&order=title")
    assert [item["id"] for item in response.json()["items"]] == [spanish.pk]


def test_a_translation_not_yet_published_leaves_its_source_as_fallback(
    client, policies, locales
):
    _translated, untranslated, spanish = policies
    draft = untranslated.copy_for_translation(locales["es"])
    draft.save_revision()
    items = listing(client, "locale=es")
    assert set(items) == {spanish.pk, untranslated.pk}
    assert items[untranslated.pk]["fallback"] is True
    assert draft.pk not in items


def test_an_expired_translation_leaves_its_source_as_fallback(
    client, policies, translate
):
    _translated, untranslated, spanish = policies
    expired = translate(untranslated, "es", title="Camaras corporales")
    Page.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - timedelta(minutes=5)
    )
    items = listing(client, "locale=es")
    assert set(items) == {spanish.pk, untranslated.pk}
    assert items[untranslated.pk]["fallback"] is True


@pytest.mark.parametrize("kind", ["story", "tip", "guide", "award"])
def test_every_page_type_falls_back_the_same_way(client, make_page, translate, kind):
    from tests.headless.conftest import api_path

    translated = make_page(kind, title=f"A translated {kind}")
    untranslated = make_page(kind, title=f"An untranslated {kind}")
    spanish = translate(translated, "es", title=f"Un {kind} traducido")
    response = client.get(f"{API}/{api_path(kind)}/?locale=es")
    items = {item["id"]: item["fallback"] for item in response.json()["items"]}
    assert items == {spanish.pk: False, untranslated.pk: True}
    response = client.get(f"{API}/{api_path(kind)}/?locale=es&fallback=false")
    assert [item["id"] for item in response.json()["items"]] == [spanish.pk]


# Details -------------------------------------------------------------------------


def test_detail_in_a_locale_returns_the_translation(client, policies):
    translated, _untranslated, spanish = policies
    for prefix in ("policies", "pages"):
        data = detail(client, f"{API}/{prefix}/{translated.pk}/?locale=es")
        assert data["id"] == spanish.pk
        assert data["locale"] == "es"
        assert data["fallback"] is False
        assert data["title"] == "Lectores de matriculas"
        assert data["path"] == "/es/policies/license-plate-readers/"


def test_detail_without_a_translation_returns_the_source_marked_fallback(
    client, policies
):
    _translated, untranslated, _spanish = policies
    for prefix in ("policies", "pages"):
        data = detail(client, f"{API}/{prefix}/{untranslated.pk}/?locale=es")
        assert data["id"] == untranslated.pk
        assert data["locale"] == "en"
        assert data["fallback"] is True


def test_detail_with_fallback_false_is_a_404_without_a_translation(client, policies):
    _translated, untranslated, _spanish = policies
    for prefix in ("policies", "pages"):
        url = f"{API}/{prefix}/{untranslated.pk}/?locale=es&fallback=false"
        response = client.get(url)
        assert response.status_code == 404, response.content
        assert "json" in response["Content-Type"]


def test_detail_of_a_translation_in_the_source_locale_returns_the_source(
    client, policies
):
    translated, _untranslated, spanish = policies
    data = detail(client, f"{API}/policies/{spanish.pk}/?locale=en")
    assert (data["id"], data["locale"], data["fallback"]) == (
        translated.pk,
        "en",
        False,
    )
    data = detail(client, f"{API}/policies/{spanish.pk}/")
    assert (data["id"], data["locale"], data["fallback"]) == (spanish.pk, "es", False)


def test_detail_in_its_own_locale_is_itself(client, policies):
    translated, _untranslated, _spanish = policies
    data = detail(client, f"{API}/policies/{translated.pk}/?locale=en")
    assert (data["id"], data["fallback"]) == (translated.pk, False)


def test_find_serves_the_translation_at_its_locale_prefixed_path(client, policies):
    _translated, _untranslated, spanish = policies
    response = client.get(f"{API}/pages/find/?path=/es/policies/license-plate-readers/")
    assert response.status_code == 200, response.content
    assert response.json()["id"] == spanish.pk


# Available translations -------------------------------------------------------------


def test_available_translations_link_the_other_languages(client, policies):
    translated, untranslated, spanish = policies
    source = detail(client, f"{API}/policies/{translated.pk}/")
    assert source["available_translations"] == [
        {
            "locale": "es",
            "id": spanish.pk,
            "path": "/es/policies/license-plate-readers/",
            "title": "Lectores de matriculas",
        }
    ]
    copy = detail(client, f"{API}/policies/{spanish.pk}/")
    assert copy["available_translations"] == [
        {
            "locale": "en",
            "id": translated.pk,
            "path": "/en/policies/license-plate-readers/",
            "title": "License-plate readers",
        }
    ]
    alone = detail(client, f"{API}/policies/{untranslated.pk}/")
    assert alone["available_translations"] == []


def test_listed_items_carry_their_available_translations(client, policies):
    translated, _untranslated, spanish = policies
    items = listing(client, "locale=es")
    links = items[spanish.pk]["available_translations"]
    assert [(link["locale"], link["id"]) for link in links] == [("en", translated.pk)]


def test_available_translations_list_every_live_language_in_order(
    client, policies, translate
):
    translated, _untranslated, spanish = policies
    vietnamese = translate(translated, "vi", title="Dau doc bien so")
    links = detail(client, f"{API}/policies/{translated.pk}/")["available_translations"]
    assert [(link["locale"], link["id"]) for link in links] == [
        ("es", spanish.pk),
        ("vi", vietnamese.pk),
    ]
    assert links[1]["path"] == "/vi/policies/license-plate-readers/"
    assert links[1]["title"] == "Dau doc bien so"


def test_available_translations_omit_drafts_and_expired_translations(
    client, policies, translate, locales
):
    translated, untranslated, spanish = policies
    vietnamese = translate(translated, "vi", title="Dau doc bien so")
    Page.objects.filter(pk=vietnamese.pk).update(
        expire_at=timezone.now() - timedelta(minutes=5)
    )
    draft = untranslated.copy_for_translation(locales["es"])
    draft.save_revision()
    links = detail(client, f"{API}/policies/{translated.pk}/")["available_translations"]
    assert [link["id"] for link in links] == [spanish.pk]
    alone = detail(client, f"{API}/policies/{untranslated.pk}/")
    assert alone["available_translations"] == []


def test_unpublished_translation_is_no_longer_available(client, policies):
    translated, _untranslated, spanish = policies
    spanish.unpublish()
    links = detail(client, f"{API}/policies/{translated.pk}/")["available_translations"]
    assert links == []
    items = listing(client, "locale=es")
    assert items[translated.pk]["fallback"] is True
