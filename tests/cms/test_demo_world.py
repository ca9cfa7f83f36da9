"""The demo is loaded once per run, by the first worker to ask; each module
works on a copy of its own (tests/demo_world.py), so what one module writes
never reaches another."""

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from types import SimpleNamespace

import pytest
from django.db import connections
from wagtail.models import Page

from tests.demo_world import (
    DemoTemplate,
    SharedTemplate,
    demo_copy,
    later_demo_worlds_last,
)


@pytest.mark.django_db
def test_a_copy_holds_the_demo_and_keeps_its_writes_to_itself(
    demo_template, django_db_blocker
):
    with django_db_blocker.unblock():
        with demo_copy(demo_template):
            home = Page.objects.get(depth=2, locale__language_code="en")
            pages = Page.objects.count()
            assert pages > 80
            copy = connections["default"].settings_dict["NAME"]
            home.title = "Written by one module"
            home.save(update_fields=["title"])
        with demo_copy(demo_template):
            # Another copy: the demo as loaded, not the first copy's write.
            assert connections["default"].settings_dict["NAME"] != copy
            assert Page.objects.count() == pages
            assert Page.objects.get(pk=home.pk).title != "Written by one module"
        # Back on the worker's test database, which never held the demo.
        assert connections["default"].settings_dict["NAME"] != copy
        assert not Page.objects.filter(pk=home.pk, title=home.title).exists()


def demo_template_at(path):
    return DemoTemplate("sqlite", str(path / "demo.sqlite3"), path / "media", "loaded")


def build_slowly(folder, builds):
    """A worker's use of the shared template whose build takes a while and
    leaves a line in ``builds``."""

    def build():
        with builds.open("a") as log:
            log.write("built\n")
        time.sleep(0.5)
        return demo_template_at(folder)

    return SharedTemplate(folder).use(build).name


def test_two_workers_load_the_demo_once_and_the_last_drops_it(tmp_path):
    builds = tmp_path / "builds.log"
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        names = list(pool.map(build_slowly, [tmp_path] * 2, [builds] * 2))
    assert builds.read_text() == "built\n"
    assert names == [str(tmp_path / "demo.sqlite3")] * 2

    dropped = []
    shared = SharedTemplate(tmp_path)
    shared.release(dropped.append)
    assert dropped == []
    shared.release(dropped.append)
    assert [fields["name"] for fields in dropped] == [names[0]]
    assert shared.read() is None


def test_a_failed_load_records_nothing_and_the_next_worker_loads_it(tmp_path):
    shared = SharedTemplate(tmp_path)

    def fail():
        raise RuntimeError("load_demo failed")

    with pytest.raises(RuntimeError):
        shared.use(fail)
    assert shared.read() is None
    template = shared.use(lambda: demo_template_at(tmp_path))
    assert template == demo_template_at(tmp_path)
    assert shared.read()["users"] == 1


def test_the_demos_first_world_loads_it_and_its_other_worlds_wait_at_the_end():
    def item(nodeid, *fixturenames):
        return SimpleNamespace(nodeid=nodeid, fixturenames=["db", *fixturenames])

    items = [
        item("tests/a/test_plain.py::test_one"),
        item("tests/browser/test_walk.py::test_page[en]", "demo_template"),
        item("tests/browser/test_form.py::test_send"),
        item("tests/cms/test_loader.py::test_reads", "demo_template"),
        item("tests/cms/test_loader.py::test_plain"),
        item("tests/z/test_plain.py::test_two"),
        item("tests/search/test_relevance.py::test_rank", "demo_template"),
    ]

    later_demo_worlds_last(items)

    # The browser folder is one world and keeps its place; the loader's module
    # moves whole, its test without the demo too, so it stays one unit.
    assert [entry.nodeid for entry in items] == [
        "tests/a/test_plain.py::test_one",
        "tests/browser/test_walk.py::test_page[en]",
        "tests/browser/test_form.py::test_send",
        "tests/z/test_plain.py::test_two",
        "tests/cms/test_loader.py::test_reads",
        "tests/cms/test_loader.py::test_plain",
        "tests/search/test_relevance.py::test_rank",
    ]


def test_a_run_without_the_demo_keeps_its_order():
    items = [
        SimpleNamespace(nodeid=f"tests/test_{name}.py::test_x", fixturenames=["db"])
        for name in "cab"
    ]
    later_demo_worlds_last(items)
    assert [entry.nodeid for entry in items] == [
        f"tests/test_{name}.py::test_x" for name in "cab"
    ]
