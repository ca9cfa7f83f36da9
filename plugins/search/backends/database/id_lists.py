"""Long lists of ids in one query parameter.

``filter(pk__in=[...])`` binds one parameter per id, and Django prepares each
one in Python: for thousands of matches that costs more than the search. One
JSON (SQLite) or array (PostgreSQL) parameter costs the same for any length.
"""

import json

from django.db import connection
from django.db.models.expressions import RawSQL


def id_list(ids):
    """A subquery of the integers ``ids``, for ``filter(field__in=...)``."""
    ids = [int(value) for value in ids]
    if connection.vendor == "sqlite":
        return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(ids)])
    if connection.vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::bigint[])", [ids])
    return ids
