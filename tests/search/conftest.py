"""Fixtures for search: a small agency site written the way residents read it."""

import os
import uuid
from contextlib import contextmanager

import pytest
from django.db import connection
from wagtail.models import Locale

from tests import factories, search_updates
from tests.headless.conftest import agency_home, sections_under

# The search tests import these from here: ``translate`` publishes ``page`` in
# ``locale`` with its text replaced by ``fields``.
from tests.helpers import publish
from tests.helpers import publish_copy as translate

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture(scope="module", autouse=True)
def _search_updates_on_save():
    """Every module here reads the index: saves update it, as in production
    (tests/search_updates.py)."""
    with search_updates.on_save():
        yield


needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only: set DATABASE_URL=postgres://...",
)
needs_elasticsearch = pytest.mark.skipif(
    not ELASTICSEARCH_URL,
    reason="needs a live cluster: set ELASTICSEARCH_URL",
)


def search(client, query="", **params):
    """GET /api/v1/search/ and return (status, JSON)."""
    from urllib.parse import urlencode

    if query:
        params["q"] = query
    response = client.get(f"/api/v1/search/?{urlencode(params)}")
    return response.status_code, response.json()


def ids_of(data, type_name=None):
    return [
        item["id"]
        for item in data["items"]
        if type_name is None or item["type"] == type_name
    ]


def facet(data, name):
    return {entry["value"]: entry["count"] for entry in data["facets"][name]}


@pytest.fixture
def site_content(section_indexes, locales):
    """Policies, tips, a story, a guide, an award, FAQs and a technology, with
    Spanish translations of the plate-reader policy and the package tip."""
    return build_site_content(section_indexes, locales)


def build_site_content(section_indexes, locales):
    """``site_content`` as a plain function, for worlds built once per module."""
    content = {}
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="License-plate readers",
        slug="license-plate-readers",
        summary=(
            "We use license-plate reader cameras only to find stolen vehicles "
            "and missing people. Plate data is deleted after 30 days."
        ),
        body=[
            factories.section(
                "1",
                "Purpose",
                "Automated cameras read the license plates of passing vehicles "
                "and compare them with lists of stolen cars.",
            ),
            factories.section(
                "2",
                "Retention",
                "Records are destroyed after 30 days unless they are evidence.",
            ),
        ],
    )
    policy.tags.add("alpr", "privacy")
    content["policy"] = publish(policy)
    content["policy_es"] = translate(
        policy,
        locales["es"],
        title="Lectores de matrículas",
        slug="lectores-de-matriculas",
        summary=(
            "Usamos cámaras lectoras de matrículas solo para encontrar vehículos "
            "robados y personas desaparecidas."
        ),
    )
    body_cams = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Body-worn cameras",
        summary="Officers record every stop, search and use of force.",
        category="technology",
    )
    body_cams.tags.add("cameras")
    content["body_cams"] = publish(body_cams)
    tip = factories.TipPageFactory(
        parent=section_indexes["tips"],
        title="Stop porch pirates: protect your packages",
        slug="protect-your-packages",
        summary=(
            "Package theft rises during the holidays. Track deliveries and bring "
            "packages inside quickly."
        ),
        short_tip="Track your deliveries and bring packages inside quickly.",
    )
    tip.tags.add("package theft", "holidays")
    content["tip"] = publish(tip)
    content["tip_es"] = translate(
        tip,
        locales["es"],
        title="Frene a los ladrones de paquetes",
        slug="proteja-sus-paquetes",
        summary="El robo de paquetes aumenta en las fiestas.",
    )
    car_tip = factories.TipPageFactory(
        parent=section_indexes["tips"],
        title="Prevent car break-ins",
        summary="Most car break-ins target things left in plain sight.",
        short_tip="Lock your car and hide your things.",
    )
    content["car_tip"] = publish(car_tip)
    story = factories.StoryPageFactory(
        parent=section_indexes["stories"],
        title="Stolen car found thanks to a plate-reader alert",
        summary="A stolen car was back with its owner the same afternoon.",
    )
    story.tags.add("alpr")
    content["story"] = publish(story)
    content["guide"] = publish(
        factories.GuidePageFactory(
            parent=section_indexes["guides"],
            title="Sharing your camera footage with us",
            summary="How to save and send video from your home camera.",
        )
    )
    content["award"] = publish(
        factories.AwardPageFactory(
            parent=section_indexes["awards"],
            title="Elm Street Block Club wins the Neighborhood Safety Award",
            summary="More than 400 neighbors came to National Night Out.",
        )
    )
    faq = factories.FAQFactory(
        question="How long do you keep license-plate reader data?",
        answer="<p>We delete plate data after 30 days unless it is evidence.</p>",
        locale=locales["en"],
    )
    faq.tags.add("alpr")
    faq.save()  # a cluster's tags are written on save
    content["faq"] = faq
    content["technology"] = factories.TechnologyFactory(
        name="Automated license-plate readers",
        description="Fixed cameras photograph the license plates of passing cars.",
        locale=locales["en"],
    )
    return content


def build_site_world():
    """``build_site_content`` on a new agency site, with the site's section
    index pages by section (``policies``, ``faqs``...): the build of a
    module's ``world`` (``tests.headless.conftest.module_world``)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    sections = sections_under(agency_home())
    return {**sections, **build_site_content(sections, locales)}


class Index:
    """Brings the search index up to date with the database: the content a
    test starts with, built for it or for its module, and what it has changed.

    The database backend indexes in the test's own transaction, so there is
    nothing to do. Elasticsearch indexes after commit, which a rolled-back
    test or world never reaches: rebuild the indexes from the database
    instead."""

    def __init__(self, name):
        self.name = name

    def __str__(self):
        return self.name

    @property
    def is_elasticsearch(self):
        return self.name == "elasticsearch"

    def refresh(self):
        if not self.is_elasticsearch:
            return
        from django.core.management import call_command
        from wagtail.search.backends import get_search_backend

        call_command("update_index", verbosity=0)
        get_search_backend().refresh_indexes()


@pytest.fixture(
    params=[
        pytest.param("database", id="database"),
        pytest.param("elasticsearch", id="elasticsearch", marks=needs_elasticsearch),
    ]
)
def search_index(request, settings):
    """Runs a test on the database backend, and again on the live cluster at
    ELASTICSEARCH_URL (reported as skipped when it is not set)."""
    if request.param == "database":
        yield Index("database")
        return
    with live_cluster(settings):
        yield Index("elasticsearch")


@contextmanager
def live_cluster(settings):
    """Search through the cluster at ELASTICSEARCH_URL, in indexes of the
    test's own, deleted afterwards."""
    from wagtail.search.backends import get_search_backend

    from cms.environment import search_backends

    prefix = f"cms_test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {**os.environ, "ELASTICSEARCH_INDEX_PREFIX": prefix}
    )
    try:
        yield prefix
    finally:
        es = get_search_backend().es
        for name in es.indices.get(index=f"{prefix}*"):
            es.indices.delete(index=name)
