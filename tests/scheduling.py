"""How pytest-xdist shares the tests between workers: by world.

A test module builds its world once (module-scoped fixtures, ``setUpTestData``)
and the browser folder once for all its modules (a package-scoped live server
and Chromium). xdist's ``load`` scheduling hands single tests to whichever
worker is free, so both workers built most worlds; its ``loadgroup`` would
keep a marked group together, but pytest 9.2 no longer reads the node id
xdist renames to carry the group, so groups were ignored.

With ``--dist loadscope`` (the Makefile's), this plugin makes each unit of work
one world: a test module, or the whole of a folder whose tests share a
package-scoped world (``SHARED_WORLDS``).

The units keep the collection's order, which pytest-django sorts: tests in a
rolled-back transaction first, then transactional ones (``transactional_db``,
``live_server``), whose flush empties the rows migrations made (groups,
collections, locales), then tests without a database. So a module's tests
make one unit per stretch of that order (a module with both kinds makes two),
and xdist's reordering of units by size is turned off: no flush may come
before a test that needs those rows on the same worker. Loaded with ``-p
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


class Units:
    """The unit of work of each test, asked first in the collection's order: a
    world met again after another one starts its next stretch."""

    def __init__(self):
        self.units = {}
        self.stretches = {}
        self.current = None

    def __call__(self, nodeid):
        if nodeid not in self.units:
            world = world_of(nodeid)
            if world != self.current:
                self.current = world
                self.stretches[world] = self.stretches.get(world, -1) + 1
            stretch = self.stretches[world]
            self.units[nodeid] = (
                world if stretch == 0 else f"{world} (stretch {stretch + 1})"
            )
        return self.units[nodeid]


class WorldScheduling(LoadScopeScheduling):
    """Units of work by world, in the collection's order. xdist first asks
    for every test's unit in that order, then again for each test done."""

    def __init__(self, config, log=None):
        super().__init__(config, log)
        self.unit_of = Units()

    def _split_scope(self, nodeid):
        return self.unit_of(nodeid)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") != "loadscope":
        return None
    # Units in the collection's order, not the largest first.
    config.option.loadscopereorder = False
    return WorldScheduling(config, log)
