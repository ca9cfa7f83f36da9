"""Content-Security-Policy and Permissions-Policy on the site, the admin and the
API docs; the docs' assets come from this server."""

from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.contrib.staticfiles import finders

from cms.roles import EDITORS, ensure_editors_group
from tests import factories


def directives(response):
    """The response's Content-Security-Policy as {directive: [sources]}."""
    policy = response["Content-Security-Policy"]
    return {
        name: sources for name, *sources in (part.split() for part in policy.split(";"))
    }


def permissions(response):
    return dict(
        part.strip().split("=", 1) for part in response["Permissions-Policy"].split(",")
    )


class AssetReferences(HTMLParser):
    """Every URL a page makes the browser load: scripts, styles, icons, images."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in {"script", "img", "iframe"} and attributes.get("src"):
            self.urls.append(attributes["src"])
        if tag == "link" and attributes.get("href"):
            self.urls.append(attributes["href"])


def asset_urls(response):
    parser = AssetReferences()
    parser.feed(response.content.decode())
    return parser.urls


@pytest.fixture
def editor(db):
    ensure_editors_group()
    editor = User.objects.create_user("dana", "dana@example.org", "x" * 12)
    editor.groups.add(Group.objects.get(name=EDITORS))
    return editor


@pytest.fixture
def policy(section_indexes):
    return factories.PolicyPageFactory(parent=section_indexes["policies"])


STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}


def assert_strict(response):
    policy = directives(response)
    assert {name: policy.get(name) for name in STRICT} == STRICT
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def assert_features_off(response):
    features = permissions(response)
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"


def test_a_public_page_runs_only_this_servers_scripts(client, policy):
    response = client.get(policy.url)

    assert response.status_code == 200
    assert_strict(response)
    assert_features_off(response)


def test_the_api_docs_run_only_this_servers_scripts(client, db):
    response = client.get("/api/v1/docs")

    assert response.status_code == 200
    assert_strict(response)
    assert_features_off(response)


def test_the_api_docs_load_every_asset_from_this_server(client, db):
    response = client.get("/api/v1/docs")

    urls = asset_urls(response)
    assert any(url.endswith("swagger-ui-bundle.js") for url in urls)
    assert [url for url in urls if not url.startswith(settings.STATIC_URL)] == []
    # Each is one of this server's static files, which collectstatic gathers.
    missing = [
        url for url in urls if not finders.find(url.removeprefix(settings.STATIC_URL))
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("path", "signed_in"), [("/admin/login/", False), ("/admin/", True)]
)
def test_the_admin_also_allows_its_inline_scripts_and_nothing_else(
    client, editor, path, signed_in
):
    if signed_in:
        client.force_login(editor)
    response = client.get(path)

    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert {name: policy.get(name) for name in STRICT if name != "script-src"} == {
        name: sources for name, sources in STRICT.items() if name != "script-src"
    }
    assert_features_off(response)


@pytest.mark.parametrize(
    "path", ["/api/v1/docs", "/en/", "/feeds/en/policy-changes.atom", "/api/v1/"]
)
def test_only_admin_paths_get_the_admins_addition(client, section_indexes, path):
    response = client.get(path)

    assert "'unsafe-inline'" not in directives(response)["script-src"]
