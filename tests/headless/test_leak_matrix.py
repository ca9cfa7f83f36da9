"""Only live, public content of the request's site ever leaves the CMS.

Every output that shows content is probed with every way a page can be
withheld: never published, unpublished, changed but not yet republished,
expired (behind a password too), behind a password, a login or a group, under
a restricted parent, aliased or translated from a restricted page, on another
agency's site, or asked for with a bad preview token. The outputs: the API's
lists, details, ``find``, navigation, preview, change logs, search and
suggest, the blocks and rich text that embed other pages, the Atom feed, and
the HTML site's pages, listings and embedded blocks. Snippets (FAQs,
technologies) are probed the same way: never published, unpublished, changed,
or past their expiry. Each (probe, case) pair is one test: a withheld page or
snippet never shows up by id, and its title never appears anywhere in the
response body.

The world is built once for the module: every case, for every kind of page,
side by side on one site (with its own private section where a case restricts
a parent), and every test only reads it.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Locale, Page, PageViewRestriction, Site

from plugins.faqs.models import FAQ
from plugins.headless.conf import setting
from plugins.headless.preview import (
    SALT,
    InvalidPreviewToken,
    make_preview_token,
    page_id_from_token,
)
from plugins.headless.visibility import is_current
from plugins.policies.models import PolicyVersion
from plugins.transparency.models import Technology
from tests import factories
from tests.databases import settle_deferred_checks
from tests.headless.conftest import (
    PAGE_KINDS,
    add_other_site,
    api_path,
    page_maker,
    sections_under,
    translator,
)

API = "/api/v1"


@dataclass
class Leak:
    """What one case withholds, and how a request might try to reach it."""

    pages: list = field(default_factory=list)  # never served, by id
    texts: list = field(default_factory=list)  # never anywhere in a body
    locales: tuple = ("en",)  # languages to ask in
    token: str | None = None  # a preview token the case tries
    live: Page | None = None  # served, but only in its live version
    # Public pages and snippets that point at the case's pages (``cite``).
    citing: dict = field(default_factory=dict)


def restrict(page, restriction_type):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=restriction_type,
        password="open sesame" if restriction_type == "password" else "",
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Officers")[0])
    return restriction


class OldSigner(signing.TimestampSigner):
    """Signs as if it were two preview lifetimes ago."""

    def timestamp(self):
        seconds = int(timezone.now().timestamp()) - 2 * setting("CMS_PREVIEW_MAX_AGE")
        return signing.b62_encode(seconds)


def withheld_page(ctx, kind, title, **fields):
    """A page of ``kind`` on the site, linked to the registry's technology and
    shown in menus, so that every list, portal and menu would pick it up."""
    if kind in ("policy", "story"):
        fields.setdefault("technologies", [ctx.technology])
    return ctx.make_page(kind, title=title, show_in_menus=True, **fields)


# Cases ------------------------------------------------------------------------


def draft_only(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} never published", live=False)
    return Leak([page], [page.title])


def unpublished(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} unpublished")
    page.unpublish()
    return Leak([page], [page.title])


def unpublished_changes(ctx, kind):
    page = withheld_page(ctx, kind, f"Approved {kind} title")
    page.title = f"Unapproved {kind} draft title"
    if hasattr(page, "change_note"):
        page.change_note = "Not yet approved."
    page.save_revision()
    page.refresh_from_db()
    assert page.title == f"Approved {kind} title"
    return Leak([], [f"Unapproved {kind} draft title"], live=page)


def expired(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} expired")
    # The scheduled job has not run yet: still live, but past its expiry.
    Page.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(hours=1)
    )
    return Leak([page], [page.title])


def expired_flagged(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} flagged expired")
    Page.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(days=1), expired=True
    )
    return Leak([page], [page.title])


def expired_private(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} expired and private")
    restrict(page, PageViewRestriction.PASSWORD)
    Page.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(hours=1)
    )
    return Leak([page], [page.title])


def restricted(restriction_type):
    def case(ctx, kind):
        page = withheld_page(ctx, kind, f"Withheld {kind} {restriction_type}")
        restrict(page, restriction_type)
        return Leak([page], [page.title])

    return case


def child_of_restricted(ctx, kind):
    # A private section of its own, so that the rest of the world stays public.
    page = withheld_page(
        ctx,
        kind,
        f"Withheld {kind} under a private section",
        parent=ctx.private_section(kind),
    )
    restrict(page.get_parent(), PageViewRestriction.LOGIN)
    return Leak([page], [page.title])


def alias_of_restricted(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} aliased")
    alias = page.create_alias(update_slug=f"{page.slug}-alias")
    restrict(page, PageViewRestriction.PASSWORD)
    # The alias sits under an unrestricted parent and has no restriction of its own.
    assert not PageViewRestriction.objects.filter(page=alias).exists()
    return Leak([page, alias.specific], [page.title])


def translation_of_private_source(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} mirrored source")
    translation = ctx.translate(page, "es", title=f"Withheld {kind} traduccion")
    # Made private after it was translated (the translation plugin mirrors it).
    restrict(page, PageViewRestriction.PASSWORD)
    return Leak(
        [translation, page], [page.title, translation.title], locales=("en", "es")
    )


def translation_of_private_source_unmirrored(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} unmirrored source")
    translation = ctx.translate(page, "es", title=f"Withheld {kind} copia")
    # bulk_create sends no signal, so the translation plugin mirrors nothing, as
    # for a restriction made by a data migration: the rule must still withhold
    # the copy on its own.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert not translation.get_view_restrictions().exists()
    return Leak(
        [translation, page], [page.title, translation.title], locales=("en", "es")
    )


def draft_translation(ctx, kind):
    page = withheld_page(ctx, kind, f"Public {kind} with a draft translation")
    translation = page.copy_for_translation(ctx.locales["es"], copy_parents=True)
    translation.title = f"Withheld {kind} borrador"
    translation.save()
    translation.save_revision()
    return Leak([translation], [translation.title], locales=("en", "es"), live=page)


def expired_translation(ctx, kind):
    page = withheld_page(ctx, kind, f"Public {kind} with an expired translation")
    translation = ctx.translate(page, "es", title=f"Withheld {kind} caducado")
    Page.objects.filter(pk=translation.pk).update(
        expire_at=timezone.now() - timedelta(hours=1)
    )
    return Leak([translation], [translation.title], locales=("en", "es"), live=page)


def other_sites_page(ctx, kind):
    page = withheld_page(
        ctx,
        kind,
        f"Withheld {kind} of another agency",
        home=ctx.other.home,
        sections=ctx.other.sections,
    )
    return Leak([page], [page.title])


def forged_token(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} forged preview", live=False)
    token = signing.dumps(
        {"page": page.pk}, key="not-the-agency-secret", salt=SALT, compress=True
    )
    with pytest.raises(InvalidPreviewToken, match="not valid"):
        page_id_from_token(token)
    return Leak([page], [page.title], token=token)


def expired_token(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} stale preview", live=False)
    token = OldSigner(salt=SALT).sign_object({"page": page.pk}, compress=True)
    with pytest.raises(InvalidPreviewToken, match="expired"):
        page_id_from_token(token)
    return Leak([page], [page.title], token=token)


def other_page_token(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} other preview", live=False)
    return Leak([page], [page.title], token=make_preview_token(ctx.reference))


CASES = {
    "draft_only": draft_only,
    "unpublished": unpublished,
    "unpublished_changes": unpublished_changes,
    "expired": expired,
    "expired_flagged": expired_flagged,
    "password": restricted(PageViewRestriction.PASSWORD),
    "login": restricted(PageViewRestriction.LOGIN),
    "groups": restricted(PageViewRestriction.GROUPS),
    "expired_private": expired_private,
    "child_of_restricted": child_of_restricted,
    "alias_of_restricted": alias_of_restricted,
    "translation_of_private_source": translation_of_private_source,
    "translation_unmirrored": translation_of_private_source_unmirrored,
    "draft_translation": draft_translation,
    "expired_translation": expired_translation,
    "other_site": other_sites_page,
    "forged_token": forged_token,
    "expired_token": expired_token,
    "other_page_token": other_page_token,
}


def targets(leak):
    """The case's pages, withheld and live: what citing pages point at."""
    return [*leak.pages, *([leak.live] if leak.live else [])]


def rich_text_links(pages):
    return "".join(
        f'<a linktype="page" id="{page.pk}">link {page.pk}</a> ' for page in pages
    )


def cite(ctx, case, leak):
    """Public pages and an FAQ that point at a case's pages: a story citing its
    policies, a tip linking to them (related content blocks and rich text),
    and an FAQ whose answer links to them."""
    pages = targets(leak)
    return {
        "story": ctx.make_page(
            "story",
            title=f"A story citing the {case} policies",
            policies=[page.specific for page in pages],
        ),
        # A tip, so that it stays public when a policies section is restricted.
        "tip": ctx.make_page(
            "tip",
            title=f"A tip pointing to the {case} policies",
            body=[
                factories.paragraph(rich_text_links(pages)),
                *(
                    {"type": "related_content", "value": {"page": page.pk, "label": ""}}
                    for page in pages
                ),
            ],
        ),
        "faq": factories.FAQFactory(
            question=f"Where are the {case} links?",
            answer=f"<p>{rich_text_links(pages)}</p>",
            locale=ctx.locales["en"],
        ),
    }


# Checks -----------------------------------------------------------------------


def body_text(response):
    return response.content.decode()


def assert_no_text(response, leak):
    text = body_text(response)
    for withheld in leak.texts:
        assert withheld not in text, (response.request["PATH_INFO"], withheld)


def assert_json_404(response):
    assert response.status_code == 404, response.content[:500]
    assert "json" in response["Content-Type"], response["Content-Type"]


def assert_token_refused(response):
    """Public endpoints take no preview token: it cannot unlock a draft."""
    assert response.status_code == 400, response.content[:500]
    assert "token" in body_text(response)


def get(client, url, leak, **params):
    if leak.token:
        params["token"] = leak.token
    if params:
        url += ("&" if "?" in url else "?") + urlencode(params)
    response = client.get(url)
    assert response.status_code != 500
    assert_no_text(response, leak)
    return response


def get_html(client, url, leak):
    """A page of the HTML site, as a resident's browser asks for it."""
    response = client.get(url)
    assert response.status_code != 500
    assert_no_text(response, leak)
    return response


def withheld_ids(leak):
    return {page.pk for page in leak.pages}


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def front_end_path(page):
    home = page if page.depth == 2 else page.get_ancestors().get(depth=2)
    return f"/{page.locale.language_code}/{page.url_path[len(home.url_path) :]}"


def menu_ids(items):
    for item in items:
        yield item["id"]
        yield from menu_ids(item["children"])


def page_ids_of(items):
    """The ids of the pages among search results (snippets have ids too)."""
    return {item["id"] for item in items if item["type"] not in ("faq", "technology")}


def search_words(text):
    """Words to search for a text by, without the whole text: a response
    repeats the words it was asked for."""
    return " ".join(text.split()[1:])


# Probes: the API ---------------------------------------------------------------


def probe_list(client, ctx, leak, kind):
    base = f"{API}/{api_path(kind)}/?limit=100"
    urls = [base, *(f"{base}&locale={code}" for code in leak.locales)]
    urls += [f"{base}&locale={code}&fallback=false" for code in leak.locales]
    for url in urls:
        response = get(client, url, leak)
        if leak.token:
            assert_token_refused(response)
            continue
        assert response.status_code == 200, response.content[:500]
        items = response.json()["items"]
        assert not {item["id"] for item in items} & withheld_ids(leak)
        if leak.live and "locale=es" not in url:
            assert leak.live.pk in {item["id"] for item in items}


def probe_detail(client, ctx, leak, kind, prefix=None):
    prefix = prefix or f"{API}/{api_path(kind)}"
    for page in leak.pages:
        for params in [{}, *({"locale": code} for code in leak.locales)]:
            response = get(client, f"{prefix}/{page.pk}/", leak, **params)
            if leak.token:
                assert_token_refused(response)
            else:
                assert_json_404(response)
    if leak.live:
        response = get(client, f"{prefix}/{leak.live.pk}/", leak)
        assert response.status_code == 200, response.content[:500]
        assert response.json()["title"] == live_title(leak.live)


def probe_pages(client, ctx, leak, kind):
    probe_detail(client, ctx, leak, kind, prefix=f"{API}/pages")


def probe_find(client, ctx, leak, kind):
    for page in leak.pages:
        response = get(client, f"{API}/pages/find/", leak, path=front_end_path(page))
        if leak.token:
            assert_token_refused(response)
        else:
            assert_json_404(response)
    if leak.live:
        response = get(client, f"{API}/pages/find/", leak, path=ctx.path(leak.live))
        assert response.status_code == 200, response.content[:500]
        assert response.json()["id"] == leak.live.pk


def probe_navigation(client, ctx, leak, kind):
    for code in leak.locales:
        response = get(client, f"{API}/navigation/", leak, locale=code)
        if leak.token:
            assert_token_refused(response)
            continue
        assert response.status_code == 200, response.content[:500]
        ids = set(menu_ids(response.json()["items"]))
        assert not ids & withheld_ids(leak)
        if leak.live and code == "en":
            assert leak.live.pk in ids


def probe_preview(client, ctx, leak, kind):
    token = leak.token or make_preview_token(ctx.reference)
    for page in targets(leak):
        response = client.get(
            f"{API}/preview/?{urlencode({'token': token, 'id': page.pk})}"
        )
        assert response.status_code == 403, response.content[:500]
        assert response["Cache-Control"] == "no-store"
        assert_no_text(response, leak)
    if leak.token:
        response = client.get(f"{API}/preview/?{urlencode({'token': token})}")
        assert response.status_code in (200, 403), response.content[:500]
        assert response["Cache-Control"] == "no-store"
        assert_no_text(response, leak)
        if response.status_code == 200:
            assert response.json()["id"] not in withheld_ids(leak)


def probe_versions(client, ctx, leak, kind):
    for page in leak.pages:
        labels = PolicyVersion.objects.filter(policy_id=page.pk).values_list(
            "label", flat=True
        )
        for url in [
            f"{API}/policies/{page.pk}/versions/",
            *(f"{API}/policies/{page.pk}/versions/{label}/" for label in labels),
        ]:
            response = get(client, url, leak)
            if leak.token:
                assert response.status_code in (400, 404)
            else:
                assert_json_404(response)
    if leak.live:
        response = get(client, f"{API}/policies/{leak.live.pk}/versions/", leak)
        assert response.status_code == 200, response.content[:500]


def probe_technology(client, ctx, leak, kind):
    response = get(client, f"{API}/technologies/{ctx.technology.pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    governing = {policy["id"] for policy in response.json()["governing_policies"]}
    assert not governing & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in governing


def probe_story_policies(client, ctx, leak, kind):
    story = leak.citing["story"]
    response = get(client, f"{API}/stories/{story.pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    cited = {policy["id"] for policy in response.json()["policies"]}
    assert not cited & withheld_ids(leak)


def probe_story_filter(client, ctx, leak, kind):
    """Stories filtered by a withheld policy's id: none, though a public
    story cites it, which would tell that the policy is there."""
    for pk in withheld_ids(leak):
        response = get(client, f"{API}/stories/?policy={pk}", leak)
        if leak.token:
            assert_token_refused(response)
            return
        assert response.status_code == 200, response.content[:500]
        assert response.json()["items"] == []


def probe_transparency_portal(client, ctx, leak, kind):
    response = get(client, f"{API}/transparency/{ctx.portal.pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    data = response.json()
    shown = {policy["id"] for policy in data["governing_policies"]}
    shown |= {change["policy_id"] for change in data["recent_changes"]}
    if data["latest_story"]:
        shown.add(data["latest_story"]["id"])
    assert not shown & withheld_ids(leak)


def probe_related_content(client, ctx, leak, kind):
    """A public tip's related content blocks: a withheld page is no link, and
    a shown one is named as the API names it elsewhere."""
    response = get(client, f"{API}/tips/{leak.citing['tip'].pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    linked = {
        block["value"]["id"]: block["value"]
        for block in response.json()["body"]
        if block["type"] == "related_content" and block["value"]
    }
    assert not set(linked) & withheld_ids(leak)
    if leak.live:
        assert linked[leak.live.pk]["type"] == kind
        assert linked[leak.live.pk]["path"] == ctx.path(leak.live)


def probe_rich_text_links(client, ctx, leak, kind):
    """A public page whose text links to the withheld page: the link keeps its
    words but gets no href, so the withheld page's address never shows."""
    response = get(client, f"{API}/tips/{leak.citing['tip'].pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    (html,) = [
        block["value"]
        for block in response.json()["body"]
        if block["type"] == "paragraph"
    ]
    assert_links_withheld(html, ctx, leak)


def assert_links_withheld(html, ctx, leak):
    for page in leak.pages:
        assert f"<a>link {page.pk}</a>" in html
        assert ctx.path(page) not in html
    if leak.live:
        assert f'<a href="{ctx.path(leak.live)}">link {leak.live.pk}</a>' in html


def probe_faq_answer_links(client, ctx, leak, kind):
    """A snippet's rich text follows the same rule: an FAQ answer that links to
    the withheld page, in the FAQ list and detail."""
    faq = leak.citing["faq"]
    for url in (f"{API}/faqs/{faq.pk}/", f"{API}/faqs/?limit=100"):
        response = get(client, url, leak)
        if leak.token:
            assert_token_refused(response)
            return
        assert response.status_code == 200, response.content[:500]
        data = response.json()
        item = (
            data
            if "answer" in data
            else next(item for item in data["items"] if item["id"] == faq.pk)
        )
        assert_links_withheld(item["answer"], ctx, leak)


def probe_search(client, ctx, leak, kind):
    """Search finds nothing withheld by the words of its title, in any of the
    case's languages, and finds the live version by its own."""
    for text in leak.texts:
        for params in [{}, *({"locale": code} for code in leak.locales)]:
            response = get(
                client,
                f"{API}/search/",
                leak,
                q=search_words(text),
                limit=100,
                **params,
            )
            if leak.token:
                assert_token_refused(response)
                return
            assert response.status_code == 200, response.content[:500]
            assert not page_ids_of(response.json()["items"]) & withheld_ids(leak)
    if leak.live:
        title = live_title(leak.live)
        response = get(client, f"{API}/search/", leak, q=title, limit=100)
        assert leak.live.pk in page_ids_of(response.json()["items"])


def probe_suggest(client, ctx, leak, kind):
    """Title suggestions for the first word of a withheld title."""
    for text in leak.texts:
        for params in [{}, *({"locale": code} for code in leak.locales)]:
            response = get(
                client,
                f"{API}/search/suggest/",
                leak,
                q=text.split()[0],
                limit=20,
                **params,
            )
            if leak.token:
                assert_token_refused(response)
                return
            assert response.status_code == 200, response.content[:500]
            assert not page_ids_of(response.json()["items"]) & withheld_ids(leak)


def probe_visibility_rule(client, ctx, leak, kind):
    """``Visibility.allows`` (a page already loaded, as details use it) and the
    queryset filter (lists) are one rule: they agree on every page there is,
    whether the filter lists the restricted pages or, past
    ``LISTED_RESTRICTIONS_MAX`` of them, nests them as subqueries."""
    from django.test import RequestFactory

    from plugins.headless import visibility as rule

    def filtered_and_allowed():
        visibility = rule.Visibility(
            RequestFactory().get("/api/v1/pages/", HTTP_HOST="localhost")
        )
        filtered = set(visibility(Page.objects.all()).values_list("pk", flat=True))
        allowed = {page.pk for page in Page.objects.all() if visibility.allows(page)}
        return filtered, allowed

    filtered, allowed = filtered_and_allowed()
    assert allowed == filtered
    assert not allowed & withheld_ids(leak)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rule, "LISTED_RESTRICTIONS_MAX", 0)
        assert filtered_and_allowed() == (filtered, allowed)


# Probes: the Atom feed and the HTML site -----------------------------------------


def probe_feed(client, ctx, leak, kind):
    """The Atom feed of policy changes in each of the case's languages."""
    for code in leak.locales:
        response = get_html(client, f"/feeds/{code}/policy-changes.atom", leak)
        assert response.status_code == 200, response.content[:500]
        if leak.live and code == "en":
            assert live_title(leak.live) in body_text(response)


def is_guarded(page):
    """Current, and behind a view restriction of its own, an ancestor's or
    (for a translation) its source's, which the site may guard with a password
    form or a login rather than not find. An expired page, or an alias of a
    restricted page, is not found, password or not."""
    page = Page.objects.get(pk=page.pk)
    versions = Page.objects.filter(translation_key=page.translation_key)
    return is_current(page) and any(
        version.get_view_restrictions().exists() for version in versions
    )


def probe_html_page(client, ctx, leak, kind):
    """The site does not serve a withheld page: not found, or (behind its own
    restriction) a password form or a login, never its content."""
    for page in leak.pages:
        response = get_html(client, front_end_path(page), leak)
        if response.status_code == 404:
            continue
        assert is_guarded(page), (front_end_path(page), response.status_code)
        if response.status_code == 302:
            assert "login" in response["Location"]
        else:
            assert response.status_code == 200
            assert 'name="password"' in body_text(response)
    if leak.live:
        response = get_html(client, ctx.path(leak.live), leak)
        assert response.status_code == 200
        assert live_title(leak.live) in body_text(response)


def listings_of(ctx, kind, locales):
    """The HTML pages that list ``kind``'s pages: its section (or, for a type
    without one, the home page), in each language."""
    _factory, section, _path = PAGE_KINDS[kind]
    index = ctx.sections[section] if section else ctx.home
    for code in locales:
        translation = Page.objects.filter(
            translation_key=index.translation_key, locale=ctx.locales[code]
        ).first()
        if translation is not None:
            yield code, front_end_path(translation)


def probe_html_listing(client, ctx, leak, kind):
    for code, url in listings_of(ctx, kind, leak.locales):
        response = get_html(client, url, leak)
        assert response.status_code == 200, (url, response.status_code)
        html = body_text(response)
        for page in leak.pages:
            assert f'href="{front_end_path(page)}"' not in html
        if leak.live and code == "en":
            assert live_title(leak.live) in html


def probe_html_embedded(client, ctx, leak, kind):
    """The public tip that points at the case's pages, as the site renders it:
    related content blocks and rich text links to withheld pages show nothing
    of them, not even an address."""
    response = get_html(client, ctx.path(leak.citing["tip"]), leak)
    assert response.status_code == 200
    html = body_text(response)
    assert_links_withheld(html, ctx, leak)
    if leak.live:
        # In the page's own content, not the site's menu, which lists it too.
        main = html.split('<main id="main-content"', 1)[1].split("</main>", 1)[0]
        assert main.count(f'href="{ctx.path(leak.live)}"') == 2


KINDS = ["policy", "story", "tip", "guide", "award", "transparency"]
PROBES = {
    **{f"list-{kind}": (probe_list, kind) for kind in KINDS},
    **{f"detail-{kind}": (probe_detail, kind) for kind in KINDS},
    "pages": (probe_pages, "policy"),
    "find": (probe_find, "policy"),
    "navigation": (probe_navigation, "policy"),
    "preview": (probe_preview, "policy"),
    "versions": (probe_versions, "policy"),
    "technology-governing": (probe_technology, "policy"),
    "story-policies": (probe_story_policies, "policy"),
    "story-filter": (probe_story_filter, "policy"),
    "transparency-policy": (probe_transparency_portal, "policy"),
    "transparency-story": (probe_transparency_portal, "story"),
    "related-content": (probe_related_content, "policy"),
    "rich-text-links": (probe_rich_text_links, "policy"),
    "faq-answer-links": (probe_faq_answer_links, "policy"),
    "search": (probe_search, "policy"),
    "search-tip": (probe_search, "tip"),
    "suggest": (probe_suggest, "policy"),
    "visibility-rule": (probe_visibility_rule, "policy"),
    "feed": (probe_feed, "policy"),
    **{f"html-page-{kind}": (probe_html_page, kind) for kind in KINDS},
    **{f"html-listing-{kind}": (probe_html_listing, kind) for kind in KINDS},
    "html-embedded": (probe_html_embedded, "policy"),
}

# Leaks found while writing this matrix are fixed; list any new one here,
# strict, so that its fix is noticed.
KNOWN_LEAKS = {}


def matrix():
    for probe in PROBES:
        for case in CASES:
            reason = KNOWN_LEAKS.get((probe, case))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(probe, case, id=f"{probe}-{case}", marks=marks)


# Snippets: FAQs and the technology registry ---------------------------------------

SNIPPETS = {
    "faq": (factories.FAQFactory, "question"),
    "technology": (factories.TechnologyFactory, "name"),
}
SNIPPET_MODELS = {"faq": FAQ, "technology": Technology}


def new_snippet(ctx, kind, text, live=True):
    factory, text_field = SNIPPETS[kind]
    snippet = factory(locale=ctx.locales["en"], live=live, **{text_field: text})
    if live:
        snippet.save_revision().publish()
    else:
        snippet.save_revision()
    snippet.refresh_from_db()
    return snippet


def snippet_draft(ctx, kind):
    snippet = new_snippet(ctx, kind, f"Withheld {kind} never published", live=False)
    return Leak([snippet], [f"Withheld {kind} never published"])


def snippet_unpublished(ctx, kind):
    snippet = new_snippet(ctx, kind, f"Withheld {kind} unpublished")
    snippet.unpublish()
    return Leak([snippet], [f"Withheld {kind} unpublished"])


def snippet_unpublished_changes(ctx, kind):
    _factory, text_field = SNIPPETS[kind]
    snippet = new_snippet(ctx, kind, f"Approved {kind} text")
    setattr(snippet, text_field, f"Unapproved {kind} draft text")
    snippet.save_revision()
    snippet.refresh_from_db()
    assert getattr(snippet, text_field) == f"Approved {kind} text"
    return Leak([], [f"Unapproved {kind} draft text"], live=snippet)


def snippet_expired(ctx, kind):
    snippet = new_snippet(ctx, kind, f"Withheld {kind} expired")
    # Still live: the scheduled job that unpublishes it has not run yet.
    type(snippet).objects.filter(pk=snippet.pk).update(
        expire_at=timezone.now() - timedelta(hours=1)
    )
    return Leak([snippet], [f"Withheld {kind} expired"])


SNIPPET_CASES = {
    "draft_only": snippet_draft,
    "unpublished": snippet_unpublished,
    "unpublished_changes": snippet_unpublished_changes,
    "expired": snippet_expired,
}


def cite_snippets(ctx, case, kind, leak):
    """A policy that embeds the case's FAQs (an FAQ block) or governs its
    technologies."""
    snippets = targets(leak)
    if kind == "faq":
        return {
            "policy": ctx.make_page(
                "policy",
                title=f"A policy answering {case} questions",
                body=[
                    factories.section("1", "Purpose", "Why we have it."),
                    {
                        "type": "faqs",
                        "value": {
                            "title": "Questions",
                            "faqs": [faq.pk for faq in snippets],
                        },
                    },
                ],
            )
        }
    return {
        "policy": ctx.make_page(
            "policy", title=f"A policy on {case} cameras", technologies=snippets
        )
    }


def snippet_path(kind):
    return "faqs" if kind == "faq" else "technologies"


def probe_snippet_list(client, ctx, leak, kind):
    for url in [
        f"{API}/{snippet_path(kind)}/?limit=100",
        f"{API}/{snippet_path(kind)}/?limit=100&locale=en",
    ]:
        response = get(client, url, leak)
        assert response.status_code == 200, response.content[:500]
        ids = {item["id"] for item in response.json()["items"]}
        assert not ids & withheld_ids(leak)
        if leak.live:
            assert leak.live.pk in ids


def probe_snippet_detail(client, ctx, leak, kind):
    for snippet in leak.pages:
        assert_json_404(get(client, f"{API}/{snippet_path(kind)}/{snippet.pk}/", leak))
    if leak.live:
        response = get(client, f"{API}/{snippet_path(kind)}/{leak.live.pk}/", leak)
        assert response.status_code == 200, response.content[:500]


def faq_page_ids(data):
    return {faq["id"] for group in data["categories"] for faq in group["faqs"]}


def probe_faq_page(client, ctx, leak, kind):
    response = get(client, f"{API}/pages/{ctx.sections['faqs'].pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    ids = faq_page_ids(response.json())
    assert not ids & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in ids


def probe_faq_block(client, ctx, leak, kind):
    policy = leak.citing["policy"]
    response = get(client, f"{API}/policies/{policy.pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    (block,) = [block for block in response.json()["body"] if block["type"] == "faqs"]
    ids = {faq["id"] for faq in block["value"]["faqs"]}
    assert not ids & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in ids


def probe_policy_technologies(client, ctx, leak, kind):
    policy = leak.citing["policy"]
    response = get(client, f"{API}/policies/{policy.pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    ids = {technology["id"] for technology in response.json()["technologies"]}
    assert not ids & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in ids


def probe_technology_filter(client, ctx, leak, kind):
    """Policies filtered by a withheld technology's id: none, though a public
    policy governs it, which would tell that the technology is there."""
    for pk in withheld_ids(leak):
        response = get(client, f"{API}/policies/?technology={pk}", leak)
        assert response.status_code == 200, response.content[:500]
        assert response.json()["items"] == []
    if leak.live:
        response = get(client, f"{API}/policies/?technology={leak.live.pk}", leak)
        assert leak.citing["policy"].pk in {i["id"] for i in response.json()["items"]}


def probe_transparency_technologies(client, ctx, leak, kind):
    response = get(client, f"{API}/transparency/{ctx.portal.pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    ids = {technology["id"] for technology in response.json()["technologies"]}
    assert not ids & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in ids


def probe_technologies_csv(client, ctx, leak, kind):
    response = get(client, f"{API}/technologies/export.csv", leak)
    assert response.status_code == 200, response.content[:500]


def snippet_ids_of(items, kind):
    return {item["id"] for item in items if item["type"] == kind}


def probe_snippet_search(client, ctx, leak, kind):
    for text in leak.texts:
        response = get(client, f"{API}/search/", leak, q=search_words(text))
        assert response.status_code == 200, response.content[:500]
        found = snippet_ids_of(response.json()["items"], kind)
        assert not found & withheld_ids(leak)
    if leak.live:
        _factory, text_field = SNIPPETS[kind]
        words = getattr(leak.live, text_field)
        response = get(client, f"{API}/search/", leak, q=words)
        assert leak.live.pk in snippet_ids_of(response.json()["items"], kind)


def probe_snippet_suggest(client, ctx, leak, kind):
    for text in leak.texts:
        response = get(
            client, f"{API}/search/suggest/", leak, q=text.split()[0], limit=20
        )
        assert response.status_code == 200, response.content[:500]
        found = snippet_ids_of(response.json()["items"], kind)
        assert not found & withheld_ids(leak)


def probe_snippet_visibility_rule(client, ctx, leak, kind):
    """The rule's filter and its in-memory form agree on snippets too."""
    from plugins.headless.visibility import Visibility

    visibility = Visibility(None)
    model = SNIPPET_MODELS[kind]
    filtered = set(visibility(model.objects.all()).values_list("pk", flat=True))
    allowed = {obj.pk for obj in model.objects.all() if visibility.allows(obj)}
    assert allowed == filtered
    assert not allowed & withheld_ids(leak)


def probe_html_faq_page(client, ctx, leak, kind):
    response = get_html(client, front_end_path(ctx.sections["faqs"]), leak)
    assert response.status_code == 200
    if leak.live:
        assert leak.live.question in body_text(response)


def probe_html_citing_policy(client, ctx, leak, kind):
    """The policy that embeds the FAQs or governs the technologies, as the
    site renders it."""
    response = get_html(client, ctx.path(leak.citing["policy"]), leak)
    assert response.status_code == 200
    if leak.live:
        _factory, text_field = SNIPPETS[kind]
        assert getattr(leak.live, text_field) in body_text(response)


def probe_html_transparency(client, ctx, leak, kind):
    response = get_html(client, ctx.path(ctx.portal), leak)
    assert response.status_code == 200
    if leak.live:
        assert leak.live.name in body_text(response)


SNIPPET_PROBES = {
    "faqs-list": (probe_snippet_list, "faq"),
    "faqs-detail": (probe_snippet_detail, "faq"),
    "faq-page": (probe_faq_page, "faq"),
    "faq-block": (probe_faq_block, "faq"),
    "faqs-search": (probe_snippet_search, "faq"),
    "faqs-suggest": (probe_snippet_suggest, "faq"),
    "faqs-visibility-rule": (probe_snippet_visibility_rule, "faq"),
    "html-faq-page": (probe_html_faq_page, "faq"),
    "html-faq-block": (probe_html_citing_policy, "faq"),
    "technologies-list": (probe_snippet_list, "technology"),
    "technologies-detail": (probe_snippet_detail, "technology"),
    "policy-technologies": (probe_policy_technologies, "technology"),
    "technology-filter": (probe_technology_filter, "technology"),
    "transparency-technologies": (probe_transparency_technologies, "technology"),
    "technologies-csv": (probe_technologies_csv, "technology"),
    "technologies-search": (probe_snippet_search, "technology"),
    "technologies-suggest": (probe_snippet_suggest, "technology"),
    "technologies-visibility-rule": (probe_snippet_visibility_rule, "technology"),
    "html-policy-technologies": (probe_html_citing_policy, "technology"),
    "html-transparency": (probe_html_transparency, "technology"),
}


# The world: every case, built once ------------------------------------------------

# The index page type of each kind's section, for a private section of its own;
# a transparency page sits under the home page, which no case may restrict.
PRIVATE_SECTIONS = {
    "policy": factories.PolicyIndexPageFactory,
    "story": factories.StoryIndexPageFactory,
    "tip": factories.TipIndexPageFactory,
    "guide": factories.GuideIndexPageFactory,
    "award": factories.AwardIndexPageFactory,
    "transparency": factories.PolicyIndexPageFactory,
}


def titled(make_page):
    """``make_page``, each page's slug made from its title: the world holds
    many pages of a type whose factory gives them all one slug."""

    def make(kind, *, title, **fields):
        fields.setdefault("slug", slugify(title))
        return make_page(kind, title=title, **fields)

    return make


def build_world():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    sections = sections_under(home)
    # In the menu, so that the navigation probe sees the pages under them.
    Page.objects.filter(pk__in=[page.pk for page in sections.values()]).update(
        show_in_menus=True
    )
    ctx = SimpleNamespace(
        locales=locales,
        home=home,
        sections=sections,
        technology=factories.TechnologyFactory(
            name="License-plate readers", locale=locales["en"]
        ),
        make_page=titled(page_maker(home, sections)),
        translate=translator(locales),
        other=add_other_site(),
        path=front_end_path,
    )
    # A public policy, for tokens that are valid but for another page.
    ctx.reference = ctx.make_page("policy", title="A public policy")
    ctx.private_section = lambda kind: PRIVATE_SECTIONS[kind](
        parent=home, title=f"Private {kind} section", slug=f"private-{kind}"
    )
    ctx.leaks = {}
    for case, make in CASES.items():
        for kind in KINDS:
            ctx.leaks[case, kind] = make(ctx, kind)
        policy_leak = ctx.leaks[case, "policy"]
        policy_leak.citing = cite(ctx, case, policy_leak)
    for case, make in SNIPPET_CASES.items():
        for kind in SNIPPETS:
            leak = make(ctx, kind)
            leak.citing = cite_snippets(ctx, case, kind, leak)
            ctx.leaks[f"snippet:{case}", kind] = leak
    ctx.portal = ctx.make_page("transparency", title="How we use technology")
    return ctx


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Every case of both matrices on one site, built once for the module in
    a transaction that is rolled back after its last test; each test runs in
    a savepoint of its own inside it, and only reads. Its thousand saves
    update no search index (tests/search_updates.py): it is indexed once, at
    the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world()
        call_command("update_index", verbosity=0)
        settle_deferred_checks()
        yield world
        transaction.set_rollback(True)


@pytest.fixture(scope="module", autouse=True)
def _clear_cache():
    """The cache is cleared before the module and after it, not around each
    test (tests/conftest.py): the world never changes while its tests read
    it, so a response one probe's request built is what any later request
    for the same URL is served, as on a site that is serving."""
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(("probe", "case"), list(matrix()))
def test_withheld_page_is_never_served(db, client, world, probe, case):
    check, kind = PROBES[probe]
    check(client, world, world.leaks[case, kind], kind)


@pytest.mark.parametrize("case", list(SNIPPET_CASES))
@pytest.mark.parametrize("probe", list(SNIPPET_PROBES))
def test_withheld_snippet_is_never_served(db, client, world, probe, case):
    check, kind = SNIPPET_PROBES[probe]
    check(client, world, world.leaks[f"snippet:{case}", kind], kind)
