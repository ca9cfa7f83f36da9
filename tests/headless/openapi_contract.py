"""Check API responses against the OpenAPI document the API publishes.

``assert_matches_openapi(response, "/api/v1/policies/{page_id}/")`` fails unless
the document declares the response's status for that operation, and the body
validates against the schema declared for that status (JSON Schema 2020-12, as
OpenAPI 3.1 uses it, with ``$ref`` resolved into the document's components).

Objects in the document are checked as closed: a field the API returns but the
document does not describe is a contract failure too, unless the schema allows
extra properties explicitly (``dict[str, Any]`` fields do).
"""

import copy
import json

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

OPENAPI_URL = "/api/v1/openapi.json"
DOCUMENT_URI = "urn:cms-api:openapi"
JSON_MEDIA_TYPE = "application/json"

_cache = {}


def openapi_document(client):
    """The document as the API serves it, fetched once per test session."""
    if "document" not in _cache:
        response = client.get(OPENAPI_URL)
        assert response.status_code == 200, response.content[:500]
        _cache["document"] = response.json()
    return _cache["document"]


def closed(node):
    """A copy of ``node`` in which every object schema that lists its
    properties and says nothing of others allows no others."""
    if isinstance(node, list):
        return [closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: closed(value) for key, value in node.items()}
    if "properties" in node and "additionalProperties" not in node:
        node["additionalProperties"] = False
    return node


def _registry(document):
    key = id(document)
    if _cache.get("registry_for") != key:
        contents = copy.deepcopy(document)
        contents["paths"] = closed(contents["paths"])
        contents["components"] = closed(contents.get("components", {}))
        resource = Resource.from_contents(contents, default_specification=DRAFT202012)
        _cache["registry"] = Registry().with_resource(DOCUMENT_URI, resource)
        _cache["registry_for"] = key
    return _cache["registry"]


def pointer(*segments):
    return "/" + "/".join(
        str(segment).replace("~", "~0").replace("/", "~1") for segment in segments
    )


def media_type_of(response):
    return (response.get("Content-Type") or "").split(";")[0].strip().lower()


def declared_media_type(content, media_type):
    """``media_type`` if the operation declares it for that status, else None."""
    return media_type if media_type in content else None


class ContractError(AssertionError):
    pass


def operation_of(document, path_template, method):
    operation = document["paths"].get(path_template, {}).get(method.lower())
    if operation is None:
        raise ContractError(
            f"{method.upper()} {path_template} is not in the OpenAPI document"
        )
    return operation


def schema_errors(document, path_template, method, status, media_type, body):
    ref = DOCUMENT_URI + "#" + pointer(
        "paths", path_template, method.lower(), "responses", status, "content",
        media_type, "schema",
    )  # fmt: skip
    validator = Draft202012Validator(
        {"$ref": ref},
        registry=_registry(document),
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    return sorted(validator.iter_errors(body), key=lambda error: list(error.path))


def describe(errors, limit=5):
    lines = []
    for error in errors[:limit]:
        where = "/".join(str(part) for part in error.absolute_path) or "(body)"
        lines.append(f"  at {where}: {error.message[:300]}")
        for sub in sorted(error.context or [], key=lambda e: len(e.path))[:3]:
            sub_where = "/".join(str(part) for part in sub.absolute_path) or "(body)"
            lines.append(f"    - {sub_where}: {sub.message[:200]}")
    if len(errors) > limit:
        lines.append(f"  ... and {len(errors) - limit} more")
    return "\n".join(lines)


def assert_matches_openapi(response, path_template, method="get"):
    """Fail unless ``response`` is what the document promises for
    ``method path_template``. Returns the parsed body (None when empty)."""
    document = openapi_document(response.client)
    operation = operation_of(document, path_template, method)
    status = str(response.status_code)
    responses = operation["responses"]
    declared = responses.get(status) or responses.get("default")
    if declared is None:
        raise ContractError(
            f"{method.upper()} {path_template} answered {status}, which the "
            f"document does not declare (it declares {', '.join(sorted(responses))})"
        )
    content = declared.get("content")
    if not content:
        if response.content:
            raise ContractError(
                f"{method.upper()} {path_template} {status} is declared without "
                f"content but has a body: {response.content[:200]!r}"
            )
        return None
    media_type = media_type_of(response)
    documented_as = declared_media_type(content, media_type)
    if documented_as is None:
        raise ContractError(
            f"{method.upper()} {path_template} {status} is {media_type!r}; the "
            f"document declares {', '.join(content)}"
        )
    if documented_as == JSON_MEDIA_TYPE or documented_as.endswith("+json"):
        body = json.loads(response.content)
    else:
        body = response.content.decode()
    errors = schema_errors(document, path_template, method, status, documented_as, body)
    if errors:
        raise ContractError(
            f"{method.upper()} {path_template} {status} does not match its "
            f"documented schema:\n{describe(errors)}"
        )
    return body


def documented_statuses(document, path_template, method="get"):
    return set(operation_of(document, path_template, method)["responses"])
