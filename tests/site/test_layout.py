"""The frame of every page: banner, header with the agency's name and logo,
menu, language selector, breadcrumbs, hreflang alternates and footer, on
USWDS served from this server under the enforced Content-Security-Policy."""

import re

from django.conf.locale import LANG_INFO
from django.contrib.staticfiles import finders
from django.utils import translation
from django.utils.translation import gettext

USWDS_FILES = ["uswds/css/uswds.min.css", "uswds/js/uswds.min.js"]


def page_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response, response.content.decode()


def test_uswds_is_served_from_this_server(client, site):
    response, content = page_html(client, site["home"])

    for path in USWDS_FILES:
        assert finders.find(path), f"{path}: run make install (npm ci)"
        assert f'"/static/{path}"' in content
    assets = re.findall(r'<(?:script|img)[^>]+src="([^"]+)"', content)
    assets += re.findall(r'<link rel="stylesheet" href="([^"]+)"', content)
    assert assets and all(url.startswith("/") for url in assets), assets


def test_no_inline_script_or_style(client, site):
    for name in ("home", "policy", "transparency", "faq_page"):
        response, content = page_html(client, site[name])
        scripts = re.findall(r"<script[^>]*>", content)
        assert scripts and all(" src=" in tag for tag in scripts)
        assert "<style" not in content
        assert " style=" not in content
        policy = response["Content-Security-Policy"]
        script_src = re.search(r"script-src ([^;]*)", policy).group(1)
        assert "unsafe-inline" not in script_src


def test_the_header_names_the_agency_with_its_logo(client, site):
    _response, content = page_html(client, site["policy"])
    agency = site["home"].get_site().agencysettings

    header = content.split('<header class="usa-header', 1)[1].split("</header>")[0]
    assert f"<span>{agency.agency_name}</span>" in header
    logo = agency.logo.get_rendition("height-64")
    assert f'src="{logo.url}"' in header


def test_the_menu_is_the_api_navigation(client, site):
    _response, content = page_html(client, site["policy"])
    menu = client.get("/api/v1/navigation/?locale=en").json()["items"]

    nav = content.split('<ul class="usa-nav__primary', 1)[1].split("</ul>\n")[0]
    links = re.findall(r'<a href="([^"]+)"[^>]*><span>([^<]+)</span>', nav)
    assert menu
    assert [(item["path"], item["title"]) for item in menu] == links


def test_the_language_selector_lists_each_language_in_itself(client, site):
    english, spanish = site["policy"], site["policy_es"]
    for page in (english, spanish):
        _response, content = page_html(client, page)
        selector = content.split('id="language-options"', 1)[1].split("</ul>")[0]
        for other in (english, spanish):
            code = other.locale.language_code
            name = LANG_INFO[code]["name_local"]
            assert (
                f'<a href="{other.url}" lang="{code}" hreflang="{code}" dir="ltr"'
            ) in selector
            assert f">{name}</a>" in selector
        assert selector.count('aria-current="true"') == 1


def test_alternates_list_every_translation_with_itself(client, site):
    english, spanish = site["policy"], site["policy_es"]
    expected = {
        f'<link rel="alternate" hreflang="en" href="http://testserver{english.url}">',
        f'<link rel="alternate" hreflang="es" href="http://testserver{spanish.url}">',
    }
    for page in (english, spanish):
        _response, content = page_html(client, page)
        head = content.split("</head>")[0]
        assert set(re.findall(r'<link rel="alternate"[^>]*>', head)) == expected


def test_a_page_without_translations_has_no_selector(client, site):
    _response, content = page_html(client, site["story"])
    assert 'id="language-options"' not in content


def test_breadcrumbs_lead_home_through_the_section(client, site):
    _response, content = page_html(client, site["policy"])
    crumbs = content.split('class="usa-breadcrumb__list"', 1)[1].split("</ol>")[0]
    home, section = site["home"], site["section:policies"]

    assert re.findall(r'<a href="([^"]+)"', crumbs) == [home.url, section.url]
    assert 'aria-current="page"><span>License-plate readers</span>' in crumbs


def test_the_footer_gives_the_non_emergency_line(client, site):
    _response, content = page_html(client, site["home"])
    agency = site["home"].get_site().agencysettings
    footer = content.split('<footer class="usa-footer', 1)[1]

    assert agency.non_emergency_phone in footer
    assert "4102 Orange Street<br>Riverside, CA 92501" in footer
    assert 'href="tel:911"' in footer


def test_the_agencys_english_details_are_marked_english_on_other_pages(client, site):
    """The address and hours are written once, in English: a Spanish page marks
    them so that a screen reader reads them as English (WCAG 3.1.2)."""
    marked = ' lang="en" dir="ltr">'
    _response, spanish = page_html(client, site["policy_es"])
    footer = spanish.split('<footer class="usa-footer', 1)[1]
    assert f'<address class="site-address"{marked}4102 Orange Street' in footer
    assert f"<span{marked}Monday to Friday" in footer

    _response, english = page_html(client, site["home"])
    assert marked not in english.split('<footer class="usa-footer', 1)[1]


def test_the_banner_and_menu_speak_the_readers_language(client, site):
    _response, content = page_html(client, site["policy_es"])
    with translation.override("es"):
        expected = [gettext("Here’s how you know"), gettext("Languages")]
    with translation.override("en"):
        english = [gettext("Here’s how you know"), gettext("Languages")]

    assert expected != english, "the site's Spanish catalogue is missing"
    for text in expected:
        assert text in content
