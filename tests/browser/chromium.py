"""Debian's Chromium, driven by pip's playwright: how every browser test starts it.

Playwright's own browser download does not work on these machines, so tests
launch /usr/bin/chromium (``.ci/run`` installs it when missing). A module that
imports ``requires_chromium`` is skipped, saying why, on a machine without it.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGUMENTS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# No host but the test server's resolves, so that a page asking another host
# (a CDN, a web font) fails at once, as it would with no network.
OFFLINE = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
requires_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Debian's chromium is not installed (apt-get install -y chromium)",
)


def sync_playwright():
    """Playwright's synchronous API, or a skip when pip's playwright is missing."""
    api = pytest.importorskip(
        "playwright.sync_api", reason="pip's playwright is not installed"
    )
    return api.sync_playwright()


def launch(playwright, *, offline=False):
    """A headless Chromium from Debian's package; ``offline``: able to reach
    127.0.0.1 only."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM),
        args=[*LAUNCH_ARGUMENTS, *(OFFLINE if offline else [])],
    )


def record_outside_requests(outside_requests):
    """A request listener: every request to another host is recorded (the
    site must work with no network; Chromium cannot resolve any other host,
    ``OFFLINE``). Listened to, not intercepted: Playwright turns the browser's
    cache off while it intercepts requests, and a resident's browser keeps
    the site's styles, scripts and fonts between pages."""

    def record(request):
        url = urlsplit(request.url)
        if url.scheme in ("http", "https") and url.hostname != "127.0.0.1":
            outside_requests.append(request.url)

    return record
