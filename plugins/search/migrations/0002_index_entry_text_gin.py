"""On PostgreSQL, an index of every index entry's words, title and body
together: what Wagtail's database search matches when a query names no field
(``("title" || "body") @@ query``). Wagtail indexes the two columns apart, and
PostgreSQL cannot use either for their concatenation, so every search read
the whole table (57 ms for a word found nowhere, at 10,000 pages, and growing
with the site). modelsearch's model says such an index is made by a migration;
neither its migrations nor Wagtail's make it.

Built ``CONCURRENTLY``, so that a deployment's migration does not stop
editors' publishing (which writes index entries) while it builds. Nothing on
other databases: SQLite searches its FTS5 table."""

from django.db import migrations

INDEX = "trust_search_entry_text_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} "
            'ON wagtailsearch_indexentry USING gin (("title" || "body"))'
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("trust_search", "0001_index_analysis"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
