"""The agency's public site, built once per test module: every page type,
a Spanish translation, an untranslated page under /es/, a restricted page and
the agency's details, with tiny images."""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings
from wagtail.models import Locale, Page, PageViewRestriction, Site

from blocks import rendition_widths
from plugins.site.models import AgencySettings
from tests import factories
from tests.databases import settle_deferred_checks
from tests.headless.conftest import (
    page_maker,
    sections_of,
    sections_under,
    translator,
    with_sections,
)


def tiny_image(**fields):
    """An image wide enough for two renditions, made in milliseconds."""
    image = factories.ImageFactory(file__width=400, file__height=240, **fields)
    image.get_renditions(*(f"width-{width}" for width in rendition_widths()))
    return image


def technology_fields():
    """A registry entry with every field the API delivers filled."""
    return {
        "name": "License-plate readers",
        "vendor": "ClearRoad Systems",
        "collected": [("item", "Plate number and state")],
        "not_collected": [("item", "No facial recognition")],
        "allowed_uses": [("item", "Finding stolen vehicles")],
        "prohibited_uses": [("item", "Immigration enforcement")],
        "hotlist_policy": "An officer confirms every alert before acting.",
        "hotlist_sources": [("item", "NCIC stolen vehicle file")],
        "sharing": [
            (
                "agency",
                {
                    "agency": "Cedar County Sheriff's Office",
                    "jurisdiction": "Cedar County, CA",
                    "direction": "both",
                    "since": "2024-05-01",
                },
            )
        ],
        "usage_stats": [
            (
                "statistic",
                {
                    "label": "Vehicles detected",
                    "value": "412380",
                    "unit": "vehicles",
                    "period": "Last 30 days",
                    "as_of": "2026-12-04",
                    "source": "System report",
                },
            )
        ],
        "audits": [
            (
                "audit",
                {
                    "date": "2026-07-15",
                    "auditor": "Office of the City Auditor",
                    "summary": "Checked 150 random searches.",
                    "report": None,
                },
            )
        ],
    }


def build_site(media_root):
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home = factories.HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    sections = sections_under(home)
    for section in sections.values():
        section.show_in_menus = True
        section.save_revision().publish()
    make = page_maker(home, sections)
    translate = translator(locales)
    with override_settings(MEDIA_ROOT=media_root):
        logo = tiny_image(title="Seal")
        hero = tiny_image(description="A plate reader on a pole")
    AgencySettings.objects.create(
        site=site,
        agency_name="Riverside Police Department",
        logo=logo,
        address="4102 Orange Street\nRiverside, CA 92501",
        phone="(555) 010-4000",
        non_emergency_phone="(555) 010-4400",
        email="info@riversidepd.example",
        hours="Monday to Friday, 8 a.m. to 5 p.m.",
    )
    technology = factories.TechnologyFactory(
        locale=locales["en"], **technology_fields()
    )
    faq = factories.FAQFactory(question="Who can see the data?", locale=locales["en"])
    policy = make(
        "policy",
        title="License-plate readers",
        hero_image=hero,
        approving_authority="Riverside City Council",
        body=[
            factories.section("1", "Purpose", "Why we use plate readers."),
            factories.section("2", "Retention", "We delete data after 30 days."),
            {
                "type": "table",
                "value": {
                    "data": [["Data", "Kept"], ["Plate reads", "30 days"]],
                    "first_row_is_table_header": True,
                    "table_caption": "How long we keep data",
                },
            },
        ],
        technologies=[technology],
        tags=["alpr"],
    )
    policy_es = translate(policy, "es", title="Lectores de matrículas")
    restricted = make("policy", title="Internal procedures")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type="password", password="x"
    )
    return {
        "home": home,
        "policy": policy,
        "policy_es": policy_es,
        "restricted": restricted,
        "story": make("story", title="Stolen bikes returned", hero_image=hero),
        "tip": make("tip", title="Lock your car"),
        "guide": make("guide", title="What to expect after a report"),
        "award": make("award", title="Elm Street wins"),
        "faq": faq,
        "faq_page": sections["faqs"],
        "transparency": make("transparency", title="How we use technology"),
        "technology": technology,
        **with_sections(sections),
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """The site, built once for the module in a transaction rolled back after
    its last test; each test changes it in a savepoint of its own."""
    media_root = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(MEDIA_ROOT=media_root),
    ):
        built = build_site(media_root)
        objects = {name: (type(obj), obj.pk) for name, obj in built.items()}
        settle_deferred_checks()
        yield {"objects": objects, "media_root": media_root}
        transaction.set_rollback(True)


@pytest.fixture
def site(db, world, settings):
    """The world's objects, read afresh for each test, on an empty cache, with
    the world's images."""
    settings.MEDIA_ROOT = world["media_root"]
    cache.clear()
    fresh = {
        name: model.objects.get(pk=pk) for name, (model, pk) in world["objects"].items()
    }
    return {
        name: obj.specific if isinstance(obj, Page) else obj
        for name, obj in fresh.items()
    }


@pytest.fixture
def make_page(site):
    """Pages added to the world's site (``page_maker``)."""
    sections = sections_of(site)
    return page_maker(site["home"], sections)
