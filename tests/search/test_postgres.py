"""PostgreSQL: each locale's text is analysed in its language
(``plugins.search.analysis``) and parsed with its own text-search
configuration. Skipped on SQLite.

The plate-reader policy and its four translations are built once for the
module (``module_world``); the tests only read them."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from plugins.policies.models import PolicyPage
from tests import factories
from tests.headless.conftest import agency_home, fresh, module_world, sections_under
from tests.search.conftest import ids_of, needs_postgres, search, translate

pytestmark = needs_postgres


def title_vector(page):
    content_type = ContentType.objects.get_for_model(type(page))
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT title::text FROM wagtailsearch_indexentry "
            "WHERE content_type_id = %s AND object_id = %s",
            [content_type.pk, str(page.pk)],
        )
        return cursor.fetchone()[0]


def build_plate_policies():
    """A policy on license-plate readers, published in every language."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    english = factories.PolicyPageFactory(
        parent=sections_under(agency_home())["policies"],
        title="License-plate readers",
        summary="Cameras that read the plates of passing vehicles.",
    )
    english.save_revision().publish()
    return {
        "en": english,
        "es": translate(english, locales["es"], title="Lectores de matrículas"),
        "vi": translate(english, locales["vi"], title="Máy đọc biển số xe"),
        "ar": translate(english, locales["ar"], title="أجهزة قراءة لوحات السيارات"),
        "zh-hans": translate(english, locales["zh-hans"], title="车牌识别器"),
    }


world = module_world(build_plate_policies)


@pytest.fixture
def plate_policies(db, world):
    return fresh(world)


def test_each_page_is_analysed_in_its_language(plate_policies):
    assert title_vector(plate_policies["en"]) == (
        "'licens':2C 'license-pl':1C 'plate':3C 'reader':4C"
    )
    # Spanish is folded, then stemmed: "matrículas" is indexed as "matricul".
    assert "'matricul'" in title_vector(plate_policies["es"])
    assert "'lector'" in title_vector(plate_policies["es"])
    # Vietnamese is folded; 'simple' keeps the words as they come.
    assert title_vector(plate_policies["vi"]) == (
        "'bien':3C 'doc':2C 'may':1C 'so':4C 'xe':5C"
    )
    # Chinese is segmented into words, the whole and its parts.
    assert title_vector(plate_policies["zh-hans"]) == (
        "'识别':2C '识别器':3C '车牌':1C"
    )
    # Arabic is normalized and lightly stemmed: أجهزة gives اجهز.
    assert title_vector(plate_policies["ar"]) == (
        "'اجهز':1C 'سيار':4C 'قراء':2C 'لوح':3C"
    )


def compiled_configs(queryset):
    backend = get_search_backend()
    results = backend.search("plates", queryset)
    return results.query_compiler.get_config(backend).by_code


def test_queries_use_the_locale_filters_configuration(plate_policies, locales):
    assert compiled_configs(Page.objects.filter(locale=locales["es"])) == {
        "es": "spanish"
    }
    assert compiled_configs(Page.objects.filter(locale_id=locales["en"].pk)) == {
        "en": "english"
    }
    assert compiled_configs(Page.objects.filter(locale=locales["vi"])) == {
        "vi": "simple"
    }
    assert compiled_configs(
        Page.objects.filter(locale__in=[locales["es"], locales["en"]])
    ) == {"en": "english", "es": "spanish"}
    # No locale filter (the Wagtail admin): every language's, ORed per word.
    assert compiled_configs(PolicyPage.objects.all()) == {
        "ar": "simple",
        "en": "english",
        "es": "spanish",
        "vi": "simple",
        "zh-hans": "simple",
    }


def test_spanish_search_is_stemmed_as_spanish(client, plate_policies):
    # Singular query, plural title, only with the Spanish stemmer.
    _status, data = search(client, "matrícula", locale="es")
    assert ids_of(data) == [plate_policies["es"].pk]
    _status, data = search(client, "lectora", locale="es")
    assert ids_of(data) == [plate_policies["es"].pk]


def test_english_search_is_stemmed_as_english(client, plate_policies):
    _status, data = search(client, "reading plate", locale="en")
    assert ids_of(data) == [plate_policies["en"].pk]


def test_unfiltered_search_matches_each_page_in_its_language(plate_policies):
    def found(query):
        return {page.pk for page in PolicyPage.objects.live().search(query)}

    assert plate_policies["es"].pk in found("matrícula")
    assert plate_policies["en"].pk in found("reading")
    assert found("biển số") == {plate_policies["vi"].pk}
    assert found("bien so") == {plate_policies["vi"].pk}
    assert found("车牌") == {plate_policies["zh-hans"].pk}
    assert found("اللوحات") == {plate_policies["ar"].pk}


def test_a_residents_search_is_served_by_the_index_of_title_and_body(
    client, plate_policies
):
    """The search API's query matches ``"title" || "body"``, which Wagtail's
    separate indexes of title and body cannot serve: without the index of
    both (migration 0002 of the search plugin) every search read the whole
    index table. Asked to avoid reading whole tables (a test's table is too
    small for its planner to choose an index on its own), PostgreSQL finds
    that expression's matches through it."""
    with CaptureQueriesContext(connection) as queries:
        _status, data = search(client, "reading plate", locale="en")
    assert ids_of(data) == [plate_policies["en"].pk]
    both = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body")'
    assert any(f"{both} @@" in q["sql"] for q in queries), [q["sql"] for q in queries]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE "
            '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body")'
            " @@ to_tsquery('english', 'plate')"
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Bitmap Index Scan on trust_search_entry_text_gin" in plan, plan


def test_a_page_is_joined_to_its_index_entry_through_an_index(client, plate_policies):
    """Wagtail's search joins a page to its index entry by the page's id as
    text, which the page's primary key cannot serve; the search plugin's
    migration 0002 indexes that expression too, so that a query whose matches
    the planner underestimates (several Vietnamese words) looks each page up
    rather than re-reading the locale's pages for every entry."""
    with CaptureQueriesContext(connection) as queries:
        _status, data = search(client, "biển số", locale="vi")
    assert ids_of(data) == [plate_policies["vi"].pk]
    page_as_text = '("wagtailcore_page"."id")::varchar(50)'
    assert any(page_as_text in q["sql"] for q in queries), [q["sql"] for q in queries]
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT id FROM wagtailcore_page "
            """WHERE ("wagtailcore_page"."id")::varchar(50)::text = %s""",
            [str(plate_policies["vi"].pk)],
        )
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "trust_search_page_id_text" in plan, plan
