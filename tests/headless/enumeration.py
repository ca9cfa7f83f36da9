"""The world of the tests that enumerate the site (paths, sitemaps,
redirects): what may be listed beside what must never be.

Built once per module, in a transaction rolled back after the module's last
test; each test runs in a savepoint of its own (``db``). Import ``world``
into a test module to use it."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction, Site

from tests import factories
from tests.databases import settle_deferred_checks
from tests.headless.conftest import (
    add_other_site,
    page_maker,
    sections_under,
    translator,
)

__all__ = ["world"]
ARCHIVE = "https://archive.riversidepd.example/tips-2019"


def build_world():
    """A published policy and its Spanish translation (whose parents are
    Wagtail's synced copies), a story, and beside them what must never be
    listed: a draft, an expired tip, a password-protected story, a page of
    another site. Redirects to each, and to a URL."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    sections = sections_under(home)
    make = page_maker(home, sections)
    policy = make("policy", title="License-plate readers", slug="plate-readers")
    policy_es = translator(locales)(policy, "es", title="Lectores de matrículas")
    story = make("story", title="Stolen bikes returned", slug="bikes")
    draft = make("policy", title="Drones", slug="drones", live=False)
    expired = make("tip", title="Holiday parcels", slug="parcels")
    Page.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )
    private = make("story", title="Ongoing inquiry", slug="inquiry")
    PageViewRestriction.objects.create(
        page=private, restriction_type="password", password="x" * 12
    )
    other = add_other_site()
    elsewhere = page_maker(other.home, other.sections)("policy", title="Lakeside")

    def redirect(old_path, to, **options):
        return Redirect.add_redirect(old_path, to, **options)

    redirects = {
        "to_policy": redirect("/en/old-plate-readers/", policy),
        "to_translation": redirect("/es/lectores/", policy_es, is_permanent=False),
        "to_url": redirect("/en/tips-2019", ARCHIVE, is_permanent=False, site=site),
        "to_draft": redirect("/en/drones-draft", draft),
        "to_expired": redirect("/en/parcels-2025", expired),
        "to_private": redirect("/en/inquiry-old", private),
        "to_elsewhere": redirect("/en/lakeside-policy", elsewhere),
        "other_site": redirect("/en/lakeside-only", ARCHIVE, site=other.site),
        # The same path for every site and for this one: this site's wins.
        "all_sites": redirect("/en/contact", "https://all.example/contact"),
        "this_site": redirect("/en/contact", story, site=site),
    }
    return SimpleNamespace(
        home=home,
        sections=sections,
        policy=policy,
        policy_es=policy_es,
        story=story,
        draft=draft,
        expired=expired,
        private=private,
        elsewhere=elsewhere,
        other_home=other.home,
        redirects=redirects,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        settle_deferred_checks()
        yield build_world()
        transaction.set_rollback(True)
