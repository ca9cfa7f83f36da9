"""Debian's Chromium, driven by pip's playwright: how every browser test starts it.

Playwright's own browser download does not work on these machines, so tests
launch /usr/bin/chromium (``.ci/run`` installs it when missing). A module that
imports ``requires_chromium`` is skipped, saying why, on a machine without it.
"""

from pathlib import Path

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


def launch(playwright):
    """A headless Chromium from Debian's package."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=LAUNCH_ARGUMENTS
    )
