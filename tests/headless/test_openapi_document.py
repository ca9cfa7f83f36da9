"""The OpenAPI document as standard tools read it, and the API's front doors.

The served bytes parse with a parser that refuses a key twice; Redocly CLI's
recommended rules find nothing; every operation has an id in the agency's
words, a summary and a description, every parameter a description, every
response body an example; the headers responses carry are documented; the
document names the server it was asked of, or ``CMS_API_URL``. ``/api/v1/``
answers a JSON index whose links work, and ``/api/v1/docs`` loads Swagger UI
from this server's static files only.
"""

import copy
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from django.db import transaction
from django.test import Client
from wagtail.models import Locale, Page, Site

from tests import factories
from tests.databases import settle_deferred_checks
from tests.headless.conftest import page_maker

API = "/api/v1"
OPENAPI_FOLDER = Path(__file__).resolve().parents[1] / "openapi"
REDOCLY = OPENAPI_FOLDER / "node_modules" / ".bin" / "redocly"
# Every test reads the module's world (a database for the docs and the index).
pytestmark = pytest.mark.django_db
OPERATION_ID = re.compile(r"^[a-z][A-Za-z]+$")
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


class DuplicateKey(ValueError):
    pass


def refuse_duplicates(pairs):
    """An ``object_pairs_hook`` that refuses a key twice, as openapi-typescript
    and Redocly do (Python's ``json`` keeps the last one silently)."""
    keys = [key for key, _value in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise DuplicateKey(f"duplicated keys: {duplicates}")
    return dict(pairs)


def strict_json(content):
    return json.loads(content, object_pairs_hook=refuse_duplicates)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """A site with one published policy and one technology, built once for
    the module and rolled back after its last test."""
    with django_db_blocker.unblock(), transaction.atomic():
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        home = factories.HomePageFactory(parent=Page.get_first_root_node())
        Site.objects.all().delete()
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True
        )
        sections = {"policies": factories.PolicyIndexPageFactory(parent=home)}
        policy = page_maker(home, sections)("policy", title="License-plate readers")
        technology = factories.TechnologyFactory(
            name="License-plate readers", locale=locales["en"]
        )
        settle_deferred_checks()
        yield {"policy": policy.pk, "technology": technology.pk}
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def served(world, django_db_blocker):
    """The document's bytes as the API serves them."""
    with django_db_blocker.unblock():
        response = Client().get(f"{API}/openapi.json")
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/json")
    return response.content


@pytest.fixture(scope="module")
def document(served):
    return strict_json(served)


def operations(document):
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            if method in HTTP_METHODS:
                yield f"{method.upper()} {path}", operation


# Strict JSON ---------------------------------------------------------------------


def test_the_served_bytes_have_no_key_twice(served):
    document = strict_json(served)
    assert document["openapi"].startswith("3.")
    assert len(list(operations(document))) > 30


def test_the_strict_parser_refuses_a_key_twice():
    with pytest.raises(DuplicateKey, match="200"):
        strict_json(b'{"responses": {"200": {}, "200": {}}}')


# Redocly CLI -----------------------------------------------------------------------


def redocly_lint(*documents):
    """Redocly CLI's problems with each document, by file name: its recommended
    rules as tests/openapi/redocly.yaml sets them."""
    if shutil.which("node") is None:
        pytest.skip("node is not installed (apt-get install nodejs npm)")
    assert REDOCLY.exists(), (
        f"{REDOCLY} is missing: run `make install` "
        "(npm ci --prefix tests/openapi --no-audit --no-fund)"
    )
    run = subprocess.run(  # noqa: S603 (a pinned local tool on temporary files)
        [
            str(REDOCLY),
            "lint",
            "--config",
            str(OPENAPI_FOLDER / "redocly.yaml"),
            "--format",
            "json",
            *map(str, documents),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=OPENAPI_FOLDER,
        check=False,
    )
    # One JSON report per file, one after the other.
    decoder, text, reports = json.JSONDecoder(), run.stdout, []
    start = text.find("{")
    while start != -1:
        report, end = decoder.raw_decode(text, start)
        reports.append(report)
        start = text.find("{", end)
    assert len(reports) == len(documents), run.stdout + run.stderr
    found = {Path(document).name: [] for document in documents}
    for problem in (problem for report in reports for problem in report["problems"]):
        source = Path(problem["location"][0]["source"]["ref"]).name
        found[source].append(
            f"{problem['severity']} {problem['ruleId']}: {problem['message']} "
            f"at {problem['location'][0].get('pointer')}"
        )
    return found


def test_redocly_recommended_rules_find_nothing(document, tmp_path):
    """The served document lints clean. A copy broken as a careless change
    would break it (an operation without an id or description, a parameter
    without a description, an empty `servers`) proves the linter runs and
    reads the same rules."""
    served_file = tmp_path / "openapi.json"
    served_file.write_text(json.dumps(document))
    broken = copy.deepcopy(document)
    broken["servers"] = []
    first = broken["paths"][f"{API}/policies/"]["get"]
    del first["operationId"]
    broken_file = tmp_path / "broken.json"
    broken_file.write_text(json.dumps(broken))

    found = redocly_lint(served_file, broken_file)

    assert found["openapi.json"] == []
    rules = {line.split(":")[0] for line in found["broken.json"]}
    assert {"error no-empty-servers", "warn operation-operationId"} <= rules


def test_redocly_turns_off_only_the_trailing_slash_rule():
    config = yaml.safe_load((OPENAPI_FOLDER / "redocly.yaml").read_text())
    assert config["extends"] == ["recommended"]
    assert config["rules"] == {"no-path-trailing-slash": "off"}
    package = json.loads((OPENAPI_FOLDER / "package.json").read_text())
    version = package["devDependencies"]["@redocly/cli"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "pin an exact version"


# Operations and parameters -------------------------------------------------------


def test_operation_ids_are_in_the_agencys_words(document):
    ids = [operation["operationId"] for _name, operation in operations(document)]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
    assert [i for i in ids if not OPERATION_ID.fullmatch(i)] == []
    expected = {
        "listPolicies": f"GET {API}/policies/",
        "getPolicy": f"GET {API}/policies/{{page_id}}/",
        "findPage": f"GET {API}/pages/find/",
        "getPage": f"GET {API}/pages/{{page_id}}/",
        "listLocales": f"GET {API}/locales/",
        "getNavigation": f"GET {API}/navigation/",
        "search": f"GET {API}/search/",
        "listTechnologies": f"GET {API}/technologies/",
        "getTechnology": f"GET {API}/technologies/{{object_id}}/",
        "listPolicyVersions": f"GET {API}/policies/{{page_id}}/versions/",
        "sendFeedback": f"POST {API}/feedback/",
    }
    by_id = {op["operationId"]: name for name, op in operations(document)}
    assert {i: by_id.get(i) for i in expected} == expected


def test_every_operation_and_parameter_is_described(document):
    undescribed = [
        f"{name}: {field}"
        for name, operation in operations(document)
        for field in ("summary", "description")
        if not operation.get(field, "").strip()
    ]
    undescribed += [
        f"{name}: parameter {parameter['name']}"
        for name, operation in operations(document)
        for parameter in operation.get("parameters", [])
        if not parameter.get("description", "").strip()
    ]
    assert undescribed == []


def test_the_document_says_it_needs_no_credentials_and_its_licence(document):
    assert document["security"] == []
    assert document["info"]["license"]["identifier"] == "BSD-3-Clause"
    assert document["components"].get("securitySchemes", {}) == {}


def test_components_are_only_those_operations_use(document):
    text = json.dumps(document["paths"]) + json.dumps(document["components"])
    unused = [
        name
        for name in document["components"]["schemas"]
        if f'"#/components/schemas/{name}"' not in text
    ]
    assert unused == []
    assert "PolicyQuery" not in document["components"]["schemas"]


def test_every_union_member_requires_its_discriminator(document):
    schemas = document["components"]["schemas"]
    unions = [
        node
        for node in walk(document)
        if isinstance(node, dict) and "discriminator" in node and "oneOf" in node
    ]
    assert unions
    for union in unions:
        name = union["discriminator"]["propertyName"]
        for member in union["oneOf"]:
            target = schemas[member["$ref"].rsplit("/", 1)[1]]
            assert name in target["required"], member["$ref"]


def walk(node):
    yield node
    children = node.values() if isinstance(node, dict) else node
    if isinstance(node, dict | list):
        for child in children:
            yield from walk(child)


# Headers ---------------------------------------------------------------------------


def test_cached_responses_document_and_send_their_headers(document, client, world):
    documented = document["paths"][f"{API}/policies/{{page_id}}/"]["get"]
    headers = documented["responses"]["200"]["headers"]
    assert {"ETag", "Last-Modified", "Cache-Control", "Vary"} <= set(headers)
    assert all(header.get("description") for header in headers.values())

    response = client.get(f"{API}/policies/{world['policy']}/")
    assert response.status_code == 200
    for name in ("ETag", "Last-Modified", "Cache-Control", "Vary"):
        assert response.has_header(name), name
    again = client.get(
        f"{API}/policies/{world['policy']}/", HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304
    assert "304" in documented["responses"]


def test_every_cached_operation_documents_its_validators(document):
    cached = [
        (name, operation["responses"])
        for name, operation in operations(document)
        if "304" in operation["responses"]
    ]
    assert len(cached) > 25
    for name, responses in cached:
        assert {"ETag", "Cache-Control", "Vary"} <= set(responses["200"]["headers"]), (
            name
        )


def test_limits_document_retry_after(document):
    limited = [
        (name, response)
        for name, operation in operations(document)
        for status, response in operation["responses"].items()
        if status in {"429", "503"}
    ]
    assert limited
    for name, response in limited:
        assert response["headers"]["Retry-After"]["required"] is True, name


def test_the_csv_export_documents_and_sends_its_file_name(document, client, world):
    responses = document["paths"][f"{API}/technologies/export.csv"]["get"]["responses"]
    assert set(responses["200"]["content"]) == {"text/csv"}
    assert responses["200"]["headers"]["Content-Disposition"]["required"] is True

    response = client.get(f"{API}/technologies/export.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment; filename=")


# Examples --------------------------------------------------------------------------


def test_every_response_body_has_an_example(document):
    schemas = document["components"]["schemas"]
    missing = []
    for name, operation in operations(document):
        for status, response in operation["responses"].items():
            for media_type, content in response.get("content", {}).items():
                ref = content.get("schema", {}).get("$ref", "")
                component = schemas.get(ref.rsplit("/", 1)[-1], {})
                if not (
                    "example" in content
                    or "examples" in content
                    or "examples" in component
                    or "example" in component
                ):
                    missing.append(f"{name} {status} {media_type}")
    assert missing == []


# Servers ---------------------------------------------------------------------------


def served_servers(client, **extra):
    response = client.get(f"{API}/openapi.json", **extra)
    assert response.status_code == 200
    return [server["url"] for server in strict_json(response.content)["servers"]]


def test_servers_name_the_host_the_document_was_asked_of(client, db, settings):
    settings.CMS_API_URL = ""
    settings.ALLOWED_HOSTS = ["api.example.org"]
    assert served_servers(client, HTTP_HOST="api.example.org") == [
        "http://api.example.org"
    ]
    assert served_servers(client, HTTP_HOST="api.example.org", secure=True) == [
        "https://api.example.org"
    ]


def test_servers_follow_a_trusted_proxy_as_file_urls_do(client, db, settings):
    # The origin the resident's browser used, behind one trusted proxy; an
    # untrusted hop's claim is ignored.
    settings.CMS_API_URL = ""
    settings.ALLOWED_HOSTS = ["app.internal", "www.example.gov"]
    forwarded = {
        "HTTP_HOST": "app.internal:8000",
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_X_FORWARDED_HOST": "www.example.gov",
    }
    settings.CMS_TRUSTED_PROXY_COUNT = 1
    assert served_servers(client, **forwarded) == ["https://www.example.gov"]
    settings.CMS_TRUSTED_PROXY_COUNT = 0
    assert served_servers(client, **forwarded) == ["http://app.internal:8000"]


@pytest.mark.parametrize(
    ("configured", "server"),
    [
        ("https://cms.example.gov/api/v1", "https://cms.example.gov"),
        ("https://cms.example.gov/api/v1/", "https://cms.example.gov"),
        # Behind a proxy that mounts the app under a prefix of its own.
        ("https://www.example.gov/cms/api/v1", "https://www.example.gov/cms"),
        ("https://cms.example.gov", "https://cms.example.gov"),
    ],
)
def test_servers_come_from_cms_api_url(client, db, settings, configured, server):
    settings.CMS_API_URL = configured
    assert served_servers(client) == [server]


# The index and the docs page -----------------------------------------------------


def test_the_index_is_json_and_its_links_work(client, world, document):
    response = client.get(f"{API}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    index = strict_json(response.content)
    assert index["name"] == document["info"]["title"]
    assert index["version"] == document["info"]["version"]
    links = index["links"]
    assert set(links) == {"self", "docs", "openapi"}
    collections = index["collections"]
    assert {"policies", "technologies", "search", "locales", "navigation"} <= set(
        collections
    )
    paths = set(document["paths"])
    for name, url in collections.items():
        assert urlsplit(url).path in paths, name
    for name, url in {**links, **collections}.items():
        if name == "search":
            url += "?q=plate"
        if name == "feedback":
            continue  # POST only: documented, and its GET a problem document
        got = client.get(url)
        assert got.status_code == 200, (name, url, got.status_code)
        expected = "text/html" if name == "docs" else "application/json"
        assert got["Content-Type"].startswith(expected), (name, got["Content-Type"])


def test_the_index_refuses_other_methods_with_a_problem(client, db):
    response = client.post(f"{API}/", data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == 405
    assert "GET" in response["Allow"]


class Assets(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []
        self.inline_scripts = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            if attrs.get("src"):
                self.urls.append(attrs["src"])
            elif attrs.get("type") != "application/json":
                self.inline_scripts += 1
        elif tag == "link" and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag == "img" and attrs.get("src"):
            self.urls.append(attrs["src"])


def test_the_docs_load_swagger_ui_from_this_servers_static_files(client, db):
    response = client.get(f"{API}/docs")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assets = Assets()
    assets.feed(response.content.decode())
    assert assets.inline_scripts == 0
    scripts = [url for url in assets.urls if url.endswith(".js")]
    assert any("swagger-ui-bundle" in url for url in scripts), assets.urls
    for url in assets.urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, f"not same-origin: {url}"
        assert parts.path.startswith("/static/"), url
        assert client.get(url).status_code == 200, url
    assert "script-src" in response["Content-Security-Policy"]


# Failure paths ---------------------------------------------------------------------


# A valid value of each required parameter: a new one fails here until added.
REQUIRED = {"q": "plate", "path": "/en/", "token": "t" * 20}


def lists(document):
    """Every GET that takes no path parameter and answers JSON, with a valid
    value of each of its required parameters."""
    for name, operation in operations(document):
        path = name.split(" ", 1)[1]
        ok = operation["responses"].get("200", {}).get("content", {})
        if name.startswith("GET ") and "{" not in path and "application/json" in ok:
            required = {
                parameter["name"]: REQUIRED[parameter["name"]]
                for parameter in operation.get("parameters", [])
                if parameter.get("required")
            }
            yield path, operation, required


def test_an_unknown_parameter_is_a_documented_problem(document, client, world):
    for path, operation, required in lists(document):
        response = client.get(path, {**required, "colour": "blue"})
        assert response.status_code == 400, (path, response.status_code)
        assert response["Content-Type"] == "application/problem+json", path
        assert "colour" in response.json()["detail"], path
        assert "application/problem+json" in operation["responses"]["400"]["content"]


def test_a_bad_value_is_a_documented_problem(document, client, world):
    checked = 0
    for path, operation, required in lists(document):
        names = {parameter["name"] for parameter in operation.get("parameters", [])}
        if "limit" not in names:
            continue
        response = client.get(path, {**required, "limit": "many"})
        assert response.status_code == 400, (path, response.status_code)
        problem = response.json()
        assert problem["status"] == 400
        assert "limit" in problem["detail"], (path, problem)
        checked += 1
    assert checked > 10


def test_the_document_is_made_once_until_a_setting_changes(client, db, settings):
    from plugins.headless import openapi

    client.get(f"{API}/openapi.json")
    made = openapi.documents["cms_api"]
    client.get(f"{API}/openapi.json", HTTP_HOST="localhost")
    assert openapi.documents["cms_api"] is made
    # A setting the document does not read leaves it.
    settings.MEDIA_ROOT = settings.MEDIA_ROOT / "elsewhere"
    assert openapi.documents["cms_api"] is made

    settings.WAGTAIL_CONTENT_LANGUAGES = [("en", "English"), ("fr", "French")]
    assert "cms_api" not in openapi.documents
    refreshed = strict_json(client.get(f"{API}/openapi.json").content)
    [locale] = refreshed["paths"][f"{API}/navigation/"]["get"]["parameters"]
    assert locale["schema"]["enum"] == ["en", "fr"]
