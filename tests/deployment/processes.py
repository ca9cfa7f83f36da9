"""A production deployment on the loopback interface: two app processes started
as `make serve` starts them (``manage.py serve``, gunicorn), one task worker
(``manage.py db_worker``, as `make worker`), one database and one Redis.

Used by the deployment tests and by `make loadtest`
(plugins/benchmarks/loadtest/run.py). Every process gets its own free port,
log file under ``workdir``; Redis keys carry a prefix of their
own, so runs side by side never meet. The static files are collected once, as
a release step, into a folder both app processes serve.
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("CMS_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
WORKER_QUEUES = "webhooks,search,email,schedule"
# What a release step did once for every app process (README "Deploying").
RELEASED = ["--skip-migrate", "--skip-collectstatic"]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_environment(workdir, database_url, **overrides):
    """What an agency's IT person exports (README "Deploying"), on loopback."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CMS_", "DJANGO_", "PYTEST_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="cms.settings",
        DJANGO_DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=database_url,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX=f"deploy-{secrets.token_hex(6)}",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        MEDIA_ROOT=str(Path(workdir) / "media"),
        WEB_CONCURRENCY="1",
        LOG_LEVEL="WARNING",
    )
    environment.update(overrides)
    return environment


class Process:
    def __init__(self, name, argv, environment, log_path):
        self.name = name
        self.log_path = Path(log_path)
        self.log = self.log_path.open("wb")
        self.popen = subprocess.Popen(  # noqa: S603 - our own interpreter and args
            argv,
            cwd=ROOT,
            env=environment,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self):
        return self.popen.pid

    def log_tail(self, lines=30):
        self.log.flush()
        text = self.log_path.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])

    def check_alive(self):
        if self.popen.poll() is not None:
            raise RuntimeError(
                f"{self.name} exited with {self.popen.returncode}:\n{self.log_tail()}"
            )

    def stop(self, timeout=15):
        if self.popen.poll() is None:
            os.killpg(self.popen.pid, signal.SIGTERM)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait()
        self.log.close()

    def rss_bytes(self):
        """Resident memory of the process and its children (gunicorn's workers)."""
        total = 0
        for pid in [self.pid, *children(self.pid)]:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        return total


def children(pid):
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            ids = (task / "children").read_text().split()
        except OSError:
            continue
        for child in ids:
            found += [int(child), *children(int(child))]
    return found


class Deployment:
    """Two app processes, A and B, and a worker; ``start()`` waits until both
    answer ``/healthz``."""

    def __init__(self, workdir, environment, web_concurrency=1):
        self.workdir = Path(workdir)
        self.environment = environment
        self.web_concurrency = web_concurrency
        self.apps = {}
        self.worker = None

    def url(self, name, path=""):
        return f"http://127.0.0.1:{self.ports[name]}{path}"

    def start(self, timeout=120):
        python = sys.executable
        self.worker = Process(
            "worker",
            [
                python,
                "manage.py",
                "db_worker",
                "--backend=background",
                f"--queue-name={WORKER_QUEUES}",
                "--interval=0.2",
                "--no-startup-delay",
            ],
            self.environment,
            self.workdir / "worker.log",
        )
        # The release step (README "Deploying"): static files collected once,
        # for both apps; migrations were run on the database already.
        static_root = str(self.workdir / "static")
        collected = subprocess.run(  # noqa: S603 - our own interpreter and args
            [python, "manage.py", "collectstatic", "--no-input", "-v0"],
            cwd=ROOT,
            env={**self.environment, "STATIC_ROOT": static_root},
            capture_output=True,
            text=True,
        )
        if collected.returncode != 0:
            raise RuntimeError(
                f"collectstatic failed:\n{collected.stdout}{collected.stderr}"
            )
        self.ports = {}
        for name in ("A", "B"):
            port = free_port()
            self.ports[name] = port
            environment = {
                **self.environment,
                "CMS_BIND": f"127.0.0.1:{port}",
                "STATIC_ROOT": static_root,
                "WEB_CONCURRENCY": str(self.web_concurrency),
            }
            # What `make serve` runs after that release step.
            self.apps[name] = Process(
                f"app {name}",
                [python, "manage.py", "serve", *RELEASED],
                environment,
                self.workdir / f"app-{name}.log",
            )
        deadline = time.monotonic() + timeout
        for name, process in self.apps.items():
            while True:
                process.check_alive()
                if healthy(self.url(name, "/healthz")):
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"{process.name} did not answer:\n{process.log_tail()}"
                    )
                time.sleep(0.2)
        self.worker.check_alive()
        return self

    def stop(self):
        for process in [*self.apps.values(), self.worker]:
            if process is not None:
                process.stop()


def healthy(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False
