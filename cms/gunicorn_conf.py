"""gunicorn's configuration for `make serve`, read from environment variables.

Sync workers: each request is one thread of Django talking to PostgreSQL, Redis
and Elasticsearch over blocking clients, which is what sync workers are for;
`CMS_THREADS` above 1 switches to gunicorn's threaded worker. Request logs come
from the application (cms/request_log.py), so gunicorn writes only its own
start, stop and worker errors.
"""

import os

bind = os.environ.get("CMS_BIND", "127.0.0.1:8000").split(",")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("CMS_THREADS", "1"))
# A request that runs longer than this is killed and its worker replaced.
timeout = int(os.environ.get("CMS_REQUEST_TIMEOUT", "30"))
graceful_timeout = timeout
# Workers are replaced after this many requests (with jitter) so a slow leak
# cannot grow a worker without bound; 0 turns it off.
max_requests = int(os.environ.get("CMS_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = None
errorlog = "-"


def post_worker_init(worker):
    """Once a worker has loaded the application, and before it serves: its
    URLconf loaded and start-up's objects set aside from the garbage collector
    (cms/serving.py)."""
    from cms.serving import ready_to_serve  # Django is set up by now

    frozen = ready_to_serve()
    worker.log.info("Ready to serve: %d start-up objects set aside", frozen)
