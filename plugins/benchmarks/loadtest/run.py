"""`make loadtest`: wrk against the two-process deployment on loopback.

Starts what tests/deployment starts (two app processes as `make serve` runs
them, a worker, one database, Redis with a key prefix of its own), then runs
wrk against both processes at once, half the connections each, for:

- mixed: cached and uncached lists, details, searches and site pages;
- cached list: one API list, served from the cache;
- cached page: one policy page of the public site, served from the same cache;
- bare view: a Django view returning the same bytes as that list, through the
  same middleware (plugins/benchmarks/loadtest/urls.py).

It prints requests per second, p50/p99 latency (the slower of the two
processes), errors (must be 0), each process's resident memory before and
after the mixed run (growth must stay within 10%), and the cached list's and
the cached site page's rates as shares of the bare view's (targets: 60% and
50%). A benchmark, not a test: it exits
non-zero only when it cannot run or when errors are not 0.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from tests.deployment.processes import (  # noqa: E402
    Deployment,
    production_environment,
)

SCRIPT = Path(__file__).resolve().parent / "loadtest.lua"
BARE_BODY = ROOT / ".bench" / "loadtest-bare-body.json"


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def get_json(url):
    return json.loads(get(url))


def discover_paths(base):
    """Paths of the demo: (cached, uncached) lists of request paths."""
    policies = get_json(base + "/api/v1/policies/?limit=5")["items"]
    stories = get_json(base + "/api/v1/stories/?limit=3")["items"]
    cached = ["/api/v1/policies/", "/api/v1/stories/", "/api/v1/faqs/"]
    cached += [f"/api/v1/policies/{item['id']}/" for item in policies]
    cached += [f"/api/v1/stories/{item['id']}/" for item in stories]
    cached += [f"/api/v1/search/?q={word}" for word in ("camera", "drone", "use")]
    # The public site's pages of the same policies (plugins.site).
    cached += [item["path"] for item in policies[:2]]
    uncached = [
        "/api/v1/policies/?limit={limit}&offset={offset}",
        "/api/v1/stories/?limit={limit}&offset={offset}",
        "/api/v1/search/?q=policy&limit={limit}&offset={offset}",
    ]
    return cached, uncached


def run_wrk(url, paths_file, seconds, connections):
    environment = {"LOADTEST_PATHS": str(paths_file), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [
            shutil.which("wrk"),
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout=10s",
            "-s",
            str(SCRIPT),
            url,
        ],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def load(deployment, paths, seconds, connections, workdir, name):
    paths_file = Path(workdir) / f"{name}.paths"
    paths_file.write_text("\n".join(paths) + "\n")
    with ThreadPoolExecutor(2) as pool:
        runs = list(
            pool.map(
                lambda process: run_wrk(
                    deployment.url(process), paths_file, seconds, connections // 2
                ),
                ("A", "B"),
            )
        )
    requests = sum(run["requests"] for run in runs)
    duration = max(run["duration_us"] for run in runs) / 1e6
    errors = sum(
        run[kind]
        for run in runs
        for kind in ("connect", "read", "write", "status", "timeout")
    )
    return {
        "name": name,
        "rps": requests / duration,
        "p50": max(run["p50_us"] for run in runs) / 1000,
        "p99": max(run["p99_us"] for run in runs) / 1000,
        "errors": errors,
        "requests": requests,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--web-concurrency", type=int, default=2)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("make loadtest needs wrk: apt-get install -y wrk")

    workdir = Path(tempfile.mkdtemp(prefix="cms-loadtest-"))
    environment = production_environment(
        workdir,
        options.database_url,
        DJANGO_SETTINGS_MODULE="plugins.benchmarks.loadtest.settings",
        MEDIA_ROOT=os.environ.get("MEDIA_ROOT", str(workdir / "media")),
        # Workers are never replaced here, so memory growth shows.
        CMS_MAX_REQUESTS="0",
    )
    deployment = Deployment(workdir, environment, options.web_concurrency)
    # The bare view's bytes: the cached list's, written before it is served.
    BARE_BODY.parent.mkdir(exist_ok=True)
    BARE_BODY.write_bytes(b"{}")
    print(f"Starting two app processes and a worker (logs in {workdir}) ...")
    deployment.start()
    try:
        a = deployment.url("A")
        BARE_BODY.write_bytes(get(a + "/api/v1/policies/"))
        cached, uncached = discover_paths(a)
        for path in cached:  # warm both processes and the shared cache
            for name in ("A", "B"):
                get(deployment.url(name, path))
        rss_start = {name: p.rss_bytes() for name, p in deployment.apps.items()}
        print(
            f"wrk: {options.seconds} s, {options.connections} connections "
            "(half on each process), 2 threads each ..."
        )
        results = [
            load(
                deployment,
                cached * 3 + uncached,
                options.seconds,
                options.connections,
                workdir,
                "mixed",
            )
        ]
        rss_end = {name: p.rss_bytes() for name, p in deployment.apps.items()}
        results.append(
            load(
                deployment,
                ["/api/v1/policies/"],
                options.seconds,
                options.connections,
                workdir,
                "cached list",
            )
        )
        site_page = get_json(a + "/api/v1/policies/?limit=1")["items"][0]["path"]
        results.append(
            load(
                deployment,
                [site_page],
                options.seconds,
                options.connections,
                workdir,
                "cached page",
            )
        )
        results.append(
            load(
                deployment,
                ["/bench/bare/"],
                options.seconds,
                options.connections,
                workdir,
                "bare view",
            )
        )
    finally:
        deployment.stop()

    print()
    print(f"{'load':<12} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for row in results:
        print(
            f"{row['name']:<12} {row['rps']:>9.0f} {row['p50']:>8.1f} "
            f"{row['p99']:>8.1f} {row['errors']:>7}"
        )
    bare = results[-1]["rps"]
    print(f"\ncached list / bare view: {results[1]['rps'] / bare:.0%} (target 60%)")
    print(f"cached site page / bare view: {results[2]['rps'] / bare:.0%} (target 50%)")
    print(f"\n{'process':<8} {'RSS start MB':>13} {'RSS end MB':>11} {'growth':>7}")
    worst = 0.0
    for name in rss_start:
        growth = rss_end[name] / rss_start[name] - 1
        worst = max(worst, growth)
        print(
            f"{name:<8} {rss_start[name] / 2**20:>13.0f} "
            f"{rss_end[name] / 2**20:>11.0f} {growth:>7.1%}"
        )
    print(f"RSS growth {'within' if worst <= 0.10 else 'OVER'} 10%")
    if any(row["errors"] for row in results):
        sys.exit("errors during the load: see the table")


if __name__ == "__main__":
    main()
