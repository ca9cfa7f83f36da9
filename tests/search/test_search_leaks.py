"""Search never finds what the API may not show.

Every way a page can be withheld (never published, unpublished, changed but not
republished, expired, behind a password, a login or a group, under a
restricted parent, aliased or translated from a restricted page, a draft or
expired translation, on another agency's site) and every way a snippet can be
(never published, unpublished, changed but not republished, past its expiry)
is probed through search results, their count, their type, tag and locale
facets, and title suggestions, on every backend. Withheld items carry the word
"quokka" and the tag "withheld"; one public page carries them too, so every
search has an answer and the counts have something to be wrong about.

The site and its public page are built once for the module, in a transaction
rolled back at the end; each case adds to them in its own test, rolled back
with the test.
"""

from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from plugins.faqs.models import FAQ
from plugins.search.categories import category_key, split_key
from plugins.transparency.models import Technology
from tests import factories
from tests.headless.conftest import agency_home, fresh, module_world, sections_under
from tests.search.conftest import facet, publish, translate

WORD = "quokka"
WITHHELD_TAG = "withheld"


@dataclass
class Leak:
    withheld: list = field(default_factory=list)  # (type, id) never found
    texts: list = field(default_factory=list)  # never anywhere in a body
    live: tuple | None = None  # (type, id) found, in its live version
    locales: tuple = ("en",)


PAGE_KINDS = {
    "policy": ("policies", factories.PolicyPageFactory),
    "tip": ("tips", factories.TipPageFactory),
}


def build_world():
    """The agency's site: its sections, and the public page every search finds."""
    sections = sections_under(agency_home())
    public = publish(
        factories.GuidePageFactory(
            parent=sections["guides"],
            title=f"Public {WORD} guide",
            summary=f"Everything about the {WORD} that residents may read.",
        )
    )
    public.tags.add("public")
    return {**sections, "public": publish(public)}


world = module_world(build_world)


class Site_:
    """The agency's site, and how each case adds to it."""

    def __init__(self, sections, locales, public):
        self.sections = sections
        self.locales = locales
        self.public = public

    def page(self, kind, title, *, sections=None, live=True, **fields):
        section, factory = PAGE_KINDS[kind]
        page = factory(
            parent=(sections or self.sections)[section],
            title=title,
            summary=f"A {WORD} page that must stay hidden.",
            live=live,
            **fields,
        )
        page.tags.add(WITHHELD_TAG)
        if live:
            return publish(page)
        page.save_revision()
        return page


def restrict(page, restriction_type):
    restriction = PageViewRestriction.objects.create(
        page=page,
        restriction_type=restriction_type,
        password="open sesame" if restriction_type == "password" else "",
    )
    if restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Officers")[0])


def hidden(kind, page):
    return (kind, page.pk)


# Page cases -----------------------------------------------------------------


def draft_only(site, kind):
    page = site.page(kind, f"Withheld {kind} {WORD} never published", live=False)
    return Leak([hidden(kind, page)], [page.title])


def unpublished(site, kind):
    page = site.page(kind, f"Withheld {kind} {WORD} unpublished")
    page.unpublish()
    return Leak([hidden(kind, page)], [page.title])


def unpublished_changes(site, kind):
    page = site.page(kind, f"Approved {kind} {WORD} title")
    page.title = f"Unapproved {kind} {WORD} wombat draft"
    page.summary = "A wombat appears only in the draft."
    page.save_revision()
    return Leak([], [page.title, "wombat"], live=(kind, page.pk))


def expired(site, kind):
    page = site.page(kind, f"Withheld {kind} {WORD} expired")
    Page.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(hours=1)
    )
    return Leak([hidden(kind, page)], [page.title])


def expired_flagged(site, kind):
    page = site.page(kind, f"Withheld {kind} {WORD} flagged expired")
    Page.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - timedelta(days=1), expired=True, live=False
    )
    return Leak([hidden(kind, page)], [page.title])


def restricted(restriction_type):
    def case(site, kind):
        page = site.page(kind, f"Withheld {kind} {WORD} {restriction_type}")
        restrict(page, restriction_type)
        return Leak([hidden(kind, page)], [page.title])

    return case


def child_of_restricted(site, kind):
    page = site.page(kind, f"Withheld {kind} {WORD} in a private section")
    restrict(page.get_parent(), PageViewRestriction.LOGIN)
    return Leak([hidden(kind, page)], [page.title])


def alias_of_restricted(site, kind):
    page = site.page(kind, f"Withheld {kind} {WORD} aliased")
    alias = page.create_alias(update_slug=f"{page.slug}-alias")
    restrict(page, PageViewRestriction.PASSWORD)
    assert not PageViewRestriction.objects.filter(page=alias).exists()
    return Leak([hidden(kind, page), hidden(kind, alias)], [page.title])


def translation_of_restricted(site, kind):
    page = site.page(kind, f"Withheld {kind} {WORD} source")
    translation = translate(
        page, site.locales["es"], title=f"Retenido {kind} {WORD} traducción"
    )
    # Made private after translation, without mirroring the restriction.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=page, restriction_type=PageViewRestriction.LOGIN)]
    )
    return Leak(
        [hidden(kind, page), hidden(kind, translation)],
        [page.title, translation.title],
        locales=("en", "es"),
    )


def draft_translation(site, kind):
    page = site.page(kind, f"Public {kind} {WORD} with a draft translation")
    translation = page.copy_for_translation(site.locales["es"], copy_parents=True)
    translation.title = f"Retenido {kind} {WORD} borrador"
    translation.live = False
    translation.save()
    translation.save_revision()
    return Leak(
        [hidden(kind, translation)],
        [translation.title],
        live=(kind, page.pk),
        locales=("en", "es"),
    )


def expired_translation(site, kind):
    page = site.page(kind, f"Public {kind} {WORD} with an expired translation")
    translation = translate(
        page, site.locales["es"], title=f"Retenido {kind} {WORD} caducado"
    )
    Page.objects.filter(pk=translation.pk).update(
        expire_at=timezone.now() - timedelta(hours=1)
    )
    return Leak(
        [hidden(kind, translation)],
        [translation.title],
        live=(kind, page.pk),
        locales=("en", "es"),
    )


def other_sites_page(site, kind):
    home = factories.HomePageFactory(
        parent=Page.get_first_root_node(),
        title="Lakeside Sheriff's Office",
        slug="lakeside",
        agency_name="Lakeside Sheriff's Office",
    )
    Site.objects.create(hostname="lakeside.example", port=80, root_page=home)
    sections = {
        "policies": factories.PolicyIndexPageFactory(parent=home),
        "tips": factories.TipIndexPageFactory(parent=home),
    }
    page = site.page(
        kind, f"Withheld {kind} {WORD} of another agency", sections=sections
    )
    return Leak([hidden(kind, page)], [page.title])


PAGE_CASES = {
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
    "translation_of_restricted": translation_of_restricted,
    "draft_translation": draft_translation,
    "expired_translation": expired_translation,
    "other_site": other_sites_page,
}


# Snippet cases ----------------------------------------------------------------


def faq(site, live=True):
    item = factories.FAQFactory(
        question=f"Is the {WORD} FAQ public?",
        answer=f"<p>The {WORD} answer.</p>",
        locale=site.locales["en"],
        live=live,
    )
    item.tags.add(WITHHELD_TAG)
    item.save()
    return item


def faq_never_published(site):
    item = faq(site, live=False)
    return Leak([("faq", item.pk)], [item.question])


def faq_unpublished(site):
    item = faq(site)
    item.save_revision().publish()
    item.unpublish()
    return Leak([("faq", item.pk)], [item.question])


def faq_unpublished_changes(site):
    item = faq(site)
    item.save_revision().publish()
    item.question = f"Unapproved {WORD} wombat question?"
    item.save_revision()
    return Leak([], [item.question, "wombat"], live=("faq", item.pk))


def faq_expired(site):
    """Past its expiry, before the scheduled job unpublishes it."""
    item = faq(site)
    item.save_revision().publish()
    FAQ.objects.filter(pk=item.pk).update(expire_at=timezone.now() - timedelta(hours=1))
    return Leak([("faq", item.pk)], [item.question])


def technology_expired(site):
    item = factories.TechnologyFactory(
        name=f"Withheld {WORD} expired scanner",
        description=f"A {WORD} device no longer in use.",
        locale=site.locales["en"],
        expire_at=timezone.now() - timedelta(hours=1),
    )
    return Leak([("technology", item.pk)], [item.name])


def technology_never_published(site):
    item = factories.TechnologyFactory(
        name=f"Withheld {WORD} scanner",
        description=f"A {WORD} device not yet disclosed.",
        locale=site.locales["en"],
        live=False,
    )
    return Leak([("technology", item.pk)], [item.name])


SNIPPET_CASES = {
    "faq_never_published": faq_never_published,
    "faq_unpublished": faq_unpublished,
    "faq_unpublished_changes": faq_unpublished_changes,
    "technology_never_published": technology_never_published,
    "faq_expired": faq_expired,
    "technology_expired": technology_expired,
}


# Probes -------------------------------------------------------------------------


def get(client, path, leak, **params):
    response = client.get(f"{path}?{urlencode(params)}")
    assert response.status_code == 200, response.content[:500]
    body = response.content.decode()
    for text in leak.texts:
        assert text not in body, (path, params, text)
    return response.json()


def found(data):
    return {(item["type"], item["id"]) for item in data["items"]}


SNIPPET_MODELS = {"faq": FAQ, "technology": Technology}


def withheld_objects(withheld):
    for type_name, pk in withheld:
        model = SNIPPET_MODELS.get(type_name)
        yield model.objects.get(pk=pk) if model else Page.objects.get(pk=pk).specific


def withheld_categories(withheld):
    """(type, category) of every withheld page or snippet that has one."""
    keys = (category_key(obj) for obj in withheld_objects(withheld))
    return {split_key(key) for key in keys if key}


def categories_of(withheld):
    return sorted({value for _type, value in withheld_categories(withheld)})


def probe(client, site, leak):
    expected = {("guide", site.public.pk)}
    if leak.live:
        expected.add(leak.live)
    for locale in (None, *leak.locales):
        params = {"q": WORD, "limit": 100}
        if locale:
            params["locale"] = locale
        data = get(client, "/api/v1/search/", leak, **params)
        assert not found(data) & set(leak.withheld)
        if locale in (None, "en"):
            assert found(data) == expected
            assert data["count"] == len(expected)
            assert sum(facet(data, "type").values()) == len(expected)
            assert facet(data, "locale") == {"en": len(expected)}
        else:
            assert data["count"] == 0
            assert data["facets"] == {
                "type": [],
                "tag": [],
                "locale": [],
                "category": [],
            }
        assert WITHHELD_TAG not in facet(data, "tag") or leak.live
        # Asked for by its tag, nothing withheld comes back.
        data = get(client, "/api/v1/search/", leak, tag=WITHHELD_TAG, **params)
        in_english = leak.live and locale in (None, "en")
        assert found(data) == ({leak.live} if in_english else set())
        # Asked for by its category, nothing withheld comes back either.
        for category in categories_of(leak.withheld):
            data = get(client, "/api/v1/search/", leak, category=category, **params)
            assert not found(data) & set(leak.withheld)
            # Count and facets cover what is served, and nothing else.
            assert data["count"] == len(data["items"])
            counted = sum(entry["count"] for entry in data["facets"]["category"])
            assert counted == data["count"]

        suggest = {"q": WORD[:4]}
        if locale:
            suggest["locale"] = locale
        data = get(client, "/api/v1/search/suggest/", leak, **suggest)
        assert not {(i["type"], i["id"]) for i in data["items"]} & set(leak.withheld)

    # Words only a withheld version has find nothing.
    data = client.get("/api/v1/search/?q=wombat").json()
    assert data["count"] == 0 and data["items"] == []
    assert client.get("/api/v1/search/suggest/?q=wombat").json()["items"] == []


@pytest.fixture
def site(db, world, locales):
    """The world's site, read afresh."""
    sections = fresh(world)
    public = sections.pop("public")
    return Site_(sections, locales, public)


@pytest.mark.parametrize("kind", sorted(PAGE_KINDS))
@pytest.mark.parametrize("case", sorted(PAGE_CASES))
def test_withheld_pages_are_never_found(client, site, search_index, case, kind):
    leak = PAGE_CASES[case](site, kind)
    search_index.refresh()
    probe(client, site, leak)


@pytest.mark.parametrize("case", sorted(SNIPPET_CASES))
def test_withheld_snippets_are_never_found(client, site, search_index, case):
    leak = SNIPPET_CASES[case](site)
    search_index.refresh()
    probe(client, site, leak)


def test_other_sites_search_finds_its_own_pages(client, site, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "lakeside.example"]
    leak = other_sites_page(site, "policy")
    ours = client.get(f"/api/v1/search/?q={WORD}").json()
    data = client.get(f"/api/v1/search/?q={WORD}", HTTP_HOST="lakeside.example").json()
    # The other agency's search finds its page, and none of ours.
    assert found(data) == set(leak.withheld)
    assert data["count"] == len(leak.withheld)
    # Each site's search keeps what it knows of its own pages apart.
    assert found(ours) == {("guide", site.public.pk)}
    again = client.get(f"/api/v1/search/?q={WORD}&limit=1").json()
    assert found(again) == found(ours)
    assert again["count"] == ours["count"]
