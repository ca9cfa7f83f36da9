"""A front-end team's TypeScript client, generated and compiled as they would.

The document the API serves is turned into types by openapi-typescript (the
version pinned in ``tests/client/package.json``), and the strict consumer in
``tests/client/src/`` is compiled against them with tsc. The consumer renders
every page type and every block type with a ``never`` check, so a page or block
type the document gains without the consumer handling it fails the build, as
the last test shows with a block type added to the document.
"""

import copy
import json
import subprocess
from pathlib import Path

import pytest
from django.test import Client

CLIENT = Path(__file__).resolve().parent
BIN = CLIENT / "node_modules" / ".bin"
OPENAPI_URL = "/api/v1/openapi.json"


def run(*command, cwd=CLIENT):
    return subprocess.run(  # noqa: S603 (the pinned local tools, on test files)
        [str(part) for part in command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def refuse_duplicates(pairs):
    keys = [key for key, _value in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    assert not duplicates, f"duplicated keys: {duplicates}"
    return dict(pairs)


@pytest.fixture(scope="module")
def served_document(django_db_setup, django_db_blocker):
    assert (BIN / "tsc").exists(), (
        "tests/client has no node_modules: run `make install` (npm ci)"
    )
    with django_db_blocker.unblock():
        response = Client().get(OPENAPI_URL)
    assert response.status_code == 200
    # Parsed as openapi-typescript parses it: a key twice is an error.
    return json.loads(response.content, object_pairs_hook=refuse_duplicates)


def generate(document, build):
    """Types for ``document`` in ``build``, and a tsconfig that compiles the
    consumer against them (the project's, with the generated file in place of
    ``tests/client/build/schema.d.ts``)."""
    build.mkdir(parents=True, exist_ok=True)
    (build / "openapi.json").write_text(json.dumps(document))
    generated = run(
        BIN / "openapi-typescript", build / "openapi.json", "-o", build / "schema.d.ts"
    )
    assert generated.returncode == 0, generated.stderr + generated.stdout
    (build / "tsconfig.json").write_text(
        json.dumps(
            {
                "extends": str(CLIENT / "tsconfig.json"),
                "compilerOptions": {"paths": {"api-schema": [str(build / "schema")]}},
                "include": [str(CLIENT / "src" / "**" / "*.ts")],
            }
        )
    )
    return build


def compile_consumer(build):
    return run(BIN / "tsc", "--noEmit", "-p", build / "tsconfig.json")


@pytest.fixture(scope="module")
def client_build(served_document, tmp_path_factory):
    return generate(served_document, tmp_path_factory.mktemp("client"))


def test_the_generated_client_types_every_block(client_build):
    types = (client_build / "schema.d.ts").read_text()
    assert 'type: "heading";' in types
    assert 'value: components["schemas"]["HeadingValue"];' in types
    # No block list is a list of unknowns.
    assert 'body: (components["schemas"]["SectionBlock"] |' in types


def test_the_strict_consumer_compiles(client_build):
    compiled = compile_consumer(client_build)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr


def test_the_consumer_writes_no_type_of_its_own():
    for source in (CLIENT / "src").glob("*.ts"):
        text = source.read_text()
        assert "interface " not in text, source
        assert 'from "api-schema"' in text, source
        imports = [line for line in text.splitlines() if line.startswith("import")]
        assert all('from "api-schema"' in line for line in imports), imports


def with_new_block_type(document):
    """``document`` with a ``siren`` block added to every union of blocks, as
    a plugin that adds a block makes it, and no renderer knows it."""
    document = copy.deepcopy(document)
    schemas = document["components"]["schemas"]
    schemas["SirenBlock"] = {
        "type": "object",
        "properties": {
            "type": {"const": "siren", "type": "string"},
            "id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "value": {"type": "string"},
        },
        "required": ["type", "id", "value"],
    }
    added = 0
    for schema in schemas.values():
        for prop in schema.get("properties", {}).values():
            items = prop.get("items", {}) if isinstance(prop, dict) else {}
            if "discriminator" in items:
                items["oneOf"].append({"$ref": "#/components/schemas/SirenBlock"})
                mapping = items["discriminator"]["mapping"]
                mapping["siren"] = "#/components/schemas/SirenBlock"
                added += 1
    assert added, "no discriminated union of blocks in the document"
    return document


def test_a_block_type_the_consumer_does_not_render_fails_the_build(
    served_document, tmp_path
):
    build = generate(with_new_block_type(served_document), tmp_path / "client")
    compiled = compile_consumer(build)
    assert compiled.returncode != 0
    errors = compiled.stdout
    assert "error TS2345" in errors, errors
    assert "not assignable to parameter of type 'never'" in errors, errors
    assert '"siren"' in errors, errors
