"""The delivery API at /api/v1/: typed, locale-aware, cached and leak-proof.

The public toolkit, what content plugins import to declare and serve their own
operations: parameters checked (``reject_unknown_parameters``,
``visible_page_or_404``, ``locale_by_code``, ``default_locale``), a page's
representation and detail (``delivery_context``, ``serialize_detail``,
``IMAGE_FIELDS``), the statuses every operation answers (``CACHED``,
``ERRORS``) and unions of typed schemas (``discriminated_union``, ``Unions``).
``mount()`` builds the API from what the plugins registered in their
``ready()`` (``plugins.headless.endpoints.registry``), once, when the URLconf
calls it: importing a module of this package mounts nothing. The modules whose
names start with ``_`` are the routes: private.
"""

from plugins.headless.api._mount import collections, mount
from plugins.headless.api.details import IMAGE_FIELDS, serialize_detail
from plugins.headless.api.parameters import (
    default_locale,
    locale_by_code,
    reject_unknown_parameters,
    visible_page_or_404,
)
from plugins.headless.api.responses import (
    CACHED,
    ERRORS,
    Unions,
    discriminated_union,
)
from plugins.headless.context import delivery_context

__all__ = [
    "CACHED",
    "ERRORS",
    "IMAGE_FIELDS",
    "Unions",
    "collections",
    "default_locale",
    "delivery_context",
    "discriminated_union",
    "locale_by_code",
    "mount",
    "reject_unknown_parameters",
    "serialize_detail",
    "visible_page_or_404",
]
