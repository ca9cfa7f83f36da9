"""Search indexing on save, only in the modules that read the index.

Production indexes a page or snippet whenever it is saved (modelsearch's
``post_save`` handler, ``AUTO_UPDATE`` on). Most tests never search, and
indexing their saves took about 40 s of CPU per database in a run. So the
suite runs with ``AUTO_UPDATE: False`` on every backend (``turn_off``, from
tests/conftest.py), for which the search plugin enqueues nothing on save, and
a module that reads the index turns updates on again for its world and tests:

- every module under tests/search (its conftest);
- any other module that searches, marked ``pytest.mark.search_updates``;
- a large world built with updates off and indexed once at the end with
  ``update_index`` (the leak matrix, the demo template), which is faster.

A module that searches without one of these finds nothing, and
tests/test_search_updates.py names it.
"""

from django.conf import settings
from django.test import override_settings

MARKER = "search_updates: the module's saves update the search index, as in production"


def backends(*, update_on_save):
    return {
        name: {**backend, "AUTO_UPDATE": update_on_save}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }


def turn_off():
    """For the whole run, before any world is built."""
    settings.WAGTAILSEARCH_BACKENDS = backends(update_on_save=False)


def on_save():
    """Index on save, as production does, while this is entered."""
    return override_settings(WAGTAILSEARCH_BACKENDS=backends(update_on_save=True))
