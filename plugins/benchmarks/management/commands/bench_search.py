"""Measure the search API against a primary-key detail fetch.

Run through ``make bench`` after ``bench_api``, on the same benchmark database
(the demo plus generated pages). Prints p50/p95 latency, queries per request,
and each variant's latency as a multiple of an uncached policy detail; the
target for an uncached search is at most 3x.
"""

from urllib.parse import urlencode

from django.core.management.base import BaseCommand
from django.test import Client
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms.serving import ready_to_serve
from plugins.benchmarks.management.commands.bench_api import (
    add_request_log_argument,
    measure_all,
    serving,
    verdict,
)
from plugins.policies.models import PolicyPage

QUERIES = [
    ("license plate", "en"),
    ("package theft", "en"),
    ("body-worn cameras", "en"),
    ("share camera footage", "en"),
    ("what happens after I report a crime", "en"),
    ("police", "en"),
    ("matrícula", "es"),
    ("robo de paquetes", "es"),
    # Segmented by jieba, and folded with exact spellings kept.
    ("车牌识别", "zh-hans"),
    ("bien so xe", "vi"),
    ("camera", None),
    ("safety", None),
]
PREFIXES = [
    ("lic", "en"),
    ("pack", "en"),
    ("cám", "es"),
    ("自动车", "zh-hans"),
    ("may doc bien", "vi"),
    ("dro", None),
]
TARGET = 3.0


def search_url(path, query, locale, **params):
    params["q"] = query
    if locale:
        params["locale"] = locale
    return f"/api/v1/search/{path}?{urlencode(params)}"


class Command(BaseCommand):
    help = "Benchmark search latency as a multiple of a primary-key detail fetch."

    def add_arguments(self, parser):
        # Ten rounds: the p95 of five (fifty searches, its third-worst) moved
        # by half a detail fetch between runs on a shared machine.
        parser.add_argument("--rounds", type=int, default=10)
        add_request_log_argument(parser)

    def handle(self, *args, rounds, request_log, **options):
        with serving(self.stdout, request_log):
            self.run(rounds)

    def run(self, rounds):
        # A process as a gunicorn worker is once started (cms/serving.py).
        ready_to_serve()
        client = Client(HTTP_HOST="localhost")
        policies = list(
            PolicyPage.objects.live()
            .public()
            .order_by("pk")
            .values_list("pk", flat=True)[:20]
        )
        if not policies:
            self.stderr.write("No policies: run load_demo --extra-pages first.")
            raise SystemExit(1)
        backend = type(get_search_backend()).__name__
        self.stdout.write(
            f"{Page.objects.live().count()} live pages; search backend {backend}"
        )
        detail = [f"/api/v1/policies/{pk}/" for pk in policies]
        listing = [
            f"/api/v1/policies/?limit=20&offset={offset}"
            for offset in range(0, 100, 20)
        ]
        searches = [search_url("", q, locale) for q, locale in QUERIES]
        typed = [
            search_url("", q, locale, type="policy,tip", limit=50)
            for q, locale in QUERIES
        ]
        suggest = [search_url("suggest/", q, locale) for q, locale in PREFIXES]
        # Warm up: Wagtail's site-root cache and renditions exist in production.
        for url in detail + listing + searches + typed + suggest:
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{url} answered {response.status_code}")

        listing = [
            f"/api/v1/policies/?limit=20&offset={offset}"
            for offset in range(0, 100, 20)
        ]
        scenarios = [
            ("detail (pk), uncached", detail, True),
            ("listing of 20, uncached", listing, True),
            ("search, uncached", searches, True),
            ("search type+limit=50, uncached", typed, True),
            ("suggest, uncached", suggest, True),
            ("search, cached", searches, False),
        ]
        results = measure_all(client, scenarios, rounds=rounds)
        self.print_table([(name, results[name]) for name, _urls, _u in scenarios])

    def print_table(self, rows):
        baseline = rows[0][1]
        columns = ["req/s", "p50 ms", "p95 ms", "queries", "p50 x", "p95 x"]
        header = f"{'search benchmark':<32} " + " ".join(
            f"{column:>8}" for column in columns
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, result in rows:
            self.stdout.write(
                f"{name:<32} {result['rps']:>8.1f} {result['p50']:>8.2f} "
                f"{result['p95']:>8.2f} {result['queries']:>8.1f} "
                f"{result['p50'] / baseline['p50']:>7.2f}x "
                f"{result['p95'] / baseline['p95']:>7.2f}x"
            )
        search = next(result for name, result in rows if name == "search, uncached")
        for percentile in ("p50", "p95"):
            ratio = search[percentile] / baseline[percentile]
            verdict(
                self.stdout,
                f"Uncached search {percentile} is {ratio:.2f}x the detail fetch's",
                f"<= {TARGET:.0f}x",
                ratio <= TARGET,
            )
