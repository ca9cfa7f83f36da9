"""The facts every output gives about a page agree: find-by-path, details and
lists say the same `locale` and `fallback`; an untranslated copy (the alias
that locale sync makes) is its source marked `fallback: true`; the menu lists
every section a resident can reach from the home page; every page has its
`hero_image`; and each detail says which source text is current."""

from datetime import datetime, timedelta

import pytest
from django.test import override_settings
from wagtail.models import Locale

from blocks import rendition_widths
from plugins.community.demo import load_events
from plugins.community.models import EventIndexPage
from tests import factories
from tests.headless.conftest import (
    agency_home,
    built_once,
    fresh_world,
    page_maker,
    publish_page,
    translator,
    with_sections,
)

API = "/api/v1"


def build_world(media_root):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = agency_home()
    in_menu = {
        "policies": factories.PolicyIndexPageFactory,
        "stories": factories.StoryIndexPageFactory,
        "tips": factories.TipIndexPageFactory,
        "faqs": factories.FAQPageFactory,
    }
    sections = {
        name: factory(parent=home, show_in_menus=True)
        for name, factory in in_menu.items()
    }
    # Reachable by its address, but the editors left it out of the menu.
    sections["guides"] = factories.GuideIndexPageFactory(parent=home)
    sections["awards"] = factories.AwardIndexPageFactory(parent=home)
    # A section in the menu that is not published: no resident reaches it.
    draft = factories.AwardIndexPageFactory(
        parent=home, show_in_menus=True, live=False, slug="draft-section"
    )
    for section in sections.values():
        publish_page(section)
    # The events section as the demo loads it.
    load_events(home, translate_to=())
    sections["events"] = EventIndexPage.objects.child_of(home).get()
    make_page = page_maker(home, sections)
    with override_settings(MEDIA_ROOT=media_root):
        image = factories.ImageFactory(title="A plate reader on a pole")
        image.get_renditions(*(f"width-{width}" for width in rendition_widths()))
    translated = make_page(
        "policy", title="Camera registry", slug="camera-registry", hero_image=image
    )
    spanish = translator(locales)(translated, "es", title="Registro de cámaras")
    untranslated = make_page("policy", title="Doorbell camera footage")
    copies = {
        code: untranslated.copy_for_translation(
            locales[code], copy_parents=True, alias=True
        )
        for code in ("ar", "vi")
    }
    story = make_page("story", title="Stolen bikes returned", hero_image=image)
    return {
        "home": home,
        "draft_section": draft,
        "translated": translated,
        "spanish": spanish,
        "untranslated": untranslated,
        "copy_ar": copies["ar"],
        "story": story,
        "image": image,
        **with_sections(sections),
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from built_once(
        django_db_blocker, build_world, tmp_path_factory.mktemp("media")
    )


site = fresh_world()


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.content)
    return response.json()


# find-by-path agrees with the lists --------------------------------------------


def test_an_untranslated_copy_found_by_path_is_its_source_marked_fallback(client, site):
    found = get(client, f"{API}/pages/find/?path=/ar/policies/{site['copy_ar'].slug}/")
    listed = {
        item["id"]: item for item in get(client, f"{API}/policies/?locale=ar")["items"]
    }
    source = site["untranslated"]
    assert found["id"] == source.pk
    assert (found["locale"], found["fallback"]) == ("en", True)
    assert (listed[source.pk]["locale"], listed[source.pk]["fallback"]) == (
        "en",
        True,
    )
    assert found["translation"]["fallback"] is True
    assert found["path"] == listed[source.pk]["path"]


def test_a_translation_found_by_path_is_no_fallback(client, site):
    spanish = site["spanish"]
    found = get(client, f"{API}/pages/find/?path=/es/policies/{spanish.slug}/")
    assert (found["id"], found["locale"], found["fallback"]) == (
        spanish.pk,
        "es",
        False,
    )


def test_a_detail_asked_in_a_language_skips_the_untranslated_copy(client, site):
    source = site["untranslated"]
    data = get(client, f"{API}/policies/{source.pk}/?locale=ar")
    assert (data["id"], data["locale"], data["fallback"]) == (source.pk, "en", True)
    # The copy's own id serves its source too, never the copy as a translation.
    by_copy = get(client, f"{API}/pages/{site['copy_ar'].pk}/")
    assert (by_copy["id"], by_copy["fallback"]) == (source.pk, True)
    get(client, f"{API}/policies/{source.pk}/?locale=ar&fallback=false", status=404)


def test_a_path_that_is_nowhere_is_404(client, site):
    get(client, f"{API}/pages/find/?path=/ar/policies/no-such-policy/", status=404)


# Navigation ------------------------------------------------------------------


def sections_a_resident_reaches(client, site):
    """Children of the home page that the site serves and that editors put
    in the menu."""
    home = site["home"]
    reached = []
    for child in home.get_children().order_by("path"):
        response = client.get(child.url)
        if response.status_code == 200 and child.show_in_menus:
            reached.append(child.pk)
    return reached


def test_navigation_lists_every_section_in_the_menu_in_tree_order(client, site):
    items = get(client, f"{API}/navigation/")["items"]
    assert [item["id"] for item in items] == sections_a_resident_reaches(client, site)
    by_id = {item["id"]: item for item in items}
    events = by_id[site["section:events"].pk]
    assert (events["type"], events["path"]) == ("section", "/en/events/")
    assert site["section:guides"].pk not in by_id
    assert site["draft_section"].pk not in by_id


def test_navigation_in_a_language_lists_that_language_sections(client, site):
    # Spanish has the policies section (a translation's parent) only.
    items = get(client, f"{API}/navigation/?locale=es")["items"]
    assert [item["path"][:4] for item in items] == ["/es/"] * len(items)
    get(client, f"{API}/navigation/?locale=xx", status=400)


# Hero images -----------------------------------------------------------------


def test_hero_image_is_its_own_field_in_details_and_summaries(client, site):
    image = site["image"]
    story = get(client, f"{API}/stories/{site['story'].pk}/")
    policies = get(client, f"{API}/policies/?locale=en")["items"]
    listed = next(item for item in policies if item["id"] == site["translated"].pk)
    for hero in (story["hero_image"], listed["hero_image"]):
        assert hero["id"] == image.pk
        assert hero["alt"] == image.description
        widths = [rendition["width"] for rendition in hero["renditions"]]
        assert widths == sorted(widths) and widths
    untranslated = next(
        item for item in policies if item["id"] == site["untranslated"].pk
    )
    assert untranslated["hero_image"] is None


# Translation facts (translations made by hand: no sync) -------------------------


def test_a_source_page_is_its_own_source(client, site):
    source = site["translated"]
    facts = get(client, f"{API}/policies/{source.pk}/")["translation"]
    assert facts["source_locale"] == "en"
    assert facts["source_id"] == source.pk
    assert facts["outdated"] is False
    assert facts["fallback"] is False


def test_a_translation_names_its_source_and_turns_outdated_when_it_is_published(
    client, site
):
    spanish, source = site["spanish"], site["translated"]
    url = f"{API}/policies/{spanish.pk}/"
    facts = get(client, url)["translation"]
    assert (facts["source_locale"], facts["source_id"]) == ("en", source.pk)
    assert facts["source_path"] == "/en/policies/camera-registry/"
    assert facts["outdated"] is False
    # The cached Spanish detail is dropped when its source is published.
    publish_page(source.specific, summary="Now with a second camera.")
    facts = get(client, url)["translation"]
    assert facts["outdated"] is True
    source.refresh_from_db()
    told = datetime.fromisoformat(facts["source_last_published_at"])
    assert abs(told - source.last_published_at) < timedelta(milliseconds=1)
