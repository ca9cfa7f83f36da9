"""Only live, public content of the request's site ever leaves the API.

Every endpoint is probed with every way a page can be withheld: never
published, unpublished, changed but not yet republished, expired, behind a
password, a login or a group, under a restricted parent, aliased or translated
from a restricted page, on another agency's site, or asked for with a bad
preview token. Each (endpoint, case) pair is one test: a withheld page never
shows up by id, and its title never appears anywhere in the response body.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from plugins.headless.conf import setting
from plugins.headless.preview import (
    SALT,
    InvalidPreviewToken,
    make_preview_token,
    page_id_from_token,
)
from plugins.policies.models import PolicyVersion
from tests import factories
from tests.headless.conftest import api_path

API = "/api/v1"


@dataclass
class Leak:
    """What one case withholds, and how a request might try to reach it."""

    pages: list = field(default_factory=list)  # never served, by id
    texts: list = field(default_factory=list)  # never anywhere in a body
    locales: tuple = ("en",)  # languages to ask in
    token: str | None = None  # a preview token the case tries
    live: Page | None = None  # served, but only in its live version


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


def restricted(restriction_type):
    def case(ctx, kind):
        page = withheld_page(ctx, kind, f"Withheld {kind} {restriction_type}")
        restrict(page, restriction_type)
        return Leak([page], [page.title])

    return case


def child_of_restricted(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} under a private section")
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
    page = withheld_page(ctx, kind, f"Withheld {kind} source")
    translation = ctx.translate(page, "es", title=f"Withheld {kind} traduccion")
    # Made private after it was translated (the translation plugin mirrors it).
    restrict(page, PageViewRestriction.PASSWORD)
    return Leak(
        [translation, page], [page.title, translation.title], locales=("en", "es")
    )


def translation_of_private_source_unmirrored(ctx, kind):
    page = withheld_page(ctx, kind, f"Withheld {kind} source")
    translation = ctx.translate(page, "es", title=f"Withheld {kind} traduccion")
    # bulk_create sends no signal, so the translation plugin mirrors nothing, as
    # for a restriction made by a data migration: the API must still withhold
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
    other = ctx.request.getfixturevalue("other_site")
    page = withheld_page(
        ctx,
        kind,
        f"Withheld {kind} of another agency",
        home=other.home,
        sections=other.sections,
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
    return Leak([page], [page.title], token=make_preview_token(ctx.reference()))


CASES = {
    "draft_only": draft_only,
    "unpublished": unpublished,
    "unpublished_changes": unpublished_changes,
    "expired": expired,
    "expired_flagged": expired_flagged,
    "password": restricted(PageViewRestriction.PASSWORD),
    "login": restricted(PageViewRestriction.LOGIN),
    "groups": restricted(PageViewRestriction.GROUPS),
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


def withheld_ids(leak):
    return {page.pk for page in leak.pages}


def live_title(page):
    return Page.objects.get(pk=page.pk).title


def front_end_path(page):
    home = page.get_ancestors().get(depth=2)
    return f"/{page.locale.language_code}/{page.url_path[len(home.url_path) :]}"


def menu_ids(items):
    for item in items:
        yield item["id"]
        yield from menu_ids(item["children"])


# Probes -------------------------------------------------------------------------


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
    token = leak.token or make_preview_token(ctx.reference())
    targets = [*leak.pages, *([leak.live] if leak.live else [])]
    for page in targets:
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
    story = ctx.make_page(
        "story",
        title="A story citing the policy",
        policies=[page.specific for page in [*leak.pages, leak.live] if page],
    )
    response = get(client, f"{API}/stories/{story.pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    cited = {policy["id"] for policy in response.json()["policies"]}
    assert not cited & withheld_ids(leak)


def probe_transparency_portal(client, ctx, leak, kind):
    portal = ctx.make_page("transparency", title="How we use technology")
    response = get(client, f"{API}/transparency/{portal.pk}/", leak)
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
    targets = [*leak.pages, *([leak.live] if leak.live else [])]
    # A tip, so that it stays public when the policies section is restricted.
    citing = ctx.make_page(
        "tip",
        title="A tip pointing to a policy",
        body=[
            factories.paragraph("See also."),
            *(
                {"type": "related_content", "value": {"page": page.pk, "label": ""}}
                for page in targets
            ),
        ],
    )
    response = get(client, f"{API}/tips/{citing.pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    linked = {
        block["value"]["id"]
        for block in response.json()["body"]
        if block["type"] == "related_content" and block["value"]
    }
    assert not linked & withheld_ids(leak)


def probe_rich_text_links(client, ctx, leak, kind):
    """A public page whose text links to the withheld page: the link keeps its
    words but gets no href, so the withheld page's address never shows."""
    targets = [*leak.pages, *([leak.live] if leak.live else [])]
    links = "".join(
        f'<a linktype="page" id="{page.pk}">link {page.pk}</a> ' for page in targets
    )
    citing = ctx.make_page(
        "tip", title="A tip with links", body=[factories.paragraph(links)]
    )
    response = get(client, f"{API}/tips/{citing.pk}/", leak)
    if leak.token:
        assert_token_refused(response)
        return
    assert response.status_code == 200, response.content[:500]
    html = response.json()["body"][0]["value"]
    for page in leak.pages:
        assert f"<a>link {page.pk}</a>" in html
        assert ctx.path(page) not in html
    if leak.live:
        assert f'<a href="{ctx.path(leak.live)}">link {leak.live.pk}</a>' in html


def probe_faq_answer_links(client, ctx, leak, kind):
    """A snippet's rich text follows the same rule: an FAQ answer that links to
    the withheld page, in the FAQ list and detail."""
    targets = [*leak.pages, *([leak.live] if leak.live else [])]
    links = "".join(
        f'<a linktype="page" id="{page.pk}">link {page.pk}</a> ' for page in targets
    )
    faq = factories.FAQFactory(
        question="Where are the links?", answer=f"<p>{links}</p>"
    )
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
        for page in leak.pages:
            assert f"<a>link {page.pk}</a>" in item["answer"]
            assert ctx.path(page) not in item["answer"]
        if leak.live:
            live_link = f'<a href="{ctx.path(leak.live)}">link {leak.live.pk}</a>'
            assert live_link in item["answer"]


def probe_visibility_rule(client, ctx, leak, kind):
    """``Visibility.allows`` (a page already loaded, as details use it) and the
    queryset filter (lists) are one rule: they agree on every page there is."""
    from django.test import RequestFactory

    from plugins.headless.visibility import Visibility

    visibility = Visibility(
        RequestFactory().get("/api/v1/pages/", HTTP_HOST="localhost")
    )
    filtered = set(visibility(Page.objects.all()).values_list("pk", flat=True))
    allowed = {page.pk for page in Page.objects.all() if visibility.allows(page)}
    assert allowed == filtered
    assert not allowed & withheld_ids(leak)


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
    "transparency-policy": (probe_transparency_portal, "policy"),
    "transparency-story": (probe_transparency_portal, "story"),
    "related-content": (probe_related_content, "policy"),
    "rich-text-links": (probe_rich_text_links, "policy"),
    "faq-answer-links": (probe_faq_answer_links, "policy"),
    "visibility-rule": (probe_visibility_rule, "policy"),
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


@pytest.fixture
def ctx(request, home_page, section_indexes, make_page, translate, locales):
    technology = factories.TechnologyFactory(
        name="License-plate readers", locale=locales["en"]
    )
    references = []

    def reference():
        """A public policy, for tokens that are valid but for another page."""
        if not references:
            references.append(make_page("policy", title="A public policy"))
        return references[0]

    def path(page):
        return front_end_path(page)

    return SimpleNamespace(
        request=request,
        locales=locales,
        home=home_page,
        sections=section_indexes,
        technology=technology,
        make_page=make_page,
        translate=translate,
        reference=reference,
        path=path,
    )


@pytest.mark.parametrize(("probe", "case"), list(matrix()))
def test_withheld_page_is_never_served(client, ctx, probe, case):
    check, kind = PROBES[probe]
    leak = CASES[case](ctx, kind)
    check(client, ctx, leak, kind)


# Snippets: FAQs and the technology registry ---------------------------------------

SNIPPETS = {
    "faq": (factories.FAQFactory, "question"),
    "technology": (factories.TechnologyFactory, "name"),
}


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


SNIPPET_CASES = {
    "draft_only": snippet_draft,
    "unpublished": snippet_unpublished,
    "unpublished_changes": snippet_unpublished_changes,
}


def shown_snippets(leak):
    return [*leak.pages, *([leak.live] if leak.live else [])]


def probe_snippet_list(client, ctx, leak, kind):
    path = "faqs" if kind == "faq" else "technologies"
    for url in [f"{API}/{path}/?limit=100", f"{API}/{path}/?limit=100&locale=en"]:
        response = get(client, url, leak)
        assert response.status_code == 200, response.content[:500]
        ids = {item["id"] for item in response.json()["items"]}
        assert not ids & withheld_ids(leak)
        if leak.live:
            assert leak.live.pk in ids


def probe_snippet_detail(client, ctx, leak, kind):
    path = "faqs" if kind == "faq" else "technologies"
    for snippet in leak.pages:
        assert_json_404(get(client, f"{API}/{path}/{snippet.pk}/", leak))
    if leak.live:
        response = get(client, f"{API}/{path}/{leak.live.pk}/", leak)
        assert response.status_code == 200, response.content[:500]


def probe_faq_page(client, ctx, leak, kind):
    response = get(client, f"{API}/pages/{ctx.sections['faqs'].pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    ids = {
        faq["id"] for group in response.json()["categories"] for faq in group["faqs"]
    }
    assert not ids & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in ids


def probe_faq_block(client, ctx, leak, kind):
    faqs = [faq.pk for faq in shown_snippets(leak)]
    policy = ctx.make_page(
        "policy",
        title="A policy answering questions",
        body=[
            factories.section("1", "Purpose", "Why we have it."),
            {"type": "faqs", "value": {"title": "Questions", "faqs": faqs}},
        ],
    )
    response = get(client, f"{API}/policies/{policy.pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    (block,) = [block for block in response.json()["body"] if block["type"] == "faqs"]
    ids = {faq["id"] for faq in block["value"]["faqs"]}
    assert not ids & withheld_ids(leak)


def probe_policy_technologies(client, ctx, leak, kind):
    policy = ctx.make_page(
        "policy", title="A policy on cameras", technologies=shown_snippets(leak)
    )
    response = get(client, f"{API}/policies/{policy.pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    ids = {technology["id"] for technology in response.json()["technologies"]}
    assert not ids & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in ids


def probe_transparency_technologies(client, ctx, leak, kind):
    portal = ctx.make_page("transparency", title="How we use technology")
    response = get(client, f"{API}/transparency/{portal.pk}/", leak)
    assert response.status_code == 200, response.content[:500]
    ids = {technology["id"] for technology in response.json()["technologies"]}
    assert not ids & withheld_ids(leak)
    if leak.live:
        assert leak.live.pk in ids


def probe_technologies_csv(client, ctx, leak, kind):
    response = get(client, f"{API}/technologies/export.csv", leak)
    assert response.status_code == 200, response.content[:500]


SNIPPET_PROBES = {
    "faqs-list": (probe_snippet_list, "faq"),
    "faqs-detail": (probe_snippet_detail, "faq"),
    "faq-page": (probe_faq_page, "faq"),
    "faq-block": (probe_faq_block, "faq"),
    "technologies-list": (probe_snippet_list, "technology"),
    "technologies-detail": (probe_snippet_detail, "technology"),
    "policy-technologies": (probe_policy_technologies, "technology"),
    "transparency-technologies": (probe_transparency_technologies, "technology"),
    "technologies-csv": (probe_technologies_csv, "technology"),
}


@pytest.mark.parametrize("case", list(SNIPPET_CASES))
@pytest.mark.parametrize("probe", list(SNIPPET_PROBES))
def test_withheld_snippet_is_never_served(client, ctx, probe, case):
    check, kind = SNIPPET_PROBES[probe]
    leak = SNIPPET_CASES[case](ctx, kind)
    check(client, ctx, leak, kind)
