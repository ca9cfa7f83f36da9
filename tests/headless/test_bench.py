"""``make bench``'s commands run end to end on a small database: every URL they
measure answers 200 (they stop otherwise), and they print their table and a
verdict per target."""

import gc
import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from plugins.benchmarks.management.commands.bench_api import measure_all

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates

VERDICT = re.compile(r"^(.*) \(target ([<>]= \d+x)\): (met|NOT met)\.$")


def verdicts(output):
    return [VERDICT.match(line).groups()[:2] for line in output if VERDICT.match(line)]


@pytest.fixture(autouse=True)
def measured_as_served():
    """The benchmarks measure a process as a worker serves
    (``cms.serving.ready_to_serve``): start-up set aside from the garbage
    collector. Not for the tests that follow."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_the_api_benchmark_prints_its_table_and_verdicts(make_policy):
    for number in range(3):
        make_policy(title=f"Policy {number}")
    out = StringIO()
    call_command("bench_api", rounds=1, limit=2, stdout=out)
    assert gc.get_freeze_count() > 0
    lines = out.getvalue().splitlines()
    rows = [line for line in lines if line.startswith(("list ", "detail "))]
    assert [re.split(r"\s{2,}", row)[:2] for row in rows] == [
        ["list", "stock v2 (fields=*)"],
        ["list", "ours, uncached"],
        ["list", "ours, cached"],
        ["list", "bare JsonResponse"],
        ["detail", "stock v2"],
        ["detail", "ours, uncached"],
        ["detail", "ours, cached"],
    ]
    measured = verdicts(lines)
    assert [target for _measured, target in measured] == [">= 2x", ">= 2x", "<= 2x"]
    assert measured[0][0].startswith("Uncached list throughput is ")
    assert measured[1][0].startswith("Uncached detail throughput is ")
    assert measured[2][0].startswith("A cached list takes ")


def test_the_search_benchmark_prints_its_table_and_verdict(make_policy):
    for number in range(3):
        make_policy(title=f"License plate policy {number}")
    out = StringIO()
    call_command("bench_search", rounds=1, stdout=out)
    assert gc.get_freeze_count() > 0
    lines = out.getvalue().splitlines()
    measured = verdicts(lines)
    assert [target for _measured, target in measured] == ["<= 3x", "<= 3x"]
    assert measured[0][0].startswith("Uncached search p50 is ")
    assert measured[1][0].startswith("Uncached search p95 is ")
    assert any(line.startswith("search, uncached ") for line in lines)


def test_the_api_benchmark_refuses_a_type_the_api_does_not_list():
    with pytest.raises(CommandError) as excinfo:
        call_command("bench_api", page_type="policies", stdout=StringIO())
    message = str(excinfo.value)
    assert "'policies' is no page type the API lists" in message
    assert "policy" in message.split("one of: ")[1].split(", ")


def test_the_benchmarks_log_their_requests_to_a_file_not_over_the_table(
    make_policy, tmp_path
):
    make_policy(title="License plate policy")
    log = tmp_path / "requests.log"
    out = StringIO()
    call_command("bench_search", rounds=1, request_log=str(log), stdout=out)
    lines = log.read_text().splitlines()
    # One line per request, as the console writes them (text or JSON).
    assert lines
    assert all("/api/v1/" in line for line in lines)
    assert f"Request lines: {log}" in out.getvalue()
    assert "/api/v1/" not in out.getvalue()


def test_a_request_log_that_cannot_be_written_is_a_one_line_error(tmp_path):
    missing = tmp_path / "no-such-folder" / "requests.log"
    with pytest.raises(CommandError) as excinfo:
        call_command("bench_api", request_log=str(missing), stdout=StringIO())
    assert str(excinfo.value) == (
        f"Cannot write the request log to {missing}: No such file or directory."
    )


class RecordingClient:
    """What ``measure_all`` asks of a client: a GET that answers 200. It
    records the order of the requests, which is what is under test."""

    def __init__(self):
        self.asked = []

    def get(self, url):
        self.asked.append(url)
        return type("Answer", (), {"status_code": 200})()


def test_the_scenarios_take_turns_request_by_request():
    """A shared machine whose speed drifts within seconds then slows every
    scenario alike: the first URL of each scenario, then the second of
    each, so that a burst cannot land on one scenario's whole turn."""
    client = RecordingClient()
    results = measure_all(
        client,
        [("a", ["/a1", "/a2"], True), ("b", ["/b1"], True), ("c", ["/c1"], False)],
        rounds=2,
    )
    # "c" is cached: answered once before each timed request.
    turn = ["/a1", "/b1", "/c1", "/c1", "/a2"]
    assert client.asked == turn + turn
    assert sorted(results) == ["a", "b", "c"]
    assert all(summary["rps"] > 0 for summary in results.values())
