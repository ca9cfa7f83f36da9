"""A deployment for the module: its own database (a copy of the migrated test
database, so no second 30 s migrate), a small world written through the ORM,
two app processes and a worker."""

import secrets
from contextlib import contextmanager

import pytest
from django.db import connections

from tests.databases import (
    copy_postgres,
    copy_sqlite,
    drop_postgres,
    using_database,
)


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "deployment: starts app processes, a worker, a database and Redis "
        "(run by make test)",
    )


@contextmanager
def database_copy(tmp_path):
    """A copy of the migrated test database; the ORM of this process uses it
    meanwhile. Yields its DATABASE_URL for the other processes."""
    original = connections["default"]
    original.ensure_connection()
    settings = dict(original.settings_dict)
    if original.vendor == "sqlite":
        path = tmp_path / "deployment.sqlite3"
        name = copy_sqlite(original, path)
        url = f"sqlite:///{path}"
    elif original.vendor == "postgresql":
        name = f"{settings['NAME']}_deploy_{secrets.token_hex(4)}"
        # A template must have no other session: ours closes, and reopens later.
        original.close()
        copy_postgres(settings, settings["NAME"], name)
        password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
        url = (
            f"postgres://{settings['USER']}{password}@{settings['HOST'] or 'localhost'}"
            f":{settings['PORT'] or 5432}/{name}"
        )
    else:
        pytest.skip(f"no deployment test for {original.vendor}")
    try:
        with using_database(name):
            yield url
    finally:
        if original.vendor == "postgresql":
            drop_postgres(settings, name)
