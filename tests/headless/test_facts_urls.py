"""Addresses in what the API delivers are right wherever the reader stands:
image renditions, document blocks and rich-text file links are absolute, from
CMS_MEDIA_URL or else from the origin of the request (behind
CMS_TRUSTED_PROXY_COUNT proxies, the origin the outermost trusted proxy
forwarded), never from an undocumented default; and rich-text page links in a
translated page lead to the pages of its language where they exist."""

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Locale

from blocks import rendition_widths
from tests import factories
from tests.headless.conftest import (
    agency_home,
    built_once,
    fresh,
    page_maker,
    sections_under,
    translator,
)

API = "/api/v1"
HOSTS = ["localhost", "testserver", "cms.agency.example", "www.agency.example"]


def build_world(media_root):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = agency_home()
    sections = sections_under(home)
    make_page = page_maker(home, sections)
    with override_settings(MEDIA_ROOT=media_root):
        image = factories.ImageFactory()
        # The rendition rich text's "fullwidth" format shows, too.
        widths = {*rendition_widths(), 800}
        image.get_renditions(*(f"width-{width}" for width in widths))
        document = get_document_model().objects.create(
            title="Audit report", file=ContentFile(b"%PDF-1.4", name="audit.pdf")
        )
    translate = translator(locales)
    tips = sections["tips"]
    spanish_tips = translate(tips, "es", title="Consejos", slug="consejos")
    guides = sections["guides"]  # never translated
    story = make_page(
        "story",
        title="Stolen bikes returned",
        hero_image=image,
        body=[
            {
                "type": "paragraph",
                "value": (
                    f'<p>Read <a linktype="document" id="{document.pk}">the '
                    f'audit</a>, <a linktype="page" id="{tips.pk}">our tips</a> '
                    f'and <a linktype="page" id="{guides.pk}">our guides</a>.</p>'
                    f'<embed embedtype="image" id="{image.pk}" format="fullwidth" '
                    'alt="Bikes"/>'
                ),
            },
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "Bikes", "caption": ""},
            },
            {"type": "document", "value": {"document": document.pk}},
        ],
    )
    spanish_story = translate(story, "es", title="Bicicletas devueltas")
    return {
        "story": story,
        "spanish_story": spanish_story,
        "spanish_tips": spanish_tips,
        "guides": guides,
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from built_once(
        django_db_blocker, build_world, tmp_path_factory.mktemp("media")
    )


@pytest.fixture
def site(db, world, settings):
    settings.ALLOWED_HOSTS = HOSTS
    settings.CMS_MEDIA_URL = ""
    settings.CMS_TRUSTED_PROXY_COUNT = 0
    return fresh(world)


def file_urls(data):
    """Every image and document URL in a story's detail."""
    body = {block["type"]: block for block in data["body"]}
    urls = [rendition["url"] for rendition in data["hero_image"]["renditions"]]
    urls += [rendition["url"] for rendition in body["image"]["value"]["renditions"]]
    urls.append(body["document"]["value"]["url"])
    paragraph = body["paragraph"]["value"]
    urls += [
        part.split('"', 1)[0]
        for part in paragraph.split('href="')[1:] + paragraph.split('src="')[1:]
        if not part.startswith("/")
    ]
    return urls, paragraph


def story_urls(client, site, **headers):
    response = client.get(f"{API}/stories/{site['story'].pk}/", **headers)
    assert response.status_code == 200, response.content
    urls, paragraph = file_urls(response.json())
    # The rich text's document link and embedded image are among them.
    assert any("audit" in url for url in urls[-2:]), paragraph
    assert "not-found" not in paragraph
    assert len(urls) >= 5, urls
    return urls


def all_under(urls, origin):
    return all(url.startswith(f"{origin}/") for url in urls) and urls


def test_file_urls_follow_the_host_and_port_the_client_used(client, site):
    assert all_under(story_urls(client, site), "http://testserver")
    urls = story_urls(client, site, HTTP_HOST="cms.agency.example:8443")
    assert all_under(urls, "http://cms.agency.example:8443")
    assert not any("127.0.0.1:8000" in url for url in urls)


def test_behind_a_trusted_proxy_file_urls_use_the_forwarded_origin(
    client, site, settings
):
    settings.CMS_TRUSTED_PROXY_COUNT = 1
    forwarded = {
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_X_FORWARDED_HOST": "www.agency.example",
        "HTTP_X_FORWARDED_PORT": "443",
    }
    urls = story_urls(client, site, **forwarded)
    assert all_under(urls, "https://www.agency.example")
    # The same page from inside, on the app's own address, is cached apart.
    assert all_under(story_urls(client, site), "http://testserver")
    urls = story_urls(client, site, **{**forwarded, "HTTP_X_FORWARDED_PORT": "8443"})
    assert all_under(urls, "https://www.agency.example:8443")


def test_forwarded_headers_are_ignored_without_trusted_proxies(client, site):
    urls = story_urls(
        client,
        site,
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_X_FORWARDED_HOST="www.agency.example",
    )
    assert all_under(urls, "http://testserver")


def test_a_forwarded_host_the_site_does_not_serve_is_ignored(client, site, settings):
    settings.CMS_TRUSTED_PROXY_COUNT = 1
    urls = story_urls(client, site, HTTP_X_FORWARDED_HOST="evil.example")
    assert all_under(urls, "http://testserver")


def test_cms_media_url_builds_every_file_url(client, site, settings):
    settings.CMS_MEDIA_URL = "https://media.agency.example"
    urls = story_urls(client, site, HTTP_HOST="cms.agency.example")
    assert all_under(urls, "https://media.agency.example")


def test_links_in_a_translation_lead_to_its_language_or_the_source(client, site):
    response = client.get(f"{API}/stories/{site['spanish_story'].pk}/")
    paragraph = next(
        block["value"]
        for block in response.json()["body"]
        if block["type"] == "paragraph"
    )
    assert f'<a href="/es/{site["spanish_tips"].slug}/">' in paragraph
    # No Spanish guides: the English section.
    assert f'<a href="/en/{site["guides"].slug}/">' in paragraph
