"""What every operation of the delivery API answers besides its own body: the
problem documents of its errors, the 304 of a cached response, and the shape
of a list whose items are of several types."""

from dataclasses import dataclass
from typing import Annotated, Any, Union

from ninja import Schema
from pydantic import Field, create_model

from plugins.headless.conf import setting
from plugins.headless.schemas import Problem

ERRORS = {400: Problem, 403: Problem, 404: Problem}
# A cached response answers a matching If-None-Match or If-Modified-Since: 304.
CACHED = {304: None, **ERRORS}


def discriminated_union(schemas):
    """One schema of ``schemas`` (response schemas that each have a literal
    ``type``), told apart by ``type``; the schema itself when there is one."""
    schemas = tuple(dict.fromkeys(schemas))
    if len(schemas) == 1:
        return schemas[0]
    return Annotated[Union[schemas], Field(discriminator="type")]  # noqa: UP007


@dataclass(frozen=True)
class Unions:
    """What ``mount()`` makes of every registered type, once, before it builds
    the routers that answer with them (``registry.register_router_factory``)."""

    # Any page's detail, told apart by ``type``.
    page_detail: Any
    # What find-by-path answers: any page's detail, or a redirect.
    found: Any
    # The page and snippet endpoints that have a listing, in the registry's
    # stable order: the types search results and the API's index show.
    listed: tuple


def list_of(name, item_schema):
    """The schema of a list operation's answer: ``count`` items in all, and
    one page of ``items``."""
    return create_model(
        name,
        __base__=Schema,
        count=(int, ...),
        items=(list[item_schema], Field(...)),
    )


def checked(schema, data):
    """Validate a response against its schema when CMS_API_VALIDATE_RESPONSES is
    on (tests turn it on; the contract tests check every response against the
    OpenAPI document either way). Off in production: it costs a third of a
    listing's time."""
    if setting("CMS_API_VALIDATE_RESPONSES"):
        return schema.model_validate(data).model_dump(mode="python")
    return data
