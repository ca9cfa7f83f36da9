"""/sitemap.xml: an index of one sitemap per language; each lists the
language's public pages with lastmod and hreflang alternates, and nothing the
visibility rule withholds."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from wagtail.models import Page, PageViewRestriction

from tests.headless.enumeration import *  # noqa: F403 - the module's world

FRONT_END = "https://www.riversidepd.example"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture(autouse=True)
def front_end(settings):
    settings.CMS_SITE_URL = FRONT_END


def parse(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response


def entries(client, code):
    """{path: (lastmod, {hreflang: path})} of a language's sitemap."""
    root = parse(client.get(f"/sitemap-{code}.xml"))
    found = {}
    for url in root.findall("sm:url", NS):
        location = url.find("sm:loc", NS).text
        assert location.startswith(f"{FRONT_END}/{code}/")
        alternates = {
            link.get("hreflang"): urlsplit(link.get("href")).path
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
        lastmod = url.find("sm:lastmod", NS)
        found[urlsplit(location).path] = (
            lastmod.text if lastmod is not None else None,
            alternates,
        )
    return found


def test_the_index_names_one_sitemap_per_language_of_the_site(client, db, world):
    root = parse(client.get("/sitemap.xml"))

    locations = [
        sitemap.find("sm:loc", NS).text for sitemap in root.findall("sm:sitemap", NS)
    ]
    assert locations == [
        f"{FRONT_END}/sitemap-en.xml",
        f"{FRONT_END}/sitemap-es.xml",
    ]
    for sitemap in root.findall("sm:sitemap", NS):
        assert sitemap.find("sm:lastmod", NS).text.startswith("20")


def test_a_language_lists_its_public_pages_with_lastmod(client, db, world):
    english = entries(client, "en")

    assert set(english) == {
        "/en/",
        *(f"/en/{section.slug}/" for section in world.sections.values()),
        "/en/policies/plate-readers/",
        "/en/stories/bikes/",
    }
    lastmod, _ = english["/en/policies/plate-readers/"]
    assert lastmod == world.policy.last_published_at.date().isoformat()
    lastmod, _ = english["/en/stories/bikes/"]
    assert lastmod == world.story.last_published_at.date().isoformat()


def test_nothing_withheld_is_listed(client, db, world):
    listed = {path for code in ("en", "es") for path in entries(client, code)}

    for page in (world.draft, world.expired, world.private):
        assert not any(path.endswith(f"/{page.slug}/") for path in listed), page
    # Another site's pages are not this site's.
    assert not any("lakeside" in path for path in listed)


def test_alternates_name_every_language_a_page_exists_in(client, db, world):
    _, alternates = entries(client, "en")["/en/policies/plate-readers/"]
    _, from_spanish = entries(client, "es")["/es/policies/plate-readers/"]

    expected = {
        "en": "/en/policies/plate-readers/",
        "es": "/es/policies/plate-readers/",
        "x-default": "/en/policies/plate-readers/",
    }
    assert alternates == expected
    assert from_spanish == expected
    # A page only in English names itself and the default.
    _, story = entries(client, "en")["/en/stories/bikes/"]
    assert story == {"en": "/en/stories/bikes/", "x-default": "/en/stories/bikes/"}


def test_synced_copies_are_left_to_their_source(client, db, world):
    spanish = entries(client, "es")

    # The Spanish home and policies section are Wagtail's synced copies of
    # the English ones; only the real translation is listed.
    assert set(spanish) == {"/es/policies/plate-readers/"}


def test_a_translation_of_a_page_made_private_goes_too(client, db, world):
    PageViewRestriction.objects.create(
        page=world.policy, restriction_type="password", password="z" * 12
    )

    assert "/en/policies/plate-readers/" not in entries(client, "en")
    assert "/es/policies/plate-readers/" not in entries(client, "es")


def test_chinese_is_written_as_hreflang_writes_it(client, db, world, translate):
    translate(Page.objects.get(pk=world.story.pk).specific, "zh-hans")

    _, alternates = entries(client, "en")["/en/stories/bikes/"]

    assert set(alternates) == {"en", "zh-Hans", "x-default"}
    assert alternates["zh-Hans"] == "/zh-hans/stories/bikes/"


@pytest.mark.parametrize("section", ["fr", "xx", "en-gb"])
def test_a_language_the_site_does_not_have_is_404(client, db, world, section):
    response = client.get(f"/sitemap-{section}.xml")

    assert response.status_code == 404


def test_a_language_configured_but_not_in_the_site_is_404(client, db, world):
    # Vietnamese is a content language with a locale, but no page of the
    # site is in it.
    assert client.get("/sitemap-vi.xml").status_code == 404


def test_a_page_past_the_end_is_404(client, db, world):
    assert client.get("/sitemap-en.xml?p=2").status_code == 404
    assert client.get("/sitemap-en.xml?p=x").status_code == 404
