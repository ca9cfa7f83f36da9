"""Search backends: Wagtail's database backend by default (``database``),
Elasticsearch 8 or 9 when ``ELASTICSEARCH_URL`` is set (``elasticsearch8``,
``elasticsearch9``, both built by ``elasticsearch.backend_class``).

``cms.environment.search_backends`` builds ``WAGTAILSEARCH_BACKENDS`` from the
environment variables and names one of these modules.
"""
