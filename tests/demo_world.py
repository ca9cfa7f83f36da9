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

The template is the run's, not the worker's: the first xdist worker to ask
loads it, under a lock in the folder every worker's temporary files share,
and records where it is; the others wait for the lock and read the record
(every worker's test database is migrated alike, so the content types'
ids agree). The last worker done with it drops it.
"""

import fcntl
import io
import json
import os
import secrets
import sqlite3
from contextlib import contextmanager
from dataclasses import asdict, dataclass
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


class SharedTemplate:
    """The run's template, in the temporary folder every worker shares (a
    worker's own folder is inside it): a record of where it is and how many
    workers use it, read and written under a lock."""

    def __init__(self, tmp_path_factory):
        base = tmp_path_factory.getbasetemp()
        self.folder = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
        self.record = self.folder / "demo-template.json"

    @contextmanager
    def locked(self):
        """The record, read under the lock (None without one); what the
        block leaves in it (``None`` removes it) is written back."""
        with open(self.folder / "demo-template.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            state = {"record": None}
            if self.record.exists():
                state["record"] = json.loads(self.record.read_text())
            yield state
            if state["record"] is None:
                self.record.unlink(missing_ok=True)
            else:
                self.record.write_text(json.dumps(state["record"]))

    def use(self, build):
        """The template, built with ``build()`` if no worker has yet."""
        with self.locked() as state:
            if state["record"] is None:
                template = build()
                fields = {**asdict(template), "media": str(template.media)}
                state["record"] = {"template": fields, "users": 0}
            state["record"]["users"] += 1
            fields = state["record"]["template"]
        return DemoTemplate(**{**fields, "media": Path(fields["media"])})

    def release(self, drop):
        """One worker done; the last calls ``drop()`` with the record's
        template fields."""
        with self.locked() as state:
            state["record"]["users"] -= 1
            if state["record"]["users"] == 0:
                drop(state["record"]["template"])
                state["record"] = None


@pytest.fixture(scope="session")
def demo_template(django_db_setup, django_db_blocker, tmp_path_factory):
    """The run's demo template database, built by the first module of any
    worker that asks."""
    shared = SharedTemplate(tmp_path_factory)

    def build():
        with django_db_blocker.unblock():
            return build_template(tmp_path_factory)

    def drop(fields):
        if fields["vendor"] == "postgresql":
            with django_db_blocker.unblock():
                drop_postgres(connections["default"].settings_dict, fields["name"])

    yield shared.use(build)
    shared.release(drop)


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
