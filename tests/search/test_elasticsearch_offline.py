"""The Elasticsearch mappings, documents and queries, checked without a server.

As modelsearch tests itself: the backend is built for a URL nothing listens on
and only its mapping and query compilers are called, which never connect.
"""

import json
from datetime import timedelta

import pytest
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.search.backends import get_search_backend

from cms.environment import search_backends
from plugins.faqs.models import FAQ
from plugins.headless.api import delivery_context
from plugins.policies.models import PolicyPage
from plugins.search import indexing
from plugins.search.site_search import SiteSearch
from plugins.search.sources import PageSource, SnippetSource, page_endpoints
from plugins.search.strategies import ElasticsearchStrategy
from plugins.search.terms import SearchTerms
from plugins.tips.models import GuidePage
from plugins.transparency.models import Technology
from tests import factories
from tests.headless.conftest import agency_home, fresh, module_world, sections_under
from tests.search.conftest import build_site_content, publish

LANGUAGE_ANALYZERS = {
    "english": "english",
    "trust_spanish": "trust_spanish",
    "trust_vietnamese": "trust_vietnamese",
    "trust_chinese": "trust_chinese",
    "trust_arabic": "trust_arabic",
}


@pytest.fixture(params=[8, 9], ids=["elasticsearch8", "elasticsearch9"])
def backend(request, settings):
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {"ELASTICSEARCH_URL": "http://127.0.0.1:9"}, client_major=request.param
    )
    return get_search_backend()


def canonical(value):
    return json.loads(json.dumps(value, sort_keys=True, default=str))


def test_catch_all_fields_have_a_sub_field_per_language(backend):
    mapping = backend.mapping_class(PolicyPage).get_mapping()["properties"]
    catch_all = [name for name in mapping if name.startswith("_all_text")]
    assert catch_all == ["_all_text", "_all_text_boost_2_0"]
    for name in catch_all:
        assert mapping[name] == {
            "type": "text",
            "fields": {
                analyzer: {"type": "text", "analyzer": analyzer}
                for analyzer in LANGUAGE_ANALYZERS
            },
        }
    # Fields still copy into the catch-alls, and so into every language.
    assert mapping["title"]["copy_to"] == ["_all_text", "_all_text_boost_2_0"]
    assert mapping["trust_policies_policypage__body"]["copy_to"] == "_all_text"
    assert mapping["_tags"] == {"type": "keyword"}
    assert mapping["_category"] == {"type": "keyword"}
    assert mapping["locale_id_filter"] == {"type": "integer"}
    assert mapping["live_filter"] == {"type": "boolean"}
    faq = backend.mapping_class(FAQ).get_mapping()["properties"]
    assert faq["tags"]["properties"]["name_filter"] == {"type": "keyword"}
    assert set(faq["_all_text"]["fields"]) == set(LANGUAGE_ANALYZERS)


def test_the_languages_follow_the_content_languages(backend, settings):
    settings.WAGTAIL_CONTENT_LANGUAGES = [("en", "English"), ("fr", "French")]
    mapping = backend.mapping_class(Technology).get_mapping()["properties"]
    assert set(mapping["_all_text"]["fields"]) == {"english", "french"}


def test_index_settings_define_the_custom_analyzers(backend):
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["trust_vietnamese"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "trust_ascii_folding"],
    }
    assert analysis["filter"]["trust_ascii_folding"] == {
        "type": "asciifolding",
        "preserve_original": True,
    }
    # Wagtail's own analyzers are kept alongside.
    assert "edgengram_analyzer" in analysis["analyzer"]
    # Every analyzer the mapping names is built in or defined here.
    built_in = {"english"}
    mapping = backend.mapping_class(PolicyPage).get_mapping()["properties"]
    named = {
        sub["analyzer"]
        for name, field in mapping.items()
        for sub in field.get("fields", {}).values()
    }
    assert named - built_in <= set(analysis["analyzer"])


def test_index_settings_from_the_environment_are_merged(settings):
    config = search_backends({"ELASTICSEARCH_URL": "http://127.0.0.1:9"})
    config["default"]["INDEX_SETTINGS"] = {"settings": {"number_of_replicas": 2}}
    settings.WAGTAILSEARCH_BACKENDS = config
    backend = get_search_backend()
    assert backend.settings["settings"]["number_of_replicas"] == 2
    assert "trust_vietnamese" in backend.settings["settings"]["analysis"]["analyzer"]


def build_world():
    """The search suites' content on the agency's site, built once for the
    module: the mappings and queries below only read it."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    sections = sections_under(agency_home())
    return build_site_content(sections, locales)


world = module_world(build_world)


@pytest.fixture
def site_content(db, world):
    return fresh(world)


def test_documents_carry_tags_locale_and_live_state(backend, site_content, locales):
    policy = site_content["policy"]
    document = backend.mapping_class(PolicyPage).get_document(policy)
    assert document["_tags"] == ["alpr", "privacy"]
    assert document["_category"] == f"policy:{policy.category}"
    assert document["locale_id_filter"] == locales["en"].pk
    assert document["live_filter"] is True
    assert document["title"] == "License-plate readers"
    assert "wagtailcore.Page" in document["_django_content_type"]
    faq = backend.mapping_class(FAQ).get_document(site_content["faq"])
    assert faq["_tags"] == ["alpr"]
    assert faq["tags"] == [{"name": "alpr", "name_filter": "alpr"}]
    technology = backend.mapping_class(Technology).get_document(
        site_content["technology"]
    )
    assert "_tags" not in technology
    assert technology["_category"] == f"technology:{site_content['technology'].kind}"
    guide = backend.mapping_class(GuidePage).get_document(site_content["guide"])
    # Guides have no categories.
    assert "_category" not in guide


@pytest.fixture
def site_search(backend, site_content):
    def make(**kwargs):
        request = RequestFactory().get("/api/v1/search/", HTTP_HOST="localhost")
        rep = delivery_context(request)
        query = kwargs.pop("q", "license plate")
        return SiteSearch(
            backend,
            rep,
            terms=SearchTerms.parse(query, max_length=200, max_terms=32),
            **kwargs,
        )

    return make


def compiled(search, source, operator="and"):
    results = search.backend.search(
        search.terms.query_string, source.queryset(search), operator=operator
    )
    return canonical(results.query_compiler.get_query())


def page_source(search):
    return next(source for source in search.sources if isinstance(source, PageSource))


def content_type_ids():
    from django.contrib.contenttypes.models import ContentType

    models = [endpoint.model for endpoint in page_endpoints()]
    return sorted(ct.pk for ct in ContentType.objects.get_for_models(*models).values())


def test_page_query_filters_by_locale_type_and_live_state(site_search, locales):
    search = site_search(q="matrícula", locale=locales["es"])
    assert isinstance(search.strategy, ElasticsearchStrategy)
    query = compiled(search, page_source(search))
    assert query == {
        "bool": {
            "must": {
                "multi_match": {
                    "query": "matrícula",
                    "operator": "and",
                    # Spanish text, searched with the Spanish analyzer only.
                    "fields": [
                        "_all_text.trust_spanish",
                        "_all_text_boost_2_0.trust_spanish^2.0",
                    ],
                }
            },
            "filter": [
                {"match": {"_django_content_type": "wagtailcore.Page"}},
                {
                    "bool": {
                        "must": [
                            {"terms": {"content_type_id_filter": content_type_ids()}},
                            {"term": {"locale_id_filter": locales["es"].pk}},
                            {"term": {"live_filter": True}},
                        ]
                    }
                },
            ],
        }
    }


def test_query_without_locale_searches_every_language(site_search):
    query = compiled(site_search(q="plates"), page_source(site_search(q="plates")))
    fields = query["bool"]["must"]["multi_match"]["fields"]
    assert fields == [
        *(f"_all_text.{analyzer}" for analyzer in LANGUAGE_ANALYZERS),
        *(f"_all_text_boost_2_0.{analyzer}^2.0" for analyzer in LANGUAGE_ANALYZERS),
    ]


@pytest.mark.parametrize(
    ("code", "analyzer"),
    [
        ("en", "english"),
        ("vi", "trust_vietnamese"),
        ("zh-hans", "trust_chinese"),
        ("ar", "trust_arabic"),
    ],
)
def test_each_locale_uses_its_analyzer(site_search, locales, code, analyzer):
    search = site_search(locale=locales[code])
    fields = compiled(search, page_source(search))["bool"]["must"]["multi_match"][
        "fields"
    ]
    assert fields == [f"_all_text.{analyzer}", f"_all_text_boost_2_0.{analyzer}^2.0"]


def test_type_filter_narrows_content_types(site_search):
    from django.contrib.contenttypes.models import ContentType

    from plugins.tips.models import TipPage

    search = site_search(types=["policy", "tip"])
    assert [type(source) for source in search.sources] == [PageSource]
    must = compiled(search, search.sources[0])["bool"]["filter"][1]["bool"]["must"]
    assert must[0] == {
        "terms": {
            "content_type_id_filter": sorted(
                ContentType.objects.get_for_model(model).pk
                for model in (PolicyPage, TipPage)
            )
        }
    }


def test_tag_filter_on_pages_and_faqs(site_search, site_content):
    search = site_search(tag="alpr")
    page_query = compiled(search, page_source(search))
    must = page_query["bool"]["filter"][1]["bool"]["must"]
    tagged = must[-1]["bool"]["should"]
    ids = sorted(id_ for clause in tagged for id_ in clause["terms"]["id_filter"])
    # The Spanish translation was copied with its tags.
    assert ids == sorted(
        site_content[key].pk for key in ("policy", "policy_es", "story")
    )
    faqs = next(s for s in search.sources if getattr(s, "model", None) is FAQ)
    faq_query = compiled(search, faqs)
    assert faq_query["bool"]["filter"][1] == {
        "bool": {
            "must": [
                {"term": {"live_filter": True}},
                {
                    "nested": {
                        "path": "tags",
                        "query": {"term": {"tags.name_filter": "alpr"}},
                    }
                },
            ]
        }
    }
    technology = next(s for s in search.sources if s.model is Technology)
    # Technologies have no tags: a tag filter leaves nothing to search.
    assert not technology.queryset(search).exists()


def test_category_filter_on_pages_and_snippets(site_search, site_content):
    search = site_search(category="technology")
    page_query = compiled(search, page_source(search))
    must = page_query["bool"]["filter"][1]["bool"]["must"]
    ids = sorted(must[-1]["terms"]["id_filter"])
    # The policies of that category, in every language; no other type has it.
    assert ids == sorted(
        page.pk for page in PolicyPage.objects.filter(category="technology", live=True)
    )
    assert site_content["body_cams"].pk in ids
    faqs = next(s for s in search.sources if getattr(s, "model", None) is FAQ)
    assert compiled(search, faqs)["bool"]["filter"][1] == {
        "bool": {
            "must": [
                {"term": {"live_filter": True}},
                {"term": {"category_filter": "technology"}},
            ]
        }
    }


def test_live_pages_that_visibility_withholds_are_excluded_by_id(
    site_search, site_content
):
    restricted = site_content["body_cams"]
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    other_home = factories.HomePageFactory(
        parent=Page.get_first_root_node(), title="Lakeside", slug="lakeside"
    )
    Site.objects.create(hostname="lakeside.example", port=80, root_page=other_home)
    other_policy = publish(
        factories.PolicyPageFactory(
            parent=factories.PolicyIndexPageFactory(parent=other_home)
        )
    )
    search = site_search()
    query = compiled(search, page_source(search))
    must = query["bool"]["filter"][1]["bool"]["must"]
    # Only the few live pages of the searched types that Visibility withholds.
    assert must[-1] == {
        "bool": {
            "must_not": {
                "terms": {"id_filter": sorted([restricted.pk, other_policy.pk])}
            }
        }
    }


def test_snippet_queries_filter_live_and_locale(site_search, locales):
    search = site_search(locale=locales["en"])
    for source in search.sources:
        if not isinstance(source, SnippetSource):
            continue
        query = compiled(search, source)
        assert query["bool"]["filter"][1] == {
            "bool": {
                "must": [
                    {"term": {"live_filter": True}},
                    {"term": {"locale_id_filter": locales["en"].pk}},
                ]
            }
        }
        assert query["bool"]["must"]["multi_match"]["fields"][0] == (
            "_all_text.english"
        )


def test_facets_are_one_aggregation_request(site_search):
    search = site_search()
    source = page_source(search)
    results = search.backend.search("plate", source.queryset(search))
    columns = search.strategy.facet_columns(source, results.query_compiler.mapping)
    assert columns == {
        "locale": "locale_id_filter",
        "tags": "_tags",
        "categories": "_category",
        "type": "content_type_id_filter",
    }
    body = canonical(results.facet_body(columns))
    assert body["aggregations"] == {
        "locale": {"terms": {"field": "locale_id_filter", "size": 200}},
        "tags": {"terms": {"field": "_tags", "size": 200}},
        "categories": {"terms": {"field": "_category", "size": 200}},
        "type": {"terms": {"field": "content_type_id_filter", "size": 200}},
    }
    assert body["query"] == canonical(results.query_compiler.get_query())


def test_suggestions_use_the_title_edge_ngrams(site_search, locales):
    search = site_search(q="lic", locale=locales["en"])
    source = page_source(search)
    results = search.backend.autocomplete(
        "lic", source.queryset(search), fields=source.autocomplete_fields
    )
    query = canonical(results.query_compiler.get_query())
    assert query["bool"]["must"] == {"match": {"title_edgengrams": {"query": "lic"}}}
    faq = next(s for s in search.sources if getattr(s, "model", None) is FAQ)
    results = search.backend.autocomplete("lic", faq.queryset(search))
    query = canonical(results.query_compiler.get_query())
    assert query["bool"]["must"] == {"match": {"_edgengrams": {"query": "lic"}}}


def test_writes_wait_for_the_commit(
    site_content, backend, django_capture_on_commit_callbacks, monkeypatch
):
    policy = site_content["policy"]
    # The fixture's saves wait for the same test transaction, never committed.
    indexing.pending_updates().clear()
    written = []
    # No cluster here: record the writes the commit asks for.
    monkeypatch.setattr(
        indexing,
        "update_document",
        lambda label, object_id, attempt: written.append((label, object_id)),
    )
    with django_capture_on_commit_callbacks(execute=True):
        policy.title = "License-plate readers (ALPR)"
        policy.save_revision().publish()
        policy.save()
        publish(policy)
        assert written == []
    # Three saves of one page in one transaction: one update, after commit.
    assert written == [("trust_policies.policypage", str(policy.pk))]


def test_a_failed_write_does_not_stop_the_others(backend, monkeypatch, caplog):
    def update_document(label, object_id, attempt):
        if object_id == "1":
            raise LookupError(label)
        written.append(object_id)

    written = []
    monkeypatch.setattr(indexing, "update_document", update_document)
    indexing.pending_updates().clear()
    indexing.pending_updates().update({("a.b", "1"): None, ("a.b", "2"): None})
    indexing.write_pending()
    assert written == ["2"]
    assert indexing.pending_updates() == {}
    assert "Could not index a.b 1" in caplog.text


@pytest.mark.parametrize(
    ("plugins", "tokenizer"),
    [
        ({"analysis-smartcn", "analysis-icu"}, "smartcn_tokenizer"),
        ({"analysis-icu"}, "icu_tokenizer"),
        # No plugin: text arrives segmented by jieba, split at spaces.
        (set(), "whitespace"),
    ],
)
def test_a_new_index_gets_the_chinese_analysis_the_cluster_has(
    backend, plugins, tokenizer
):
    class Cluster:
        """Answers _cat/plugins and records the index it is asked to create."""

        created = {}

        class cat:
            @staticmethod
            def plugins(format):
                return [{"name": "node-1", "component": name} for name in plugins]

        class indices:
            @staticmethod
            def create(index, **settings):
                Cluster.created[index] = settings

    backend.es = Cluster
    index = backend.get_index_for_model(PolicyPage)
    index.es = Cluster
    index.put()
    analysis = Cluster.created[index.name]["settings"]["analysis"]
    assert analysis["analyzer"]["trust_chinese"]["tokenizer"] == tokenizer
    # The rest of the settings are the backend's.
    assert (
        analysis["analyzer"]["trust_arabic"]
        == (backend.settings["settings"]["analysis"]["analyzer"]["trust_arabic"])
    )


def test_an_unreachable_cluster_lists_no_plugins(backend):
    class Down:
        class cat:
            @staticmethod
            def plugins(format):
                raise ConnectionError("connection refused")

    backend.es = Down
    assert backend.cluster_plugins() == set()


def test_chinese_documents_and_queries_are_segmented(backend, site_search, locales):
    chinese = factories.FAQFactory(
        question="警察局使用人脸识别吗？",
        answer="<p>不。我们的摄像头都不使用人脸识别。</p>",
        locale=locales["zh-hans"],
    )
    document = backend.mapping_class(FAQ).get_document(chinese)
    assert document["question"] == "警察 警察局 使用 人脸 识别 人脸识别 吗？"
    # Other languages' text is left as it is.
    english = backend.mapping_class(FAQ).get_document(
        factories.FAQFactory(question="Facial recognition?", locale=locales["en"])
    )
    assert english["question"] == "Facial recognition?"
    search = site_search(q="监控录像", locale=locales["zh-hans"])
    query = compiled(search, page_source(search))
    assert query["bool"]["must"]["multi_match"]["query"] == "监控 录像"
    search = site_search(q="matrícula", locale=locales["es"])
    query = compiled(search, page_source(search))
    assert query["bool"]["must"]["multi_match"]["query"] == "matrícula"


def test_a_snippet_search_in_another_language_finds_the_untranslated_ones(
    site_search, site_content, locales
):
    """In Spanish, the FAQs with no Spanish translation are found in
    English, by id, and the words are analysed as Spanish and as English."""
    search = site_search(q="cameras", locale=locales["es"])
    source = next(
        source
        for source in search.sources
        if isinstance(source, SnippetSource) and source.endpoint.type_name == "faq"
    )
    untranslated = sorted(source.untranslated(search))
    assert site_content["faq"].pk in untranslated
    query = compiled(search, source)
    in_spanish = {"term": {"locale_id_filter": locales["es"].pk}}
    untranslated_english = {
        "bool": {
            "must": [
                {"term": {"locale_id_filter": locales["en"].pk}},
                {"terms": {"id_filter": untranslated}},
            ]
        }
    }
    assert query["bool"]["filter"][1] == {
        "bool": {
            "must": [
                {"term": {"live_filter": True}},
                {"bool": {"should": [in_spanish, untranslated_english]}},
            ]
        }
    }
    assert query["bool"]["must"]["multi_match"]["fields"] == [
        "_all_text.english",
        "_all_text.trust_spanish",
        "_all_text_boost_2_0.english^2.0",
        "_all_text_boost_2_0.trust_spanish^2.0",
    ]


def test_a_live_snippet_past_its_expiry_is_left_out_by_id(
    site_search, site_content, locales
):
    """The index knows ``live`` but not the expiry: a snippet past it that
    the scheduled job has not unpublished yet is excluded by id."""
    expired = factories.FAQFactory(
        question="Expired?",
        locale=locales["en"],
        expire_at=timezone.now() - timedelta(minutes=1),
    )
    search = site_search(q="cameras", locale=locales["en"])
    source = next(
        source
        for source in search.sources
        if isinstance(source, SnippetSource) and source.endpoint.type_name == "faq"
    )
    query = compiled(search, source)
    assert {"bool": {"must_not": {"terms": {"id_filter": [expired.pk]}}}} in query[
        "bool"
    ]["filter"][1]["bool"]["must"]
