"""The delivery API at /api/v1/: typed, locale-aware, cached and leak-proof.

The public toolkit, what content plugins import to declare and serve their own
operations: parameters checked (``reject_unknown_parameters``,
``visible_page_or_404``, ``locale_by_code``), a page's representation and
detail (``representation_for``, ``serialize_detail``, ``IMAGE_FIELDS``), the
statuses every operation answers (``CACHED``, ``ERRORS``) and unions of typed
schemas (``discriminated_union``). ``mount()`` builds the API itself from what
the plugins registered (``plugins.headless.endpoints.registry``); the URLconf
calls it. The modules whose names start with ``_`` are the routes: private.
"""

from plugins.headless.api._mount import collections, mount
from plugins.headless.api.details import (
    IMAGE_FIELDS,
    representation_for,
    serialize_detail,
)
from plugins.headless.api.parameters import (
    locale_by_code,
    reject_unknown_parameters,
    visible_page_or_404,
)
from plugins.headless.api.responses import (
    CACHED,
    ERRORS,
    checked,
    discriminated_union,
)

__all__ = [
    "CACHED",
    "ERRORS",
    "IMAGE_FIELDS",
    "checked",
    "collections",
    "discriminated_union",
    "locale_by_code",
    "mount",
    "reject_unknown_parameters",
    "representation_for",
    "serialize_detail",
    "visible_page_or_404",
]
