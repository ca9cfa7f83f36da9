"""How pytest-xdist shares the tests between workers: by world.

A test module builds its world once (module-scoped fixtures, ``setUpTestData``)
and the browser folder once for all its modules (package-scoped demo agency,
live server and Chromium). xdist's ``load`` scheduling hands single tests to
whichever worker is free, so both workers built most worlds; its ``loadgroup``
would keep a marked group together, but pytest 9.2 no longer reads the node id
xdist renames to carry the group, so groups were ignored.

With ``--dist loadscope`` (the Makefile's), this plugin makes each unit of work
one world: a test module, or the whole of a folder whose tests share a
package-scoped world (``SHARED_WORLDS``). xdist sends the largest units first
(``--loadscope-reorder``, its default), so the long browser folder starts at
once and the small modules fill in around it. Loaded with ``-p
tests.scheduling`` from ``pyproject.toml``.
"""

import pytest
from xdist.scheduler import LoadScopeScheduling

# Folders whose tests share one package-scoped world.
SHARED_WORLDS = ("tests/browser/",)


def world_of(nodeid):
    """The unit of work a test belongs to: its shared folder, or its module."""
    for folder in SHARED_WORLDS:
        if nodeid.startswith(folder):
            return folder
    return nodeid.split("::", 1)[0]


class WorldScheduling(LoadScopeScheduling):
    def _split_scope(self, nodeid):
        return world_of(nodeid)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadscope":
        return WorldScheduling(config, log)
    return None
