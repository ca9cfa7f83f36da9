"""A deployment for the module: its own database (a copy of the migrated test
database, so no second 30 s migrate), a small world written through the ORM,
two app processes and a worker."""

import secrets
import sqlite3
from contextlib import contextmanager

import psycopg
import pytest
from django.db import connections
from psycopg import sql


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
        target = sqlite3.connect(path)
        original.connection.backup(target)
        target.close()
        settings["NAME"] = str(path)
        url = f"sqlite:///{path}"
    elif original.vendor == "postgresql":
        name = f"{settings['NAME']}_deploy_{secrets.token_hex(4)}"
        # A template must have no other session: ours closes, and reopens later.
        original.close()
        server = {
            "host": settings["HOST"] or None,
            "port": settings["PORT"] or None,
            "user": settings["USER"],
            "password": settings["PASSWORD"] or None,
        }
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            # Sessions an earlier test's live server left behind in this worker
            # (its request threads' connections outlive the server) would
            # refuse the copy; nothing else uses this worker's database now.
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [settings["NAME"]],
            )
            admin.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(name), sql.Identifier(settings["NAME"])
                )
            )
        settings["NAME"] = name
        password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
        url = (
            f"postgres://{settings['USER']}{password}@{settings['HOST'] or 'localhost'}"
            f":{settings['PORT'] or 5432}/{name}"
        )
    else:
        pytest.skip(f"no deployment test for {original.vendor}")
    # Django has no public way to point an alias at another database for a
    # while: replace the handler's entry, and put the original back after.
    replacement = original.__class__(settings, "default")
    connections["default"] = replacement
    try:
        yield url
    finally:
        replacement.close()
        connections["default"] = original
        if original.vendor == "postgresql":
            with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
                admin.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                        sql.Identifier(name)
                    )
                )
