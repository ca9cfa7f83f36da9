"""The suite's two workers share it by world (tests/scheduling.py): a module,
or the whole browser folder, runs on one worker, so its world is built once."""

import re
import sys
from pathlib import Path

from tests.scheduling import SHARED_WORLDS, Units, world_of

ROOT = Path(__file__).resolve().parents[2]
pytest_plugins = ["pytester"]


def test_a_test_belongs_to_its_module_or_its_shared_folder():
    assert world_of("tests/cms/test_readme.py::test_x") == "tests/cms/test_readme.py"
    assert world_of("tests/cms/test_admin.py::TestA::test_b[1]") == (
        "tests/cms/test_admin.py"
    )
    assert world_of("tests/browser/test_site_pages.py::test_walk[ar-320]") == (
        "tests/browser/"
    )
    # Every shared folder is a real folder of the suite.
    for folder in SHARED_WORLDS:
        assert (ROOT / folder / "conftest.py").exists(), folder


def test_a_module_met_again_later_is_a_later_unit():
    # pytest-django sorts a module's transactional tests after every other
    # module's rolled-back ones: they must not run before those, whose rows
    # their flush would empty, so they make a unit of their own.
    unit_of = Units()
    nodeids = [
        "tests/a.py::test_rolled_back",
        "tests/a.py::test_also_rolled_back",
        "tests/b.py::test_rolled_back",
        "tests/a.py::test_transactional",
        "tests/browser/test_x.py::test_page",
    ]
    assert [unit_of(nodeid) for nodeid in nodeids] == [
        "tests/a.py",
        "tests/a.py",
        "tests/b.py",
        "tests/a.py (stretch 2)",
        "tests/browser/",
    ]
    # Asked again as each test is done: the same unit.
    assert unit_of("tests/a.py::test_transactional") == "tests/a.py (stretch 2)"


def run_spread(pytester, monkeypatch, dist):
    """A small suite of two worlds on two workers; the workers each test ran on.
    Only xdist and the scheduling plugin are loaded: importing every installed
    plugin in each of the three processes took seconds."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeini("[pytest]\n")
    browser = pytester.mkpydir("tests") / "browser"
    browser.mkdir()
    (browser / "__init__.py").write_text("")
    for name in ("one", "two"):
        (browser / f"test_{name}.py").write_text(
            "import pytest\n"
            "@pytest.mark.parametrize('i', range(4))\n"
            "def test_page(i): pass\n"
        )
    (pytester.path / "tests" / "test_module.py").write_text(
        "import pytest\n"
        "@pytest.mark.parametrize('i', range(8))\n"
        "def test_case(i): pass\n"
    )
    (pytester.path / "tests" / "scheduling.py").write_text(
        (ROOT / "tests" / "scheduling.py").read_text()
    )
    result = pytester.run(
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "xdist",
        "-n",
        "2",
        "--dist",
        dist,
        "-p",
        "tests.scheduling",
        "-v",
        "tests",
    )
    assert result.ret == 0, result.stdout.str()
    workers = {}
    for line in result.outlines:
        match = re.match(r"\[(gw\d)\] .*PASSED (tests/\S+)", line)
        if match:
            worker, nodeid = match.groups()
            workers.setdefault(world_of(nodeid), set()).add(worker)
    return workers


def test_each_world_runs_on_one_worker(pytester, monkeypatch):
    workers = run_spread(pytester, monkeypatch, "loadscope")
    assert set(workers) == {"tests/browser/", "tests/test_module.py"}
    assert all(len(used) == 1 for used in workers.values()), workers


def test_without_loadscope_a_world_is_split_between_workers(pytester, monkeypatch):
    # The failure the plugin prevents: xdist's own load scheduling hands the
    # browser folder's tests to both workers, each of which builds the world.
    workers = run_spread(pytester, monkeypatch, "load")
    assert len(workers["tests/browser/"] | workers["tests/test_module.py"]) == 2
    assert any(len(used) == 2 for used in workers.values()), workers
