"""Measure the delivery API against Wagtail's stock API v2 and a bare JSON view.

Run through ``make bench``, which builds its own database first (``load_demo``,
then ``build_scale``). Prints a table
of requests per second, p50/p95 latency and queries per request.
"""

import json
import statistics
import time
from contextlib import ExitStack, contextmanager

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings

from cms.request_log import request_lines_to
from cms.serving import ready_to_serve
from plugins.benchmarks import urls as bench_urls
from plugins.headless import caching
from plugins.headless.endpoints import registry

# As production serves: DEBUG off, so that no query is logged (make bench runs
# with the development settings otherwise), and any host name.
SERVING = {"DEBUG": False, "ALLOWED_HOSTS": ["*"]}
# The issue's targets: uncached throughput at least 2x stock v2's, a cached
# response within 2x of the bare view.
UNCACHED_TARGET = 2.0
CACHED_TARGET = 2.0


@contextmanager
def serving(stdout, request_log, **settings):
    """Settings as production serves (``SERVING``, and ``settings``); with
    ``request_log``, the request lines go to that file rather than over the
    table."""
    with ExitStack() as stack:
        if request_log:
            try:
                stack.enter_context(request_lines_to(request_log))
            except OSError as error:
                raise CommandError(
                    f"Cannot write the request log to {request_log}: {error.strerror}."
                ) from None
            stdout.write(f"Request lines: {request_log}")
        stack.enter_context(override_settings(**SERVING, **settings))
        yield


def add_request_log_argument(parser):
    parser.add_argument(
        "--request-log",
        metavar="FILE",
        help="Append the request lines to FILE instead of the console.",
    )


class QueryCounter:
    """Counts queries with execute_wrapper: CaptureQueriesContext reports 0
    outside the test runner because each request closes old connections."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def verdict(stdout, measured, target, met):
    """One line per benchmark target: what was measured, the target, met or not."""
    stdout.write(f"{measured} (target {target}): {'met' if met else 'NOT met'}.")


def timed_get(client, url, *, clear_cache):
    """(seconds, queries) of one request."""
    if clear_cache:
        # Drop the API's responses, not the derived values (site roots,
        # restricted paths) nor Wagtail's renditions: a response that
        # expired or was evicted, on a site that is serving.
        caching.forget_responses()
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return elapsed, counter.count


def summary(samples):
    timings = sorted(seconds for seconds, _queries in samples)
    return {
        "rps": len(timings) / sum(timings),
        "p50": statistics.median(timings) * 1000,
        "p95": timings[int(len(timings) * 0.95) - 1] * 1000,
        "queries": statistics.mean(queries for _seconds, queries in samples),
    }


def measure_all(client, scenarios, *, rounds):
    """{name: summary} of each (name, urls, uncached) scenario. The scenarios
    take turns request by request (the first URL of each, then the second of
    each, ...), so that a machine whose speed drifts within seconds (a shared
    virtual machine) slows every scenario alike and the ratios between them
    hold."""
    samples = {name: [] for name, _urls, _uncached in scenarios}
    longest = max(len(urls) for _name, urls, _uncached in scenarios)
    for _round in range(rounds):
        for position in range(longest):
            for name, urls, uncached in scenarios:
                if position >= len(urls):
                    continue
                url = urls[position]
                if not uncached:
                    # Cached means: answered once before (again each time,
                    # since the uncached turns drop the responses).
                    client.get(url)
                samples[name].append(timed_get(client, url, clear_cache=uncached))
    return {name: summary(found) for name, found in samples.items()}


def served_page_type(type_name):
    """The page endpoint of a public type name ("policy"), from the registry
    the content plugins fill: the core names no plugin's model."""
    for endpoint in registry.pages.values():
        if endpoint.type_name == type_name and endpoint.path:
            return endpoint
    served = sorted(e.type_name for e in registry.pages.values() if e.path)
    raise CommandError(
        f"--type {type_name!r} is no page type the API lists; one of: "
        + ", ".join(served)
    )


class Command(BaseCommand):
    help = "Benchmark the delivery API against stock API v2 and a bare JSON view."

    def add_arguments(self, parser):
        parser.add_argument("--rounds", type=int, default=5)
        parser.add_argument("--limit", type=int, default=50)
        parser.add_argument(
            "--type",
            dest="page_type",
            default="policy",
            help="The page type to measure, by its API name.",
        )
        add_request_log_argument(parser)

    def handle(self, *args, rounds, limit, page_type, request_log, **options):
        endpoint = served_page_type(page_type)
        with serving(
            self.stdout,
            request_log,
            ROOT_URLCONF=bench_urls,
            WAGTAILAPI_LIMIT_MAX=100,
        ):
            self.run(endpoint, rounds, limit)

    def run(self, endpoint, rounds, limit):
        # A process as a gunicorn worker is once started (cms/serving.py).
        ready_to_serve()
        client = Client(HTTP_HOST="localhost")
        model = endpoint.model
        pages = list(
            model.objects.live().public().order_by("pk").values_list("pk", flat=True)
        )
        plural = model._meta.verbose_name_plural
        if not pages:
            self.stderr.write(f"No {plural}: run load_demo --extra-pages first.")
            raise SystemExit(1)
        count, database = model.objects.count(), connection.display_name
        self.stdout.write(f"{count} {plural} in the {database} database")
        ids = pages[:20]
        offsets = range(0, min(len(pages), limit * 5), limit)
        ours = f"/api/v1/{endpoint.path}/"
        ours_list = [f"{ours}?limit={limit}&offset={o}" for o in offsets]
        v2_list = [
            f"/bench/v2/pages/?type={model._meta.label}&fields=*&limit={limit}"
            f"&offset={o}"
            for o in offsets
        ]
        ours_detail = [f"{ours}{pk}/" for pk in ids]
        v2_detail = [f"/bench/v2/pages/{pk}/" for pk in ids]

        # The bare view returns a payload the size of our list response.
        bench_urls.BARE_PAYLOAD = json.loads(client.get(ours_list[0]).content)
        bare = ["/bench/bare/"] * len(ours_list)
        # Warm up: renditions and Wagtail's site-root cache exist in production.
        for url in ours_list + ours_detail + v2_list + v2_detail:
            client.get(url)

        scenarios = [
            ("list", "stock v2 (fields=*)", v2_list, True),
            ("list", "ours, uncached", ours_list, True),
            ("list", "ours, cached", ours_list, False),
            ("list", "bare JsonResponse", bare, False),
            ("detail", "stock v2", v2_detail, True),
            ("detail", "ours, uncached", ours_detail, True),
            ("detail", "ours, cached", ours_detail, False),
        ]
        results = measure_all(
            client,
            [((kind, name), urls, cold) for kind, name, urls, cold in scenarios],
            rounds=rounds,
        )
        self.print_table(
            [(kind, name, results[kind, name]) for kind, name, _urls, _u in scenarios]
        )

    def print_table(self, rows):
        baseline = {
            kind: result for kind, name, result in rows if name.startswith("stock")
        }
        bare = next(result for kind, name, result in rows if name.startswith("bare"))
        columns = ["req/s", "p50 ms", "p95 ms", "queries", "vs v2", "vs bare"]
        header = f"{'endpoint':<8} {'variant':<22} " + " ".join(
            f"{column:>9}" for column in columns
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for kind, name, result in rows:
            ratio = result["rps"] / baseline[kind]["rps"]
            # How many times slower than the bare view (lists only: same payload).
            vs_bare = f"{bare['rps'] / result['rps']:>8.2f}x" if kind == "list" else ""
            self.stdout.write(
                f"{kind:<8} {name:<22} {result['rps']:>9.1f} {result['p50']:>9.2f} "
                f"{result['p95']:>9.2f} {result['queries']:>9.1f} {ratio:>8.2f}x "
                f"{vs_bare:>9}"
            )
        results = {(kind, name): result for kind, name, result in rows}
        for kind in ("list", "detail"):
            ratio = results[kind, "ours, uncached"]["rps"] / baseline[kind]["rps"]
            verdict(
                self.stdout,
                f"Uncached {kind} throughput is {ratio:.2f}x stock v2's",
                f">= {UNCACHED_TARGET:.0f}x",
                ratio >= UNCACHED_TARGET,
            )
        cached = bare["rps"] / results["list", "ours, cached"]["rps"]
        verdict(
            self.stdout,
            f"A cached list takes {cached:.2f}x the bare view's time",
            f"<= {CACHED_TARGET:.0f}x",
            cached <= CACHED_TARGET,
        )
