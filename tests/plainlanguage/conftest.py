"""The agency the plain-language tests act on, built once per module.

A published site with policies whose reading levels are known: a hard English
policy that uses "ALPR" and "hotlist" unexplained, an easy one, one with too
little text to measure, and the hard one translated into Spanish and into
Vietnamese (a language with no measure). The glossary has English and Spanish
terms. Roles come from ``setup_agency``: an editor is in the Editors group, a
translator in the Spanish translators' group; an outsider has no admin access.
"""

import io
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.roles import EDITORS
from plugins.plainlanguage.models import GlossaryTerm
from tests import factories, helpers
from tests.databases import settle_deferred_checks
from tests.helpers import publish_copy, run_on_commit

HARDEST = (
    "Staff may use the automated license-plate reader system only to locate "
    "stolen vehicles, vehicles associated with investigations of violent "
    "felonies, and vehicles registered to individuals subject to outstanding "
    "warrants."
)
HARD_BODY = [
    factories.section("1", "Authorized uses", HARDEST),
    factories.section(
        "2",
        "Monitoring",
        "Every query against the ALPR database is recorded, including the "
        "investigator's identity, the justification provided, and the plate "
        "queried. Plates are compared with the state hotlist.",
    ),
    factories.section(
        "3",
        "Retention",
        "Information is retained for thirty days unless designated as evidence "
        "in a criminal proceeding.",
    ),
]
EASY_SUMMARY = "Officers wear cameras. They record every stop."
EASY_BODY = [
    factories.section("1", "When", "We film each stop. We keep the film for a year.")
]
SPANISH_BODY = [
    factories.section(
        "1",
        "Usos autorizados",
        "El personal solo puede utilizar el sistema automatizado de lectura de "
        "matrículas para localizar vehículos robados, vehículos vinculados con "
        "investigaciones de delitos violentos y vehículos registrados a "
        "personas con órdenes de detención pendientes.",
    ),
    factories.section(
        "2",
        "Supervisión",
        "Cada consulta en la base de datos ALPR queda registrada. Las matrículas "
        "se comparan con la lista de alerta del estado.",
    ),
]


@dataclass
class World:
    """Primary keys of what the tests read; objects are read afresh."""

    pages: dict
    users: dict

    def page(self, name):
        return Page.objects.get(pk=self.pages[name]).specific

    def user(self, name):
        return get_user_model().objects.get(pk=self.users[name])


def publish(page):
    return run_on_commit(helpers.publish, page)


def build_world():
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    # Wagtail's welcome page, as the demo loader removes it.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    home = publish(
        factories.HomePageFactory(
            parent=root, summary="We keep the city safe. We tell you how we do it."
        )
    )
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    policies = publish(factories.PolicyIndexPageFactory(parent=home))
    hard = publish(
        factories.PolicyPageFactory(
            parent=policies,
            title="License-plate readers",
            slug="license-plate-readers",
            summary="We use cameras that read license plates to find stolen cars.",
            body=HARD_BODY,
        )
    )
    easy = publish(
        factories.PolicyPageFactory(
            parent=policies,
            title="Body cameras",
            slug="body-cameras",
            summary=EASY_SUMMARY,
            body=EASY_BODY,
        )
    )
    short = publish(
        factories.PolicyPageFactory(
            parent=policies, title="Drones", slug="drones", summary="Soon.", body=[]
        )
    )
    spanish = run_on_commit(
        publish_copy,
        hard,
        locales["es"],
        title="Lectores de matrículas",
        slug="lectores-de-matriculas",
        summary="Usamos cámaras que leen matrículas para buscar autos robados.",
        body=SPANISH_BODY,
    )
    vietnamese = run_on_commit(
        publish_copy,
        hard,
        locales["vi"],
        title="Máy đọc biển số xe",
        summary="Chúng tôi dùng camera ALPR để tìm xe bị đánh cắp.",
        body=[],
    )
    GlossaryTerm.objects.create(
        locale=locales["en"],
        term="hotlist",
        explanation="A list of license plates we are looking for.",
    )
    GlossaryTerm.objects.create(
        locale=locales["es"],
        term="lista de alerta",
        explanation="Una lista de matrículas que buscamos.",
    )

    call_command("setup_agency", stdout=io.StringIO())
    users = {}
    for name, group in (
        ("editor", EDITORS),
        ("spanish translator", "Translators (Spanish)"),
        ("outsider", None),
    ):
        user = get_user_model().objects.create_user(
            username=name.replace(" ", "-"), password="unused", is_staff=not group
        )
        if group:
            user.groups.add(Group.objects.get(name=group))
        users[name] = user.pk
    pages = {
        "home": home,
        "policies": policies,
        "hard": hard,
        "easy": easy,
        "short": short,
        "spanish": spanish,
        "vietnamese": vietnamese,
    }
    return World(pages={name: page.pk for name, page in pages.items()}, users=users)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The agency, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        settle_deferred_checks()
        yield build_world()
        transaction.set_rollback(True)


@pytest.fixture
def editor_client(world, db, client):
    client.force_login(world.user("editor"))
    return client
