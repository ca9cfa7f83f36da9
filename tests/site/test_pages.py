"""Every page type shows what the API delivers for it, and nothing it withholds.

The expected text is read from the API's response for the same page, never
written out here: the site and the API cannot disagree.
"""

import html
import re

import pytest
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import formats, translation

from plugins.site import rendering
from tests.site.conftest import tiny_image

API = "/api/v1/pages/{}/"

# For each page of the world, where in its API representation the text lies
# that the page must show (dotted paths; ``*`` walks every item of a list).
SHOWN = {
    "home": ["title", "summary"],
    "policy": [
        "title",
        "summary",
        "policy_number",
        "approving_authority",
        "body.*.value.title",
        "body.*.value.body",
        "body.*.value.caption",
        "technologies.*.name",
        "tags.*",
    ],
    "story": ["title", "summary", "outcome", "body.*.value"],
    "tip": ["title", "short_tip", "steps.*.value.title", "steps.*.value.body"],
    "guide": [
        "title",
        "situation",
        "steps.*.value.title",
        "steps.*.value.timing",
    ],
    "award": ["title", "award_name", "recipient", "citation"],
    "faq_page": ["title", "categories.*.label", "categories.*.faqs.*.question"],
    "transparency": [
        "title",
        "technologies.*.name",
        "technologies.*.vendor",
        "technologies.*.collected.*",
        "technologies.*.not_collected.*",
        "technologies.*.allowed_uses.*",
        "technologies.*.prohibited_uses.*",
        "technologies.*.access_policy",
        "technologies.*.hotlist_policy",
        "technologies.*.hotlist_sources.*",
        "technologies.*.sharing.*.agency",
        "technologies.*.sharing.*.jurisdiction",
        "technologies.*.usage_stats.*.label",
        "technologies.*.usage_stats.*.source",
        "technologies.*.audits.*.auditor",
        "technologies.*.audits.*.summary",
    ],
    "section:tips": ["title", "intro"],
}


def walk(data, path):
    """Every value at ``path`` in ``data``."""
    parts = path.split(".")
    values = [data]
    for part in parts:
        nxt = []
        for value in values:
            if part == "*":
                nxt.extend(value or [])
            elif isinstance(value, dict) and value.get(part) not in (None, ""):
                nxt.append(value[part])
        values = nxt
    return [value for value in values if value not in (None, "", [])]


def visible_text(content):
    """The page's text as a reader's browser shows it, tags removed."""
    return html.unescape(re.sub(r"<[^>]+>", " ", content))


def squeeze(text):
    return " ".join(visible_text(str(text)).split())


@pytest.mark.parametrize("name", sorted(SHOWN))
def test_the_page_shows_what_the_api_delivers(client, site, name):
    page = site[name]
    delivered = client.get(API.format(page.pk)).json()
    page_text = squeeze(client.get(page.url).content.decode())

    missing = [
        (path, value)
        for path in SHOWN[name]
        for value in walk(delivered, path)
        if squeeze(value) not in page_text
    ]

    assert not missing


def test_the_policy_page_marks_its_parts_with_uswds(client, site):
    content = client.get(site["policy"].url).content.decode()

    assert 'class="usa-summary-box"' in content  # in plain terms
    assert 'class="usa-breadcrumb"' in content
    assert "<h1>License-plate readers</h1>" in content


def test_guides_and_tips_show_their_steps_as_a_process_list(client, site):
    for name in ("guide", "tip"):
        content = client.get(site[name].url).content.decode()
        assert '<ol class="usa-process-list">' in content
        assert 'class="usa-process-list__heading"' in content


def test_faqs_are_an_accordion(client, site):
    content = client.get(site["faq_page"].url).content.decode()
    question = site["faq"].question
    assert "usa-accordion__button" in content
    assert re.search(
        rf'aria-controls="faq-[^"]+">{re.escape(question)}</button>', content
    )


def test_a_listing_shows_its_children_as_cards(client, site):
    content = client.get(site["section:tips"].url).content.decode()
    listed = client.get("/api/v1/tips/?locale=en").json()["items"]

    assert listed
    for card in listed:
        assert f'<a class="usa-link" href="{card["path"]}">{card["title"]}</a>' in (
            content
        )
        assert html.escape(card["summary"]) in content
    assert content.count('class="usa-card ') == len(listed)


def test_an_untranslated_card_says_so_and_keeps_its_language(client, site, make_page):
    from wagtail.models import Locale

    source = make_page("policy", title="Body-worn cameras")
    spanish_section = site["policy_es"].get_parent()
    source.create_alias(
        parent=spanish_section, update_locale=Locale.objects.get(language_code="es")
    )

    content = client.get(spanish_section.url).content.decode()

    cards = {
        title: card
        for card in content.split('<li class="usa-card ')[1:]
        for title in re.findall(r'class="usa-link"[^>]*>([^<]*)</a>', card)
    }
    with translation.override("es"):
        tag = translation.gettext("Not yet translated")
    assert tag != "Not yet translated"
    untranslated = cards["Body-worn cameras"]
    assert 'class="usa-card__container" lang="en" dir="ltr"' in untranslated
    assert f'<span class="usa-tag" lang="es" dir="ltr">{tag}</span>' in untranslated
    translated = cards[site["policy_es"].title]
    assert tag not in translated
    assert 'class="usa-card__container">' in translated


CARD_TITLE = re.compile(r'<h2 class="usa-card__heading"><a [^>]*>([^<]*)</a>')


def test_a_long_listing_shows_its_cards_a_page_at_a_time(
    client, site, make_page, monkeypatch
):
    monkeypatch.setattr(rendering, "CARDS_PER_PAGE", 2)
    for number in range(4):
        make_page("story", title=f"Story {number}")
    section = site["section:stories"].url
    listed = client.get("/api/v1/stories/?locale=en&limit=100").json()["items"]
    last = (len(listed) + 1) // 2
    assert last >= 3

    shown = []
    for number in range(1, last + 1):
        # The first page is the section's own address (the cache serves it).
        content = client.get(section, {"page": number} if number > 1 else {})
        content = content.content.decode()
        cards = CARD_TITLE.findall(content)
        assert 1 <= len(cards) <= 2
        shown += cards
        assert f'aria-current="page">{number}</a>' in content
        before = section if number == 2 else f"{section}?page={number - 1}"
        assert (f'href="{before}" rel="prev"' in content) == (number > 1)
        after = f"{section}?page={number + 1}"
        assert (f'href="{after}" rel="next"' in content) == (number < last)
        assert f'aria-label="Last page, page {last}"' in content

    # Every card once, in the section's order across its pages.
    assert sorted(shown) == sorted(html.escape(card["title"]) for card in listed)
    assert len(set(shown)) == len(shown)


def test_a_long_listing_reads_only_the_cards_it_shows(
    client, site, make_page, monkeypatch
):
    """The section's children are read a page at a time: testing a queryset
    for truth read every child (1,003 stories: 427 ms, against 67 ms for 24)."""
    monkeypatch.setattr(rendering, "CARDS_PER_PAGE", 2)
    for number in range(5):
        make_page("story", title=f"Story {number}")

    with CaptureQueriesContext(connection) as queries:
        response = client.get(site["section:stories"].url, {"page": 2})
    stories = [
        query["sql"].split(" IN (")[1].split(")")[0].split(", ")
        for query in queries
        if 'FROM "trust_stories_storypage"' in query["sql"] and " IN (" in query["sql"]
    ]

    assert response.status_code == 200
    assert [len(ids) for ids in stories] == [2]


def test_a_listing_that_fits_on_one_page_has_no_page_links(client, site):
    content = client.get(site["section:tips"].url).content.decode()

    assert 'class="usa-card ' in content
    assert "usa-pagination" not in content


@pytest.mark.parametrize("asked", ["0", "-1", "two", "1.5", "999"])
def test_a_page_of_a_listing_that_does_not_exist_is_not_found(
    client, site, make_page, monkeypatch, asked
):
    monkeypatch.setattr(rendering, "CARDS_PER_PAGE", 2)
    for number in range(3):
        make_page("story", title=f"Story {number}")

    response = client.get(site["section:stories"].url, {"page": asked})

    assert response.status_code == 404


def test_the_page_links_read_in_the_sites_language():
    """The links of a long list in Arabic: named in Arabic, laid out right to
    left, the gaps between them hidden from screen readers."""
    context = {
        "site": {"language_code": "ar", "direction": "rtl"},
        "pagination": rendering.pagination(
            "/ar/tips/", Paginator(range(100), 10).page(5)
        ),
    }
    with translation.override("ar"):
        content = render_to_string("site/includes/pagination.html", context)

    assert 'aria-label="ترقيم الصفحات" lang="ar" dir="rtl"' in content
    assert ">السابق<" in content
    assert ">التالي<" in content
    assert 'aria-label="الصفحة 4"' in content
    assert 'aria-label="الصفحة الأخيرة، الصفحة 10"' in content
    assert [
        match.group(1) for match in re.finditer(r'href="([^"]+)"[^>]*>\d+<', content)
    ] == [
        "/ar/tips/",
        "/ar/tips/?page=4",
        "/ar/tips/?page=5",
        "/ar/tips/?page=6",
        "/ar/tips/?page=10",
    ]
    assert content.count('role="presentation"') == 2


def test_a_listing_reads_its_cards_images_together(client, site, make_page):
    """A section reads its children as their specific types, which cannot
    join their images; the delivery context reads them all at once (a
    query per image field, however many cards). Reading each card's two
    images on its own made a section of 500 stories cost 1,025 queries
    (890 ms) on PostgreSQL."""
    section = site["section:stories"]

    def image_queries():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(section.url).status_code == 200
        return [q["sql"] for q in queries if 'FROM "cms_agencyimage"' in q["sql"]]

    def add_story():
        make_page("story", share_image=tiny_image(), hero_image=tiny_image())

    add_story()
    image_queries()  # renditions the page's templates make once
    with_one = image_queries()
    for _ in range(3):
        add_story()
    assert len(image_queries()) == len(with_one)


def test_a_link_to_a_page_the_api_withholds_loses_its_href(client, site, make_page):
    restricted = site["restricted"]
    link = f'<p>Read <a linktype="page" id="{restricted.pk}">the procedures</a>.</p>'
    policy = make_page("policy", body=[{"type": "paragraph", "value": link}])
    content = client.get(policy.url).content.decode()
    delivered = client.get(API.format(policy.pk)).json()

    assert "the procedures" in content
    assert restricted.url not in content
    assert restricted.url not in str(delivered)


def test_a_restricted_page_keeps_its_password_form(client, site):
    response = client.get(site["restricted"].url)

    assert response.status_code == 200
    assert b"password" in response.content.lower()
    assert b"Why we use it." not in response.content


def test_tables_scroll_in_their_own_focusable_region(client, site):
    for name in ("policy", "transparency"):
        content = client.get(site[name].url).content.decode()
        tables = content.count("<table")
        assert tables
        assert content.count(
            'class="usa-table-container--scrollable" tabindex="0"'
        ) == (tables)


def test_images_are_responsive_with_their_size(client, site):
    page = site["policy"]
    hero = client.get(API.format(page.pk)).json()["hero_image"]
    content = client.get(page.url).content.decode()

    srcset = ", ".join(f"{r['url']} {r['width']}w" for r in hero["renditions"])
    tag = re.search(r"<img [^>]*srcset=\"([^\"]+)\"[^>]*>", content)
    assert tag and html.unescape(tag.group(1)) == srcset
    assert re.search(r'width="\d+" height="\d+"', tag.group(0))
    assert 'sizes="' in tag.group(0)
    assert f'alt="{hero["alt"]}"' in tag.group(0)


def test_dates_are_written_for_the_reader(client, site):
    page = site["policy_es"]
    content = client.get(page.url).content.decode()

    with translation.override("es"):
        effective = formats.date_format(page.effective_date, "DATE_FORMAT")
    with translation.override("en"):
        in_english = formats.date_format(page.effective_date, "DATE_FORMAT")
    assert effective in content
    assert in_english not in content


@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Page not found"), ("es", "Página no encontrada")]
)
def test_a_missing_page_speaks_the_readers_language(client, site, language, heading):
    home = (
        site["home"]
        if language == "en"
        else site["policy_es"].get_parent().get_parent()
    )
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    content = response.content.decode()
    assert f'<html lang="{language}" dir="ltr">' in content
    assert f"<h1>{heading}</h1>" in content
    assert f'href="{home.url}"' in content
    # In the site's frame: its menu and footer.
    assert 'class="usa-header' in content


def test_a_missing_address_outside_the_site_gets_djangos_answer(client, site):
    response = client.get("/api/v1/no-such-endpoint/")

    assert response.status_code == 404
    assert 'class="usa-header' not in response.content.decode()


def test_an_faq_not_yet_translated_is_shown_and_marked(
    client, site, publish_translation
):
    # A new English answer is not missing from the Spanish FAQ page: it is
    # shown in English, marked so, until its translation is published.
    spanish_page = publish_translation(site["faq_page"], "es")
    with translation.override("es"):
        tag = translation.gettext("Not yet translated")

    item = client.get(API.format(spanish_page.pk)).json()
    faqs = [faq for group in item["categories"] for faq in group["faqs"]]
    assert [(faq["id"], faq["locale"]) for faq in faqs] == [(site["faq"].pk, "en")]
    content = client.get(spanish_page.url).content.decode()
    assert '<h3 class="usa-accordion__heading" lang="en" dir="ltr">' in content
    assert f'<span class="usa-tag" lang="es" dir="ltr">{tag}</span>' in content

    spanish_faq = publish_translation(site["faq"], "es")
    item = client.get(API.format(spanish_page.pk)).json()
    faqs = [faq for group in item["categories"] for faq in group["faqs"]]
    assert [(faq["id"], faq["locale"]) for faq in faqs] == [(spanish_faq.pk, "es")]
    assert tag not in client.get(spanish_page.url).content.decode()


def test_an_image_describes_itself_in_its_own_language(client, site):
    """The image library's descriptions are English (the default language):
    on the Spanish page the hero image's alt text is marked English, as a
    screen reader must read it; on the English page it needs no mark."""
    spanish = site["policy_es"]
    hero = client.get(API.format(spanish.pk)).json()["hero_image"]
    assert hero["alt_locale"] == "en"
    tag = re.search(r"<img [^>]*srcset=[^>]*>", client.get(spanish.url).text)
    assert tag and f'alt="{hero["alt"]}" lang="en" dir="ltr"' in tag.group(0)

    english = re.search(r"<img [^>]*srcset=[^>]*>", client.get(site["policy"].url).text)
    assert english and " lang=" not in english.group(0)


def test_alt_text_written_with_the_content_is_the_contents_language(
    client, site, make_page
):
    image = tiny_image()
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "Un lector"}}]
    page = make_page("story", body=body)
    block = client.get(API.format(page.pk)).json()["body"][0]["value"]
    assert (block["alt"], block["alt_locale"]) == ("Un lector", None)
