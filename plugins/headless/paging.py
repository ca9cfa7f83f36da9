"""Paging parameters of every listing (each type's list, search, paths,
redirects): ``limit`` is ``CMS_API_DEFAULT_LIMIT`` when a request gives none
and at most ``CMS_API_MAX_LIMIT``, so that an operator can raise or lower what
one request may ask of the database without a code change. Both are read when
a request is checked and when the document is made (settings can change after
import)."""

from pydantic import Field, field_validator, model_serializer

from plugins.headless.conf import DEFAULTS, setting
from plugins.headless.schemas import Parameters


def default_limit():
    """``CMS_API_DEFAULT_LIMIT``, or ``CMS_API_MAX_LIMIT`` if that is lower."""
    return min(setting("CMS_API_DEFAULT_LIMIT"), setting("CMS_API_MAX_LIMIT"))


def document_limits(schema):
    """Documents ``limit``'s default and maximum as the settings read when the
    document is made, so that a client, or a contract test, knows which values
    the server accepts and what it gives without one."""
    schema["default"] = default_limit()
    schema["maximum"] = setting("CMS_API_MAX_LIMIT")


class Paging(Parameters):
    limit: int = Field(
        default_factory=default_limit,
        ge=1,
        json_schema_extra=document_limits,
        description="Items per page, 1 to CMS_API_MAX_LIMIT (100 unless "
        "configured); CMS_API_DEFAULT_LIMIT (20 unless configured) if absent.",
    )
    offset: int = Field(0, ge=0, le=1_000_000, description="Items to skip.")

    @model_serializer(mode="wrap")
    def keyed_by_page_size(self, handler, info):
        """Without their defaults (a cached response's key, ``caching``), the
        parameters leave out ``limit`` only when it is the built-in default:
        a key names one page size whatever CMS_API_DEFAULT_LIMIT says."""
        data = handler(self)
        builtin = DEFAULTS["CMS_API_DEFAULT_LIMIT"]
        if info.exclude_defaults:
            if self.limit == builtin:
                data.pop("limit", None)
            else:
                data["limit"] = self.limit
        return data

    @field_validator("limit")
    @classmethod
    def at_most_max_limit(cls, value):
        largest = setting("CMS_API_MAX_LIMIT")
        if value > largest:
            raise ValueError(f"limit is at most {largest} (CMS_API_MAX_LIMIT)")
        return value

    def window(self, queryset):
        return queryset[self.offset : self.offset + self.limit]
