"""`make serve` in production mode, as a real gunicorn process over HTTP.

The server is started the way `make serve` starts it (``manage.py serve``:
collectstatic, migrate, gunicorn) with ``DJANGO_DEBUG=false``, a real secret
key and Redis, against this run's test database. Two more gunicorn processes
show the probes failing for real: one whose Redis refuses connections, one whose
database does.
"""

import json
import os
import re
import secrets
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
LISTENING = re.compile(r"Listening at: (http://127\.0\.0\.1:\d+)")
YEAR = 365 * 24 * 3600


def database_url(tmp_path):
    """A URL to this run's test database that another process can open."""
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        # The test database is in memory: hand the server a file copy of it.
        path = tmp_path / "served.sqlite3"
        copy = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{path}"
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return (
        f"postgres://{settings['USER']}{password}@{settings['HOST'] or '127.0.0.1'}"
        f":{settings['PORT'] or 5432}/{settings['NAME']}"
    )


class Server:
    """A production process on a port of its own choosing (``CMS_BIND=...:0``)."""

    def __init__(self, command, environ, log):
        self.log = log
        with open(log, "w") as stream:
            self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
                command,
                cwd=ROOT,
                env=environ,
                stdout=stream,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.url = None

    def wait(self, timeout=180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"server exited:\n{self.log.read_text()}")
            found = LISTENING.search(self.log.read_text())
            if found:
                self.url = found.group(1)
                if self.get("/healthz").status == 200:
                    return self
            time.sleep(0.2)
        raise AssertionError(f"server did not start:\n{self.log.read_text()}")

    def get(self, path, **headers):
        # Only ever this server's own http:// address.
        request = urllib.request.Request(self.url + path, headers=headers)  # noqa: S310
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                response.body = response.read()
                return response
        except urllib.error.HTTPError as error:
            error.body = error.read()
            return error
        except urllib.error.URLError:
            return error_response()

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, 15)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait()


def error_response():
    class NotAnswering:
        status = None
        body = b""

    return NotAnswering()


@pytest.fixture(scope="module")
def refused_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.fixture(scope="module")
def servers(django_db_setup, django_db_blocker, tmp_path_factory, refused_port):
    folder = tmp_path_factory.mktemp("serve")
    with django_db_blocker.unblock():
        database = database_url(folder)
    prefix = f"h7-serve-{uuid.uuid4().hex[:8]}"
    production = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings",
        "DJANGO_DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "CACHE_KEY_PREFIX": prefix,
        "DATABASE_URL": database,
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "CMS_BIND": "127.0.0.1:0",
        "WEB_CONCURRENCY": "1",
    }
    gunicorn = [
        str(Path(sys.executable).with_name("gunicorn")),
        "--config",
        "python:cms.gunicorn_conf",
        "cms.wsgi",
    ]
    started = {}
    try:
        # What `make serve` runs once installed: collectstatic, migrate, gunicorn.
        started["production"] = Server(
            [sys.executable, "manage.py", "serve"], production, folder / "a.log"
        ).wait()
        # The same static files; only the engine that is down differs.
        started["redis down"] = Server(
            gunicorn,
            {**production, "REDIS_URL": f"redis://127.0.0.1:{refused_port}/0"},
            folder / "b.log",
        )
        started["database down"] = Server(
            gunicorn,
            {
                **production,
                "DATABASE_URL": f"postgres://cms@127.0.0.1:{refused_port}/cms",
            },
            folder / "c.log",
        )
        started["redis down"].wait()
        started["database down"].wait()
        yield {**started, "static root": folder / "static"}
    finally:
        for server in started.values():
            server.stop()


@pytest.fixture(scope="module")
def production(servers):
    return servers["production"]


def hashed_name(static_root, name):
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    return manifest["paths"][name]


def test_serve_refuses_a_static_root_nothing_was_collected_into(tmp_path):
    """``manage.py serve --skip-collectstatic`` started, as an IT person starts
    it, on a STATIC_ROOT no release step filled: a one-line error and a
    failed exit before gunicorn, not a server whose every page fails."""
    started = subprocess.run(
        [sys.executable, "manage.py", "serve", "--skip-collectstatic"],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cms.settings",
            "DJANGO_DEBUG": "false",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "REDIS_URL": "redis://127.0.0.1:6379/0",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
            "STATIC_ROOT": str(tmp_path / "static"),
            "ALLOWED_HOSTS": "127.0.0.1",
            "CMS_BIND": "127.0.0.1:0",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert started.returncode == 1
    assert started.stderr.strip().splitlines() == [
        f"CommandError: --skip-collectstatic, but {tmp_path / 'static'} holds no "
        "collected static files: run manage.py collectstatic first"
    ]
    assert "Listening at" not in started.stdout + started.stderr


def test_only_the_uswds_files_the_site_uses_are_collected(servers, production):
    # collectstatic hashed USWDS's style sheet, rewriting every url() in it,
    # so every file it refers to was collected: a missing one fails the run.
    static_root = servers["static root"]
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    for used in (
        "uswds/css/uswds.min.css",
        "uswds/fonts/source-sans-pro/sourcesanspro-regular-webfont.woff2",
        "uswds/img/usa-icons/close.svg",
    ):
        assert manifest[used] != used
    assert not [name for name in manifest if "material-icons" in name]

    # As a browser meets it: the menu's close icon is served, a Material
    # icon is not there to serve.
    close = production.get(f"/static/{manifest['uswds/img/usa-icons/close.svg']}")
    assert close.status == 200
    assert b"<svg" in close.body
    material = production.get("/static/uswds/img/material-icons/close.svg")
    assert material.status == 404


def test_each_worker_is_made_ready_before_it_serves(servers):
    # cms.gunicorn_conf.post_worker_init: the URLconf loaded and start-up's
    # objects set aside from the garbage collector, also while Redis or the
    # database is down (neither is needed to get ready).
    for name in ("production", "redis down", "database down"):
        found = re.search(
            r"Ready to serve: (\d+) start-up objects", servers[name].log.read_text()
        )
        assert found, f"{name}: no worker said it was ready"
        assert int(found.group(1)) > 100_000


def test_static_files_are_hashed_compressed_and_cached_for_good(servers, production):
    hashed = hashed_name(servers["static root"], "wagtailadmin/css/core.css")
    assert hashed != "wagtailadmin/css/core.css"

    response = production.get(f"/static/{hashed}", **{"Accept-Encoding": "gzip"})

    assert response.status == 200
    assert response.headers["Content-Encoding"] == "gzip"
    cache_control = response.headers["Cache-Control"]
    assert "immutable" in cache_control
    max_age = int(re.search(r"max-age=(\d+)", cache_control).group(1))
    assert max_age >= YEAR
    # A name without its hash may change under the same URL: briefly cached.
    unhashed = production.get("/static/wagtailadmin/css/core.css")
    assert "immutable" not in unhashed.headers["Cache-Control"]
    assert production.get("/static/wagtailadmin/css/missing.css").status == 404


def test_the_admin_links_its_hashed_static_files(servers, production):
    response = production.get("/admin/login/")

    assert response.status == 200
    hashed = hashed_name(servers["static root"], "wagtailadmin/css/core.css")
    assert f"/static/{hashed}".encode() in response.body


def test_the_production_process_is_live_and_ready(production):
    live = production.get("/healthz")
    ready = production.get("/readyz")

    assert (live.status, json.loads(live.body)) == (200, {"status": "ok"})
    assert ready.status == 200, ready.body
    assert json.loads(ready.body)["status"] == "ok"
    assert "no-store" in ready.headers["Cache-Control"]
    assert production.get("/api/v1/locales/").status == 200


def test_with_redis_down_the_api_answers_and_readiness_degrades(servers):
    server = servers["redis down"]

    assert server.get("/api/v1/locales/").status == 200
    assert server.get("/api/v1/policies/").status == 200
    ready = server.get("/readyz")
    assert ready.status == 200
    checks = json.loads(ready.body)["checks"]
    assert checks["cache"]["status"] == "failing"
    assert checks["database"]["status"] == "ok"


def test_with_the_database_down_the_process_is_live_but_not_ready(servers):
    server = servers["database down"]

    assert server.get("/healthz").status == 200
    ready = server.get("/readyz")
    assert ready.status == 503
    body = json.loads(ready.body)
    assert body["status"] == "failing"
    assert body["checks"]["database"]["status"] == "failing"
    assert body["checks"]["migrations"]["status"] == "skipped"
