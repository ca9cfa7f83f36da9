"""PostgreSQL full-text search with a text-search configuration per language:
see ``plugins.search.backends.database``."""

from collections import defaultdict
from copy import copy
from functools import reduce

from modelsearch.backends.database.postgres.postgres import (
    PostgresAutocompleteQueryCompiler,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from plugins.search.backends.database.matches import DatabaseMatches
from plugins.search.backends.locale_filter import (
    content_language_codes,
    languages_in_queryset,
)
from plugins.search.languages import postgres_config


class LocalizedPostgresIndex(PostgresIndex):
    """Indexes each object with its own language's configuration."""

    def add_items(self, model, objs):
        objs = list(objs)
        locale_ids = {getattr(obj, "locale_id", None) for obj in objs} - {None}
        codes = {}
        if locale_ids:
            from wagtail.models import Locale

            codes = dict(
                Locale.objects.filter(pk__in=locale_ids).values_list(
                    "pk", "language_code"
                )
            )
        groups = defaultdict(list)
        for obj in objs:
            code = codes.get(getattr(obj, "locale_id", None))
            groups[self.backend.config_for(code)].append(obj)
        for config, group in groups.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class LocalizedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        if self.fields is not None:
            # Searching named model fields builds vectors on the fly: one config.
            return backend.config
        codes = languages_in_queryset(self.queryset)
        if codes is None:
            configs = {backend.config_for(code) for code in content_language_codes()}
            configs.add(backend.config)
        else:
            configs = {backend.config_for(code) for code in codes}
        configs = sorted(configs, key=lambda config: config or "")
        return configs[0] if len(configs) == 1 else tuple(configs)

    def build_tsquery(self, query, config=None):
        parse = super().build_tsquery
        if isinstance(config, tuple):
            return reduce(
                lambda left, right: left | right,
                (parse(query, config=each) for each in config),
            )
        return parse(query, config=config)


class LocalizedPostgresSearchBackend(DatabaseMatches, PostgresSearchBackend):
    query_compiler_class = LocalizedPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
    index_class = LocalizedPostgresIndex

    def __init__(self, params):
        super().__init__(params)
        # Overrides by language code, e.g. {"vi": "vietnamese_unaccent"}.
        self.language_configs = dict(params.get("LANGUAGE_CONFIGS", {}))

    def config_for(self, language_code):
        """The text-search configuration for a language; ``self.config`` (the
        ``SEARCH_CONFIG`` option) for objects that have none."""
        if not language_code:
            return self.config
        return self.language_configs.get(language_code) or postgres_config(
            language_code
        )

    def with_config(self, config):
        backend = copy(self)
        backend.config = config
        return backend

    def matching_queryset(self, results, score_field):
        compiler = results.query_compiler
        return compiler.search(
            compiler.get_config(self), None, None, score_field=score_field, backend=self
        )


SearchBackend = LocalizedPostgresSearchBackend
