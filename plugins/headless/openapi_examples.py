"""Examples for the OpenAPI document, taken from real responses.

``collect(client, document)`` asks the API for every GET operation of its own
document, as a client would: the lists first, then what each list links to
(its first item, a policy's versions), and keeps the first 200 of each
response schema, trimmed to one item per list. A response schema no request
reaches (a POST's) gets an example built from the schema. ``make
openapi-examples`` runs it on the demo and stores the result in
``openapi_examples.json``, which the document serves (``openapi.complete``);
Redocly's lint in the tests checks every example against its schema, so an
example that no longer fits its schema fails the tests until it is made again.
"""

import functools
import json
from http import HTTPStatus
from pathlib import Path

EXAMPLES_FILE = Path(__file__).with_name("openapi_examples.json")
JSON_MEDIA_TYPE = "application/json"
PROBLEM_MEDIA_TYPE = "application/problem+json"
JSON_TYPES = (JSON_MEDIA_TYPE, PROBLEM_MEDIA_TYPE)
# Values for the required parameters of the operations that have them.
REQUIRED_VALUES = {"q": "camera", "path": "/en/"}
LIST_ITEMS_KEPT = 1


def schema_key(schema):
    """A response schema's name: its component, or its JSON when inline (a
    union, a list of locales)."""
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[1] if ref else json.dumps(schema, sort_keys=True)


@functools.cache
def load():
    """The stored examples, read once."""
    if not EXAMPLES_FILE.exists():
        return {}
    return json.loads(EXAMPLES_FILE.read_text())


def response_schemas(operation):
    """The JSON schema of each status that answers with a JSON body."""
    for status, response in operation.get("responses", {}).items():
        content = response.get("content", {}).get(JSON_MEDIA_TYPE)
        if content and "schema" in content:
            yield status, content["schema"]


def trimmed(value):
    """A response with its lists cut to their first item: an example shows
    the shape, not the whole site."""
    if isinstance(value, list):
        return [trimmed(item) for item in value[:LIST_ITEMS_KEPT]]
    if isinstance(value, dict):
        return {key: trimmed(item) for key, item in value.items()}
    return value


def pointed(body, pointer):
    """The value at a JSON pointer (``/items/0/id``), or None."""
    for part in pointer.strip("/").split("/"):
        try:
            body = body[int(part)] if isinstance(body, list) else body[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return body


def collect(client, document):
    """Examples by response schema, from the API's answers to ``client``."""
    examples = {}
    gets = {
        operation["operationId"]: (path, operation)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
        if method == "get"
    }
    todo = [(op_id, {}) for op_id, (path, _op) in gets.items() if "{" not in path]
    seen = set()
    while todo:
        op_id, path_values = todo.pop(0)
        if op_id in seen:
            continue
        path, operation = gets[op_id]
        required = {
            parameter["name"]: REQUIRED_VALUES.get(parameter["name"])
            for parameter in operation.get("parameters", [])
            if parameter.get("required") and parameter["in"] == "query"
        }
        if None in required.values():
            continue
        seen.add(op_id)
        response = client.get(path.format(**path_values), required)
        schemas = dict(response_schemas(operation))
        if response.status_code != 200 or not operation["responses"].get("200"):
            continue
        if not response["Content-Type"].startswith(JSON_MEDIA_TYPE):
            # A file (the registry's CSV): its first lines.
            lines = response.content.decode().splitlines()[: 1 + LIST_ITEMS_KEPT]
            examples.setdefault(op_id, "\n".join(lines) + "\n")
            continue
        body = response.json()
        examples.setdefault(schema_key(schemas["200"]), trimmed(body))
        for link in operation["responses"]["200"].get("links", {}).values():
            values = link_values(link, body, path_values)
            if None not in values.values():
                todo.append((link["operationId"], values))
    return examples


def link_values(link, body, path_values):
    """The path parameters an OpenAPI link passes on, from the request's path
    or the response's body."""
    values = {}
    for name, source in link["parameters"].items():
        if source.startswith("$request.path."):
            values[name] = path_values.get(source.removeprefix("$request.path."))
        else:
            values[name] = pointed(body, source.removeprefix("$response.body#"))
    return values


def from_schema(schema, components, depth=0):
    """A value that fits ``schema``: for a response no GET reaches."""
    if "$ref" in schema:
        return from_schema(
            components[schema["$ref"].rsplit("/", 1)[1]], components, depth + 1
        )
    for key in ("const", "default"):
        if key in schema:
            return schema[key]
    if "enum" in schema:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            options = [o for o in schema[key] if o.get("type") != "null"]
            return from_schema(options[0], components, depth + 1)
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {
            name: from_schema(schema["properties"][name], components, depth + 1)
            for name in schema.get("required", [])
        }
    if kind == "array":
        return [] if depth > 8 else [from_schema(schema["items"], components, depth)]
    formats = {"date": "2026-01-15", "date-time": "2026-01-15T09:30:00Z"}
    return {
        "integer": schema.get("minimum", 1),
        "number": 1.5,
        "boolean": False,
        "string": formats.get(schema.get("format"), "text"),
    }.get(kind)


def problem(status):
    """A problem document as ``errors`` gives one for ``status``."""
    status = HTTPStatus(int(status))
    return {
        "type": "about:blank",
        "title": status.phrase,
        "status": status.value,
        "detail": PROBLEM_DETAILS.get(status.value, status.description),
    }


PROBLEM_DETAILS = {
    400: "Invalid parameter: limit",
    404: "No live page with id 4711.",
}


def attach(schema, examples):
    """Give every JSON response body in ``schema`` its example: a stored one
    for its response schema, else one built from the schema; a problem
    document for an error."""
    components = schema["components"]["schemas"]
    made = {}
    for methods in schema["paths"].values():
        for operation in methods.values():
            for status, response in operation.get("responses", {}).items():
                for media_type, content in response.get("content", {}).items():
                    stored_file = examples.get(operation.get("operationId"))
                    if media_type not in JSON_TYPES and status == "200":
                        if stored_file is not None:
                            content.setdefault("example", stored_file)
                    elif media_type == PROBLEM_MEDIA_TYPE:
                        content.setdefault("example", problem(status))
                    elif media_type == JSON_MEDIA_TYPE and "schema" in content:
                        key = schema_key(content["schema"])
                        if key not in examples and key not in made:
                            made[key] = from_schema(content["schema"], components)
                        content.setdefault("example", examples.get(key, made.get(key)))
