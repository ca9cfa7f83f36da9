"""A change of the text analysis is a migration of the search index.

Each backend's index records the analysis it was built with
(``IndexAnalysis``: a fingerprint of every content language's entry in
``languages.LANGUAGES``, and of the fields each indexed model gives the
index: a filter added to a model is missing from an index built before it).
After ``migrate`` has brought the database schema up
to date, an index built with another analysis is rebuilt with
``update_index`` (``make reindex`` does the same by hand), with progress.

A rebuild never stops search: the database backends rebuild in one
transaction, so requests read the old index (PostgreSQL's snapshots, SQLite's
write-ahead log) until it commits; Elasticsearch builds a new index and then
moves its alias. An empty index (a new site, a test database) is recorded
as built with the current analysis, with nothing to rebuild.
"""

import hashlib
import json

from django.conf import settings
from django.core.management import call_command
from modelsearch.index import get_indexed_models

from plugins.search.backends.locale_filter import content_language_codes
from plugins.search.languages import analysis_fingerprint


def current_fingerprint():
    described = [analysis_fingerprint(content_language_codes()), indexed_fields()]
    return hashlib.sha256(json.dumps(described).encode()).hexdigest()[:16]


def indexed_fields():
    """Every field each indexed model gives the index, by kind, sorted."""

    def named(fields, prefix):
        for field in fields:
            name = f"{prefix}{type(field).__name__}:{field.field_name}"
            yield name
            yield from named(getattr(field, "fields", ()), f"{name}/")

    return sorted(
        name
        for model in get_indexed_models()
        for name in named(model.get_search_fields(), f"{model._meta.label}:")
    )


def backend_names():
    return list(getattr(settings, "WAGTAILSEARCH_BACKENDS", {"default": {}}))


def record(names, fingerprint=None):
    from plugins.search.models import IndexAnalysis

    fingerprint = fingerprint or current_fingerprint()
    for name in names:
        IndexAnalysis.objects.update_or_create(
            backend=name, defaults={"fingerprint": fingerprint}
        )


def has_content():
    """Whether anything may have been indexed: entries in the database
    index, or pages below a site's home page."""
    from wagtail.models import Page
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.exists() or Page.objects.filter(depth__gt=2).exists()


def stale_backends():
    """The backends whose index was built with another analysis."""
    from plugins.search.models import IndexAnalysis

    fingerprint = current_fingerprint()
    recorded = dict(IndexAnalysis.objects.values_list("backend", "fingerprint"))
    names = backend_names()
    missing = [name for name in names if name not in recorded]
    if missing and not has_content():
        # Nothing indexed with any analysis yet.
        record(missing, fingerprint)
        missing = []
    changed = [
        name for name in names if name in recorded and recorded[name] != fingerprint
    ]
    return missing + changed


def reindex_if_analysis_changed(verbosity=1, stdout=None):
    """Rebuild each index whose analysis changed; returns their names."""
    stale = stale_backends()
    for name in stale:
        if verbosity:
            (stdout or print_line)(
                f"Search analysis changed: rebuilding the {name!r} index."
            )
        call_command("update_index", backend_name=name, verbosity=verbosity)
    return stale


def print_line(text):
    import sys

    sys.stdout.write(text + "\n")


def after_migrate(sender, verbosity=1, using="default", **kwargs):
    """``post_migrate``: runs once the schema matches the models."""
    if using != "default":
        return
    reindex_if_analysis_changed(verbosity=verbosity)
