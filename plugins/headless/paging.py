"""Paging parameters for the site-wide lists (paths, redirects), bounded by
``CMS_API_MAX_LIMIT``, so that an operator can raise or lower what one request
may ask of the database without a code change."""

from typing import Annotated

from pydantic import Field, field_validator

from plugins.headless.conf import setting
from plugins.headless.schemas import Parameters


class DocumentsMaxLimit:
    """Documents ``limit``'s maximum as ``CMS_API_MAX_LIMIT`` reads when the
    document is made (settings can change after import), so that a client,
    or a contract test, knows which values the server accepts."""

    def __get_pydantic_json_schema__(self, core_schema, handler):
        schema = handler(core_schema)
        schema["maximum"] = setting("CMS_API_MAX_LIMIT")
        return schema


class Paging(Parameters):
    limit: Annotated[int, DocumentsMaxLimit()] = Field(
        20,
        ge=1,
        description="Items per page, 1 to CMS_API_MAX_LIMIT (100 unless configured).",
    )
    offset: int = Field(0, ge=0, le=1_000_000, description="Items to skip.")

    @field_validator("limit")
    @classmethod
    def at_most_max_limit(cls, value):
        largest = setting("CMS_API_MAX_LIMIT")
        if value > largest:
            raise ValueError(f"at most {largest} (CMS_API_MAX_LIMIT)")
        return value

    def window(self, queryset):
        # The default is not validated: a maximum below it still bounds it.
        limit = min(self.limit, setting("CMS_API_MAX_LIMIT"))
        return queryset[self.offset : self.offset + limit]
