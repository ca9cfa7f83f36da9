"""Two indexes on PostgreSQL that Wagtail's database search needs and neither
Wagtail's migrations nor modelsearch's make (modelsearch's model says a
migration makes the first). Nothing on other databases: SQLite searches its
FTS5 table.

- The words of every index entry's title and body together: a query that
  names no field matches ``("title" || "body") @@ query``, which the separate
  indexes of the two columns cannot serve, so every search read the whole
  index table (57 ms for a word found nowhere, at 10,000 pages).
- Each page's id as the text entries keep it as: a page is joined to its
  entry by ``page.id::varchar(50) = entry.object_id``. When the planner
  misjudged how many entries a query matches (several words of a language
  searched with the ``simple`` configuration: Vietnamese, Chinese, Arabic),
  it re-read every page of the locale for each matching entry (114 ms for
  "bien so xe" at 10,000 pages, 5 ms with the index).

Built ``CONCURRENTLY``, so that a deployment's migration does not stop
editors' publishing (which writes pages and entries) while it builds; then
both tables are analysed, so that the planner knows the new expressions'
statistics from the first search rather than after the next automatic
analysis."""

from django.db import migrations

INDEXES = {
    "trust_search_entry_text_gin": (
        'wagtailsearch_indexentry USING gin (("title" || "body"))'
    ),
    "trust_search_page_id_text": "wagtailcore_page ((id::varchar(50)))",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, definition in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {name} ON {definition}"
        )
    schema_editor.execute("ANALYZE wagtailcore_page, wagtailsearch_indexentry")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {name}")


class Migration(migrations.Migration):
    # CREATE INDEX CONCURRENTLY cannot run inside a transaction.
    atomic = False

    dependencies = [
        ("trust_search", "0001_index_analysis"),
        ("wagtailcore", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
