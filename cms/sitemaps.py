"""``/sitemap.xml``: a sitemap index with one sitemap per content language.

Built on Django's sitemaps (its views and templates; Wagtail's own
``wagtail.contrib.sitemaps`` lists one flat tree and knows nothing of
translations). ``/sitemap-<locale>.xml`` lists the pages of that language's
tree, each with its ``lastmod`` (last publication) and ``xhtml:link
rel="alternate"`` links to every language the page is translated into,
itself included, plus ``x-default``: the source language's version.

What is listed is the visibility rule's (``plugins.headless.visibility``):
live, public, unexpired pages of the requesting site, never a draft, a page
under a view restriction, or a translation of one. Wagtail's synced copies
of untranslated pages are left out: they repeat the source's text, which the
source's own entry already lists. URLs are the front end's
(``CMS_SITE_URL``), as the JSON-LD's are: a front end that serves the site
serves these files too, by proxying them from the CMS.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import SitemapIndexItem, x_robots_tag
from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.db.models import Max
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.models import Page

from plugins.headless.json_ld import absolute
from plugins.headless.visibility import for_request

XML = "application/xml"


def hreflang(code):
    """A language code as hreflang writes it (BCP 47): ``zh-hans`` is
    ``zh-Hans``, ``pt-br`` is ``pt-BR``."""
    language, *rest = code.split("-")
    tags = [tag.title() if len(tag) == 4 else tag.upper() for tag in rest]
    return "-".join([language, *tags])


class LocaleSitemap(Sitemap):
    """The public pages of one language's tree on the request's site."""

    def __init__(self, request, code):
        self.request = request
        self.code = code
        self.visibility = for_request(request)

    def pages(self):
        return self.visibility(Page.objects.filter(alias_of__isnull=True))

    def items(self):
        return (
            self.pages()
            .filter(locale__language_code=self.code)
            .order_by("path")
            # As Wagtail's sitemap: a page live since before Wagtail kept
            # publication dates has only its latest revision's.
            .annotate(
                lastmod=Coalesce("last_published_at", "latest_revision_created_at")
            )
            .values("url_path", "translation_key", "lastmod")
        )

    def url(self, url_path, code):
        return absolute(self.visibility.front_end_path(url_path, code))

    def location(self, item):
        return self.url(item["url_path"], self.code)

    def lastmod(self, item):
        return item["lastmod"]

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("lastmod"))["latest"]

    def translations(self, keys):
        """{translation key: {language code: URL}} of the public versions."""
        found = {}
        rows = (
            self.pages()
            .filter(translation_key__in=keys)
            .values_list("translation_key", "url_path", "locale__language_code")
        )
        for key, url_path, code in rows:
            found.setdefault(key, {})[code] = self.url(url_path, code)
        return found

    def alternates(self, versions):
        links = [
            {"lang_code": hreflang(code), "location": versions[code]}
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
            if code in versions
        ]
        default = versions.get(settings.LANGUAGE_CODE)
        if default:
            links.append({"lang_code": "x-default", "location": default})
        return links

    def get_urls(self, page=1, site=None, protocol=None):
        """Django's entries (location, lastmod) with the alternates of each
        page, all read in two queries. The URLs are the front end's, so
        ``site`` and ``protocol`` (the request's) do not apply."""
        items = list(self.paginator.page(page).object_list)
        versions = self.translations({item["translation_key"] for item in items})
        urls = [
            {
                "item": item,
                "location": self.location(item),
                "lastmod": self.lastmod(item),
                "changefreq": None,
                "priority": None,
                "alternates": self.alternates(versions[item["translation_key"]]),
            }
            for item in items
        ]
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def site_sitemaps(request):
    """{language code: LocaleSitemap} of every language the site has a home
    page in, in the order of the content languages."""
    codes = {code for _path, _url_path, code in for_request(request).roots}
    return {
        code: LocaleSitemap(request, code)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if code in codes
    }


@x_robots_tag
def index(request):
    """The index: one sitemap per language, with its newest ``lastmod``."""
    sitemaps = []
    for code, sitemap in site_sitemaps(request).items():
        location = absolute(reverse("sitemap-locale", kwargs={"section": code}))
        lastmod = sitemap.get_latest_lastmod()
        sitemaps.append(SitemapIndexItem(location, lastmod))
        # Past 50,000 pages a language's sitemap continues on further pages.
        for page in range(2, sitemap.paginator.num_pages + 1):
            sitemaps.append(SitemapIndexItem(f"{location}?p={page}", lastmod))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": sitemaps}, content_type=XML
    )


def locale_sitemap(request, section):
    """One language's sitemap; a 404 for a language the site does not have."""
    return django_sitemap(request, site_sitemaps(request), section=section)
