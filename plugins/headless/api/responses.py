"""What every operation of the delivery API answers besides its own body: the
problem documents of its errors, the 304 of a cached response, and the shape
of a list and of a union of types.

A response is the representation as built, encoded (``caching.encode``) and
sent as it is, in production and in the tests alike: the schemas document it
and are not run over it (that cost a third of a listing's time). The contract
tests (``tests/headless/test_contract.py``, ``test_schemathesis.py``) check
the bytes sent against the OpenAPI document."""

from dataclasses import dataclass
from typing import Annotated, Any, Union

from ninja import Schema
from pydantic import Field, create_model

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
