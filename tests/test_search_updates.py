"""Every test module that searches reads an index its world filled
(tests/search_updates.py): one that asked the search API of a world whose
saves updated no index would find nothing, and its checks that nothing
withheld is found would pass without checking anything."""

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# A request to the search API (not an operation of the OpenAPI document, "GET
# /api/v1/search/"), or a queryset's search().
SEARCHES = re.compile(r"(?<!GET )(\{API\}|/api/v1)/search/|\)\.search\(")
# What fills the index for a module: the marker, or one rebuild of the world.
FILLS_THE_INDEX = ("pytest.mark.search_updates", '"update_index"')


def unfilled_searches(folder):
    """The test modules under ``folder`` that search an index nothing filled,
    with a line that searches; tests/search turns updates on for all its own."""
    found = {}
    for module in sorted(folder.rglob("test_*.py")):
        if module.is_relative_to(TESTS / "search"):
            continue
        text = module.read_text()
        searches = [line.strip() for line in text.splitlines() if SEARCHES.search(line)]
        if searches and not any(mark in text for mark in FILLS_THE_INDEX):
            found[str(module.relative_to(folder))] = searches[0]
    return found


def test_every_module_that_searches_fills_the_index():
    assert unfilled_searches(TESTS) == {}


def test_a_module_that_searches_an_unfilled_index_is_named(tmp_path):
    (tmp_path / "test_unmarked.py").write_text(
        'def test_it(client):\n    client.get(f"{API}/search/?q=camera")\n'
    )
    (tmp_path / "test_marked.py").write_text(
        "pytestmark = pytest.mark.search_updates\n"
        'def test_it(client):\n    client.get(f"{API}/search/?q=camera")\n'
    )
    assert unfilled_searches(tmp_path) == {
        "test_unmarked.py": 'client.get(f"{API}/search/?q=camera")'
    }
