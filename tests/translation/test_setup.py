"""`setup_agency`: locales from CMS_LANGUAGES, their trees synced from the
source language, and the roles: Editors, Policy approvers and one translator
group per locale. Safe to re-run."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import LocaleSynchronization

from plugins.translation.models import TranslatorRole
from tests import factories
from tests.headless.conftest import (
    agency_home,
    fresh,
    module_world,
    sections_of,
    sections_under,
)
from tests.translation.conftest import publish_now

TARGETS = ["ar", "es", "vi", "zh-hans"]


def setup_agency():
    out = io.StringIO()
    call_command("setup_agency", stdout=out)
    return out.getvalue()


def build_world():
    """A published English site set up with ``setup_agency`` (the translation
    conftest's ``agency``), built once for the module."""
    home = agency_home()
    sections = sections_under(home)
    for page in (home, *sections.values()):
        publish_now(page)
    setup_agency()
    return {"home": home, **{f"section:{n}": page for n, page in sections.items()}}


world = module_world(build_world)


@pytest.fixture
def agency(db, world):
    return fresh(world)["home"]


@pytest.fixture
def section_indexes(db, world):
    return sections_of(fresh(world))


def test_every_target_locale_syncs_from_the_source_language(agency, locales):
    syncs = {
        sync.locale.language_code: sync.sync_from.language_code
        for sync in LocaleSynchronization.objects.select_related("locale", "sync_from")
    }
    assert syncs == dict.fromkeys(TARGETS, "en")


def test_the_synced_trees_mirror_the_source_tree(agency, locales, section_indexes):
    for code in TARGETS:
        home = agency.get_translation(locales[code])
        assert home.alias_of_id == agency.pk
        assert home.live
        assert set(home.get_children().values_list("translation_key", flat=True)) == {
            index.translation_key for index in section_indexes.values()
        }


def test_rerunning_changes_nothing_but_syncs_pages_added_since(
    agency, locales, section_indexes
):
    counts = (
        Page.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        LocaleSynchronization.objects.count(),
        TranslatorRole.objects.count(),
    )
    setup_agency()
    assert counts == (
        Page.objects.count(),
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        LocaleSynchronization.objects.count(),
        TranslatorRole.objects.count(),
    )

    # A page made outside the admin (a loader, an import) is synced on re-run.
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    assert policy.get_translations().count() == 0
    setup_agency()
    assert (
        sorted(
            policy.get_translations().values_list("locale__language_code", flat=True)
        )
        == TARGETS
    )


def test_roles(agency, locales):
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "Editors",
        "Policy approvers",
        "Translators (Arabic)",
        "Translators (Spanish)",
        "Translators (Vietnamese)",
        "Translators (Simplified Chinese)",
    } <= names
    spanish = Group.objects.get(name="Translators (Spanish)")
    assert spanish.translator_role.locale == locales["es"]
    # Their page permissions sit on their own tree only, and exclude publishing.
    permissions = GroupPagePermission.objects.filter(group=spanish)
    assert {p.page.locale.language_code for p in permissions} == {"es"}
    assert {p.permission.codename for p in permissions} == {"change_page"}
    codenames = set(spanish.permissions.values_list("codename", flat=True))
    assert {"access_admin", "submit_translation", "change_faq"} <= codenames
    assert not {"publish_faq", "add_faq", "delete_faq"} & codenames
    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="submit_translation").exists()


def test_policy_approvers_group_is_shared_with_the_policies_setup(agency):
    # Both setup steps get_or_create it by name: one group, whichever ran first.
    assert Group.objects.filter(name="Policy approvers").count() == 1


def test_output_reports_each_step(agency):
    output = setup_agency()
    assert "Locale es: page tree synced from en" in output
    assert "Group 'Translators (Spanish)': ready (1 page tree(s))" in output


@pytest.mark.django_db
def test_adding_a_language_creates_its_locale_tree_and_translators(
    agency, settings, locales
):
    languages = [*settings.LANGUAGES, ("fr", "French")]
    settings.LANGUAGES = languages
    settings.WAGTAIL_CONTENT_LANGUAGES = languages
    settings.WAGTAILADMIN_PERMITTED_LANGUAGES = languages

    output = setup_agency()

    french = Locale.objects.get(language_code="fr")
    assert LocaleSynchronization.objects.get(locale=french).sync_from == locales["en"]
    assert agency.get_translation(french).alias_of_id == agency.pk
    assert Group.objects.get(name="Translators (French)").translator_role.locale == (
        french
    )
    assert "Locale fr: page tree synced from en" in output


def test_make_run_sets_up_the_agency_before_serving():
    makefile = open("Makefile").read()  # noqa: SIM115
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert run.index("setup_agency") < run.index("runserver")
