"""The delivery API's OpenAPI document, as standard tools read it.

Ninja generates the paths and schemas from the operations; this module adds
what a client generator, a linter (Redocly's recommended rules) or a reader of
the docs page needs and ninja cannot know:

- operation ids in the agency's words (``listPolicies``, ``getPolicy``,
  ``findPage``), from the view's name, unique across the document;
- each status once, keyed as a string (strict JSON parsers refuse a key twice);
- errors as problem documents (RFC 9457), and the 413 and 415 of a body;
- the headers a response carries: ``ETag``, ``Last-Modified``,
  ``Cache-Control`` and ``Vary`` on cached responses, ``Retry-After`` on 429
  and 503, ``Content-Disposition`` on a file to download;
- query and path parameters without ``null`` (a URL cannot carry one);
- links from a list to its items, for clients that follow them;
- ``servers`` from ``CMS_API_URL``, or from the request that asks for the
  document; the licence; and that no operation needs credentials;
- only the components an operation uses.
"""

import json
import re

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from cms.media_urls import request_origin
from plugins.headless import openapi_examples
from plugins.headless.conf import DEFAULTS, setting

PROBLEM_MEDIA_TYPE = "application/problem+json"
JSON_MEDIA_TYPE = "application/json"
REF_PREFIX = "#/components/schemas/"

# What the response cache sends with every cached response (``caching``).
CACHE_HEADERS = {
    "ETag": {
        "description": "Send it back in If-None-Match to get a 304 while the "
        "response is unchanged.",
        "schema": {"type": "string"},
    },
    "Last-Modified": {
        "description": "A single page's last publication; lists send none.",
        "schema": {"type": "string"},
    },
    "Cache-Control": {
        "description": "How long shared caches and browsers may keep the "
        "response (`CMS_API_CACHE_CONTROL`).",
        "schema": {"type": "string"},
    },
    "Vary": {
        "description": "The request headers a cache must key the response by "
        "besides its URL (`Origin` where cross-origin calls are allowed).",
        "schema": {"type": "string"},
    },
}
RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "required": True,
        "schema": {"type": "integer", "minimum": 1},
    }
}
DOWNLOAD = {
    "Content-Disposition": {
        "description": "An attachment, with the file name to save it under.",
        "required": True,
        "schema": {"type": "string"},
    }
}
BODY_ERRORS = {
    "413": "The body is larger than the server accepts.",
    "415": "The body is not application/json.",
}
LICENSE = {"name": "BSD-3-Clause", "identifier": "BSD-3-Clause"}


def operation_id(view_name):
    """``list_policies`` -> ``listPolicies``: a view's name, which says what
    the operation does in the agency's words, in the camel case client
    generators turn into method names."""
    first, *rest = view_name.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


def server_url(request):
    """Where clients reach this server: ``CMS_API_URL`` without the API's own
    prefix (the document's paths carry it), or the origin the client used,
    by the same rule as file URLs (``cms.media_urls.request_origin``: trusted
    proxies' forwarded scheme, host and port)."""
    mount = api_root()
    configured = setting("CMS_API_URL")
    if configured:
        base = configured.rstrip("/")
        return base.removesuffix(mount.rstrip("/")) or base
    return request_origin(request)


def api_root():
    return reverse("cms_api:api-root")


# The completed document of each API, made once per process: making it takes
# pydantic about a second. Only settings shape it: the languages, the API's own
# settings and the installed plugins; a change of one of those drops it.
documents = {}
DOCUMENT_SETTINGS = frozenset(
    {
        "INSTALLED_APPS",
        "LANGUAGE_CODE",
        "LANGUAGES",
        "LANGUAGES_BIDI",
        "WAGTAIL_CONTENT_LANGUAGES",
        *DEFAULTS,
    }
)


def forget_documents(*, setting, **kwargs):
    """Receives ``setting_changed`` (wired in the app's ``ready``). Other
    settings leave the document: the tests change the media folder and the
    password hashers for every test, and would make it again each time."""
    if setting in DOCUMENT_SETTINGS:
        documents.clear()


def document(api, request):
    """The document ``api`` serves to ``request``, naming its server."""
    if api.urls_namespace not in documents:
        documents[api.urls_namespace] = api.get_openapi_schema()
    server = {"url": server_url(request), "description": "This agency's content API."}
    return {**documents[api.urls_namespace], "servers": [server]}


def complete(schema, media_type):
    """Add to ninja's ``schema`` what this module promises (see above)."""
    schema["info"]["license"] = LICENSE
    # Every operation is public: the API serves only live, public content.
    schema["security"] = []
    problem = {"schema": {"$ref": f"{REF_PREFIX}Problem"}}
    for operations in schema["paths"].values():
        for operation in operations.values():
            responses = merged_statuses(operation.get("responses", {}))
            operation["responses"] = responses
            if "requestBody" in operation:
                for status, description in BODY_ERRORS.items():
                    responses.setdefault(
                        status,
                        {
                            "description": description,
                            "content": {PROBLEM_MEDIA_TYPE: problem},
                        },
                    )
            for status, response in responses.items():
                document_headers(status, response, responses, media_type)
            for parameter in operation.get("parameters", []):
                parameter["schema"] = without_null(parameter["schema"])
                describe(parameter)
    add_links(schema["paths"])
    schema["components"]["schemas"] = used_components(schema)
    require_discriminators(schema)
    openapi_examples.attach(schema, openapi_examples.load())
    return schema


def require_discriminators(schema):
    """A union's members each require the property that tells them apart.
    A member may give it a default (``type: Literal["faq"] = "faq"``), which
    pydantic documents as optional, but every response carries it, and a
    client can only pick the member by a property that is always there."""
    components = schema["components"]["schemas"]

    def visit(node):
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, dict):
            name = node.get("discriminator", {}).get("propertyName")
            for member in node.get("oneOf", []) if name else ():
                target = components.get(member.get("$ref", "").removeprefix(REF_PREFIX))
                if target is not None and name in target.get("properties", {}):
                    required = target.setdefault("required", [])
                    if name not in required:
                        required.insert(0, name)
            for value in node.values():
                visit(value)

    visit(schema)


def describe(parameter):
    """A parameter's description where ninja leaves it in the schema (an
    optional parameter's, inside ``anyOf``), or, for an id in the path, what
    the id is."""
    if parameter.get("description"):
        return
    description = parameter["schema"].get("description") or PATH_PARAMETERS.get(
        parameter["name"] if parameter["in"] == "path" else None
    )
    if description:
        parameter["description"] = description


PATH_PARAMETERS = {
    "page_id": "The page's id, as lists and `/pages/find/` give it.",
    "object_id": "The item's id, as its list gives it.",
    "label": "A version's label, as the change log gives it (`2.0`).",
}


def document_headers(status, response, responses, media_type):
    content = response.get("content", {})
    if int(status) >= 400 and media_type in content:
        response["content"] = {PROBLEM_MEDIA_TYPE: content[media_type]}
    added = {}
    if "304" in responses and status in {"200", "304"}:
        added = CACHE_HEADERS
    elif status == "200" and content and media_type not in content:
        added = DOWNLOAD
    elif status in {"429", "503"}:
        added = RETRY_AFTER
    if added:
        response["headers"] = {**added, **response.get("headers", {})}


def add_links(paths):
    """OpenAPI links from each list to its items (``/policies/`` to
    ``/policies/{page_id}/``, the first item's id) and from an item to what
    lies under it (a policy to its versions): what a client, or a stateful
    test, can follow from one response to the next request."""
    gets = {path: ops["get"] for path, ops in paths.items() if "get" in ops}
    for path, operation in gets.items():
        ok = operation.get("responses", {}).get("200")
        if ok is None:
            continue
        passed = {
            name: f"$request.path.{name}"
            for name in (p["name"] for p in operation.get("parameters", []))
            if f"{{{name}}}" in path
        }
        for target_path, target in gets.items():
            rest = target_path.removeprefix(path)
            if target_path == path or not target_path.startswith(path):
                continue
            if rest.startswith("{") and rest.count("/") == 1:
                name = rest[1:-2]
                field = "id" if name.endswith("_id") else name
                parameters = {**passed, name: f"$response.body#/items/0/{field}"}
            elif path.endswith("}/") and "{" not in rest and rest.count("/") == 1:
                parameters = dict(passed)
            else:
                continue
            ok.setdefault("links", {})[target["operationId"]] = {
                "operationId": target["operationId"],
                "parameters": parameters,
            }


def merged_statuses(responses):
    """Responses keyed by status as a string. Ninja keys the statuses it
    generates by int and keeps ``openapi_extra``'s as written, so one status
    may be there twice, which strict JSON parsers refuse; the explicit
    ``openapi_extra`` entry wins where both say the same thing."""
    merged = {}
    for status, response in sorted(
        responses.items(), key=lambda item: isinstance(item[0], str)
    ):
        merged[str(status)] = {**merged.get(str(status), {}), **response}
    return merged


def without_null(schema):
    """``X | None`` documented as ``X``: in a URL a parameter is absent or a
    string, never null."""
    options = schema.get("anyOf", [])
    kept = [option for option in options if option.get("type") != "null"]
    if len(kept) != 1 or len(options) != 2:
        return schema
    rest = {
        key: value
        for key, value in schema.items()
        if key != "anyOf" and not (key == "default" and value is None)
    }
    return {**kept[0], **rest}


REF = re.compile(r'"\$ref": "#/components/schemas/([^"]+)"')


def used_components(schema):
    """The component schemas the operations reach. Ninja also lists the
    models of query parameters, which it flattens into parameters and no
    operation refers to."""
    components = schema["components"].get("schemas", {})
    todo = set(REF.findall(json.dumps(schema["paths"])))
    reached = set()
    while todo:
        name = todo.pop()
        if name in reached or name not in components:
            continue
        reached.add(name)
        todo |= set(REF.findall(json.dumps(components[name])))
    return {name: value for name, value in components.items() if name in reached}


def index(request, api, collections):
    """The API's front door: what it is, and where its parts are."""
    base = server_url(request)
    root = api_root()
    return {
        "name": api.title,
        "version": api.version,
        "description": api.description,
        "links": {
            "self": base + root,
            "docs": base + reverse("cms_api:openapi-view"),
            "openapi": base + reverse("cms_api:openapi-json"),
        },
        "collections": {
            name: base + root + path.lstrip("/") for name, path in collections
        },
        "languages": [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES],
    }


def names_of(model):
    """A content type's name and plural, in the source language of the
    document (the model's verbose names)."""
    with translation.override("en"):
        return str(model._meta.verbose_name), str(model._meta.verbose_name_plural)


def list_texts(endpoint, *, pages=True):
    """Summary and description of a content type's list operation."""
    _name, plural = names_of(endpoint.model)
    languages = (
        "With `locale`, items in that language, and, unless `fallback=false`, "
        "source-language items not yet translated, marked `fallback: true`."
        if pages
        else "With `locale`, the items in that language."
    )
    return {
        "summary": f"List {plural}",
        "description": f"The live, public {plural}, a page at a time (`limit`, "
        f"`offset`; `count` is the total), filtered by the parameters below. "
        f"{languages} Cached: send the `ETag` back in `If-None-Match` for a 304.",
    }


def detail_texts(endpoint, *, pages=True):
    """Summary and description of a content type's detail operation."""
    name, _plural = names_of(endpoint.model)
    what = (
        "with its body, SEO fields, translations and schema.org JSON-LD. With "
        "`locale`, its translation into that language."
        if pages
        else "as its list gives it, with everything it says."
    )
    return {
        "summary": f"Get one {name}",
        "description": f"One live, public {name} by id, {what} A 404 when "
        "there is none (or it is not public). Cached: send the `ETag` back in "
        "`If-None-Match` for a 304.",
    }
