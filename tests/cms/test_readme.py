"""The README's tables stay true: every environment variable the code reads and
every Makefile command is listed, and nothing listed is gone.

Variables are found by running the settings module with a recording environment
in each configuration that reads a different set (production, Redis,
Elasticsearch, each machine translator), plus the commands' own reads, so a
variable read under a computed name is found too.
"""

import os
import re
import runpy
import secrets
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from cms.environment import MACHINE_TRANSLATORS

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
NAME = re.compile(r"`([A-Z][A-Z0-9_]+)`")
# A read outside the settings module: os.environ.get("X") / os.environ["X"].
LITERAL_READ = re.compile(r"environ(?:\.get\(|\[)\s*\"([A-Z][A-Z0-9_]+)\"")
# Set by the process that runs Django, not read as configuration.
NOT_CONFIGURATION = {"DJANGO_SETTINGS_MODULE"}


def table_rows(heading):
    """The first cells of the Markdown table under ``## heading``."""
    section = README.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [
        line.split("|")[1]
        for line in section.splitlines()
        if line.startswith("|") and not set(line) <= set("|-: ")
    ][1:]


def listed_variables():
    return {
        name
        for cell in table_rows("Environment variables")
        for name in NAME.findall(cell)
    }


class RecordingEnviron(dict):
    """The process environment, noting every name the settings ask for."""

    def __init__(self, values, reads):
        super().__init__(values)
        self.reads = reads

    def get(self, key, default=None):
        self.reads.add(key)
        return super().get(key, default)

    def __getitem__(self, key):
        self.reads.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self.reads.add(key)
        return super().__contains__(key)


def configurations():
    """Environments that between them take every branch of the settings."""
    production = {"DJANGO_DEBUG": "false", "SECRET_KEY": secrets.token_urlsafe(50)}
    yield {}
    yield {**production, "REDIS_URL": "redis://127.0.0.1:6379/0"}
    yield {"ELASTICSEARCH_URL": "http://127.0.0.1:9200", "ELASTICSEARCH_USERNAME": "u"}
    yield {"ELASTICSEARCH_URL": "http://127.0.0.1:9200", "ELASTICSEARCH_API_KEY": "k"}
    for name, backend in MACHINE_TRANSLATORS.items():
        required = dict.fromkeys(backend.get("required", {}).values(), "x")
        yield {"CMS_MACHINE_TRANSLATOR": name, **required}


def variables_read_by_settings(monkeypatch):
    reads = set()
    real = dict(os.environ)
    for overrides in configurations():
        environ = RecordingEnviron({**real, **overrides}, reads)
        monkeypatch.setattr(os, "environ", environ)
        try:
            runpy.run_path(str(ROOT / "cms" / "settings.py"))
        except ImproperlyConfigured as error:
            # An optional package missing here; its variables were read.
            if "package" not in str(error):
                raise
    monkeypatch.undo()
    return reads


def variables_read_elsewhere():
    return {
        name
        for folder in ("cms", "plugins", "blocks")
        for path in (ROOT / folder).rglob("*.py")
        if path.name != "settings.py"
        for name in LITERAL_READ.findall(path.read_text())
    }


@pytest.fixture(scope="module")
def variables_read():
    monkeypatch = pytest.MonkeyPatch()
    read = variables_read_by_settings(monkeypatch) | variables_read_elsewhere()
    return read - NOT_CONFIGURATION


def test_every_variable_the_code_reads_is_in_the_readme(variables_read):
    assert sorted(variables_read - listed_variables()) == []


def test_every_variable_in_the_readme_is_read(variables_read):
    assert sorted(listed_variables() - variables_read) == []


def test_the_recording_finds_a_variable_read_under_a_computed_name(variables_read):
    # DEEPL_API_KEY is read through MACHINE_TRANSLATORS, never as a literal.
    assert "DEEPL_API_KEY" in variables_read
    assert "DEEPL_API_KEY" not in variables_read_elsewhere()


def makefile_targets():
    makefile = (ROOT / "Makefile").read_text()
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE).group(1).split()
    defined = set(re.findall(r"^([a-z][a-z-]*):", makefile, re.MULTILINE))
    assert set(phony) == defined, "every command target is .PHONY, and only those"
    return set(phony)


def test_every_make_command_is_in_the_readme():
    listed = {
        match
        for cell in table_rows("Commands")
        for match in re.findall(r"`make ([a-z-]+)`", cell)
    }
    assert sorted(makefile_targets() ^ listed) == []
