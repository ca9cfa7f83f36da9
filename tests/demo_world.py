"""The demo agency, loaded once per test worker and copied for each module that
reads it.

Loading the demo (``manage.py load_demo``) takes about a minute of CPU: every
page is saved, translated through wagtail-localize and indexed. Five modules
and the browser folder read it; each loaded it again. Now the first of them
on a worker loads it into a database of its own (a copy of the migrated test
database, so the content types keep their ids), kept as a template, and each
module works on a fresh copy of that template, which is dropped afterwards:
what a module commits (the browser folder's ``setup_agency``) never reaches
another.

A copy takes milliseconds on SQLite (the backup API, into a shared in-memory
database, so the browser folder's live server shares the tests' connection as
pytest-django arranges for in-memory databases) and about a second on
PostgreSQL (``CREATE DATABASE ... TEMPLATE``; the live server's threads
connect to the copy by its settings).
"""

import io
import secrets
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from django.test.utils import override_settings

from tests.databases import (
    copy_postgres,
    copy_sqlite,
    drop_postgres,
    on_test_database,
    using_database,
)


@dataclass
class DemoTemplate:
    """A database holding the demo, the media folder of its images and what
    ``load_demo`` reported."""

    vendor: str
    name: str
    media: Path
    output: str


def build_template(tmp_path_factory):
    """Load the demo into a copy of the migrated test database."""
    original = connections["default"]
    if not on_test_database(original):
        # pytest-django sets the test database up only for a run that holds
        # a django_db test: a module using the demo must mark its tests so.
        pytest.fail(f"not a test database: {original.settings_dict['NAME']}")
    original.ensure_connection()
    settings = original.settings_dict
    media = tmp_path_factory.mktemp("demo-media")
    if original.vendor == "sqlite":
        path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
        name = copy_sqlite(original, path)
    else:
        name = f"{settings['NAME']}_demo"
        original.close()
        drop_postgres(settings, name)
        copy_postgres(settings, settings["NAME"], name)
    output = io.StringIO()
    with using_database(name), override_settings(MEDIA_ROOT=media):
        call_command("load_demo", stdout=output)
    return DemoTemplate(original.vendor, name, media, output.getvalue())


@pytest.fixture(scope="session")
def demo_template(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo's template database, built by the first module that asks."""
    with django_db_blocker.unblock():
        template = build_template(tmp_path_factory)
    yield template
    if template.vendor == "postgresql":
        with django_db_blocker.unblock():
            drop_postgres(connections["default"].settings_dict, template.name)


@contextmanager
def demo_copy(template):
    """A fresh copy of the demo for one module, as the ``default`` database,
    with its images as MEDIA_ROOT; dropped afterwards."""
    settings = connections["default"].settings_dict
    token = secrets.token_hex(4)
    keeper = None
    if template.vendor == "sqlite":
        # A shared in-memory database lives while a connection to it is open.
        name = f"file:demo_{token}?mode=memory&cache=shared"
        keeper = sqlite3.connect(name, uri=True)
        source = sqlite3.connect(template.name)
        source.backup(keeper)
        source.close()
    else:
        name = f"{template.name}_{token}"
        copy_postgres(settings, template.name, name)
    try:
        with using_database(name), override_settings(MEDIA_ROOT=template.media):
            yield template
    finally:
        if keeper is not None:
            keeper.close()
        else:
            drop_postgres(settings, name)


@pytest.fixture(scope="module")
def demo_database(demo_template, django_db_blocker):
    """The demo as the module's database (a copy of its own)."""
    with django_db_blocker.unblock(), demo_copy(demo_template) as template:
        yield template
