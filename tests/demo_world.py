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

While one worker loads the template, another that asks for it waits. So the
first world (module or shared folder) to use the demo keeps its place in the
run, and loads it; the other worlds that use it are moved to the end of their
part of pytest-django's order, by when it is loaded: a worker that met one of
them early used to wait about half a minute.
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
from tests.scheduling import world_of


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
        # Its saves updated no search index (tests/search_updates.py): index
        # it once, as `make demo` leaves it, for the modules that search it.
        call_command("update_index", verbosity=0)
        make_renditions()
    return DemoTemplate(original.vendor, name, media, output.getvalue())


def make_renditions():
    """The renditions a site that has served its pages holds, made once in
    the template: every image's for the API's widths, and the header's
    logo's (its home page served once). Otherwise each test that serves a
    picture made them again: a copy starts without them, and on SQLite a
    browser test's server shares the test's transaction, so what it made
    was rolled back with the test (410 rendition files in the site walk's
    90 page loads, three quarters of their time). Imported here: this
    module is a plugin, loaded before Django is set up."""
    from django.test import Client
    from wagtail.images import get_image_model
    from wagtail.models import Site

    from blocks.media import rendition_filters, rendition_widths

    filters = rendition_filters(rendition_widths())
    for image in get_image_model().objects.all():
        image.get_renditions(*filters)
    home = Site.objects.get(is_default_site=True).root_page
    response = Client().get(home.url)
    if response.status_code != 200:
        pytest.fail(f"the demo's home page answered {response.status_code}")


class SharedTemplate:
    """The run's template, shared by every worker through ``folder``: a
    record of where it is and how many workers use it, read and written
    under a lock."""

    def __init__(self, folder):
        self.folder = folder
        self.record = folder / "demo-template.json"

    @contextmanager
    def locked(self):
        with open(self.folder / "demo-template.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def read(self):
        return json.loads(self.record.read_text()) if self.record.exists() else None

    def use(self, build):
        """The template, built with ``build()`` if no worker has yet (a build
        that fails records nothing: the next worker to ask builds it)."""
        with self.locked():
            record = self.read()
            if record is None:
                template = build()
                fields = {**asdict(template), "media": str(template.media)}
                record = {"template": fields, "users": 0}
            record["users"] += 1
            self.record.write_text(json.dumps(record))
        fields = record["template"]
        return DemoTemplate(**{**fields, "media": Path(fields["media"])})

    def release(self, drop):
        """One worker done; the last calls ``drop()`` with the template's
        fields and removes the record."""
        with self.locked():
            record = self.read()
            record["users"] -= 1
            if record["users"]:
                self.record.write_text(json.dumps(record))
            else:
                drop(record["template"])
                self.record.unlink()


def shared_folder(tmp_path_factory):
    """The temporary folder every xdist worker sees: a worker's own is a
    folder inside it."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def demo_template(django_db_setup, django_db_blocker, tmp_path_factory):
    """The run's demo template database, built by the first module of any
    worker that asks."""
    shared = SharedTemplate(shared_folder(tmp_path_factory))

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


def later_demo_worlds_last(items):
    """Sort ``items`` in place: the demo's first world keeps its place, and
    the other worlds that use the demo go last, each whole."""
    using = [
        world_of(item.nodeid) for item in items if "demo_template" in item.fixturenames
    ]
    later = set(using) - set(using[:1])
    items.sort(key=lambda item: world_of(item.nodeid) in later)


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    """A wrapper, so that this runs before pytest-django's stable sort by
    database use, which then keeps the later worlds at the end of their
    part."""
    later_demo_worlds_last(items)
    return (yield)
