"""Telling a search cluster that is down from a request that is wrong."""


def cluster_errors():
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError
    except ImportError:  # pragma: no cover - elasticsearch is a dependency
        return (), ()
    return (TransportError,), (ApiError,)


def is_unavailable(error, *, missing_index=False):
    """Whether ``error`` means the cluster is unreachable or overloaded (worth
    a retry, or a 503) rather than that the request itself was wrong. With
    ``missing_index``, an index that does not exist yet (before the first
    ``make reindex``) counts as unavailable too."""
    transport, api = cluster_errors()
    if transport and isinstance(error, transport):
        return True
    if api and isinstance(error, api):
        status = error.meta.status
        return status >= 500 or status == 429 or (missing_index and status == 404)
    return False
