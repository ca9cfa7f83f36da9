"""DATABASE_URL: SQLite is tuned for serving, PostgreSQL is left as it is."""

import pytest
from django.db.utils import ConnectionHandler

from tests.cms.test_settings import settings_with


def pragma(cursor, name):
    cursor.execute(f"PRAGMA {name}")
    return cursor.fetchone()[0]


@pytest.mark.django_db  # lets a connection open, to a database of its own
def test_a_sqlite_file_serves_with_wal_and_a_large_cache(monkeypatch, tmp_path):
    database = tmp_path / "agency.sqlite3"
    configured = settings_with(monkeypatch, DATABASE_URL=f"sqlite:///{database}")
    wrapper = ConnectionHandler(configured["DATABASES"])["default"]
    try:
        with wrapper.cursor() as cursor:
            assert pragma(cursor, "journal_mode") == "wal"
            assert pragma(cursor, "synchronous") == 1  # NORMAL
            assert pragma(cursor, "cache_size") == -65536  # KiB: 64 MiB
            assert pragma(cursor, "mmap_size") == 268435456
        # A writer waits for another instead of failing at once.
        assert wrapper.get_connection_params()["timeout"] == 20
    finally:
        wrapper.close()


def test_postgresql_gets_no_sqlite_options(monkeypatch):
    configured = settings_with(
        monkeypatch, DATABASE_URL="postgres://postgres@127.0.0.1:5432/agency"
    )
    options = configured["DATABASES"]["default"].get("OPTIONS", {})
    assert "init_command" not in options
    assert "timeout" not in options
