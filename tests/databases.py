"""Test databases copied and swapped in for a while: the demo's copies
(``tests/demo_world.py``) and the deployment's (``tests/deployment``)."""

import sqlite3
from contextlib import contextmanager
from pathlib import Path

import psycopg
from django.core.cache import cache
from django.db import connections
from psycopg import sql


def server_of(settings):
    return {
        "host": settings["HOST"] or None,
        "port": settings["PORT"] or None,
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
    }


def postgres_admin(settings):
    return psycopg.connect(dbname="postgres", autocommit=True, **server_of(settings))


def copy_sqlite(connection, path):
    """A file at ``path`` holding a copy of the SQLite ``connection``'s
    database (in memory or not), by SQLite's backup API."""
    target = sqlite3.connect(path)
    connection.connection.backup(target)
    target.close()
    return str(path)


def copy_postgres(settings, source, target):
    """``target`` as a copy of ``source``; no session may use ``source``."""
    with postgres_admin(settings) as admin:
        # Sessions a live server's request threads left behind.
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            [source],
        )
        admin.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(target), sql.Identifier(source)
            )
        )


def drop_postgres(settings, name):
    with postgres_admin(settings) as admin:
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)
            )
        )


@contextmanager
def using_database(name):
    """Point the ``default`` alias at the database ``name`` in this thread and
    in threads that connect later (a live server's), then back."""
    original = connections["default"]
    settings = dict(original.settings_dict, NAME=name)
    replacement = original.__class__(settings, "default")
    shared = connections.settings["default"]
    original_name = shared["NAME"]
    # Django has no public way to point an alias at another database for a
    # while: replace the handler's entry and its settings, and put them back.
    connections["default"] = replacement
    shared["NAME"] = name
    cache.clear()
    try:
        yield replacement
    finally:
        replacement.close()
        if replacement.connection is not None:
            # Django keeps an in-memory SQLite database open (closing it
            # would lose it); this copy is done with.
            replacement.connection.close()
        shared["NAME"] = original_name
        connections["default"] = original
        cache.clear()


def on_test_database(connection):
    """Whether the connection is the test run's database, never one to keep."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        return True
    return Path(str(connection.settings_dict["NAME"])).name.startswith("test_")


def settle_deferred_checks(connection=None):
    """Run now, at the top of a module's world transaction, the foreign-key
    checks its build deferred. PostgreSQL queues a transaction's deferred
    checks, and Django's ``TestCase`` sets them immediate at the end of each
    test (``check_constraints``), inside the test's savepoint, where fired
    checks cannot be dropped from the queue: each test scanned every check
    the world's build had queued (13 ms a test in the leak matrix's world).
    Fired here, outside any savepoint, they leave the queue. SQLite checks
    on demand and queues nothing."""
    connection = connection or connections["default"]
    if connection.vendor == "postgresql":
        connection.check_constraints()
