"""An app process made ready to serve: what a gunicorn worker does once it has
loaded the application (``cms.gunicorn_conf.post_worker_init``), and what the
benchmarks do before they measure, so that they measure a serving process."""

import gc

from django.urls import get_resolver


def ready_to_serve():
    """Load the URLconf now rather than on the first request (mounting it
    builds the API's routers and schemas), then set everything start-up made
    aside from the garbage collector (``gc.freeze``): a full collection while
    serving then walks only what requests made, not the whole application,
    whose walk stalled one request now and then for about 150 ms. Gives how
    many objects were set aside."""
    get_resolver().url_patterns  # noqa: B018 - imports and mounts the URLconf
    gc.collect()
    gc.freeze()
    return gc.get_freeze_count()
