"""Index an object on save only when a search backend updates on save.

modelsearch connects its ``post_save_signal_handler`` to every indexed model
in wagtail.search's ``ready``. That handler enqueues an index task on every
save, even when every backend has ``AUTO_UPDATE: False`` (an agency that
indexes with ``make reindex`` on a schedule): the task then reads the object
twice and writes nothing. The plugins' ``ready`` runs before Wagtail's
(INSTALLED_APPS lists the plugins first, so that their templates and
translations win), so ``install`` hands modelsearch this handler to connect
instead: the same, skipped when no backend would use it.
"""

from modelsearch import signal_handlers
from modelsearch.conf import get_app_config

stock_post_save_handler = signal_handlers.post_save_signal_handler


def updates_on_save():
    """Whether any configured search backend updates its index on save: the
    rule of modelsearch's ``get_search_backends_with_name(with_auto_update=True)``,
    read from the settings alone, since that builds every backend (an
    Elasticsearch client) on each call, and this runs on every save."""
    backends = get_app_config().get_search_backend_config()
    return any(
        backend.get("AUTO_UPDATE", True) is not False for backend in backends.values()
    )


def index_on_save(instance, **kwargs):
    if updates_on_save():
        stock_post_save_handler(instance, **kwargs)


def install():
    signal_handlers.post_save_signal_handler = index_on_save
