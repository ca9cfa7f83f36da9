"""Every response the API gives matches the OpenAPI document it publishes.

Each documented GET operation is exercised on a site with every kind of
content: its lists with each documented filter and every sort key, its details,
a 304 for a repeated request, a 400 and a 404; then each response is checked
against the schema the document declares for its status.
"""

import datetime
import json
from urllib.parse import urlencode

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.utils import timezone
from openapi_spec_validator import validate
from wagtail.models import Locale
from wagtail.test.utils.wagtail_factories import DocumentFactory

from blocks import rendition_widths
from plugins.headless.api import mount
from plugins.headless.preview import make_preview_token
from plugins.plainlanguage.models import GlossaryTerm
from tests import factories
from tests.headless.conftest import (
    agency_home,
    built_once,
    fresh,
    page_maker,
    policy_maker,
    sections_of,
    sections_under,
    translator,
    with_sections,
)
from tests.headless.openapi_contract import (
    ContractError,
    assert_matches_openapi,
    openapi_document,
)

# It searches: its saves update the index (tests/search_updates.py).
pytestmark = pytest.mark.search_updates

API = "/api/v1"


def documented_get_operations():
    """(path template, operation) of each GET the API documents, read at
    collection time so that each one is a test of its own."""
    document = mount().get_openapi_schema(path_prefix="/api/v1")
    return {
        path: operation["get"]
        for path, operation in document["paths"].items()
        if "get" in operation
    }


OPERATIONS = documented_get_operations()
LISTS = sorted(
    path
    for path, operation in OPERATIONS.items()
    if "{" not in path and any(p["name"] == "limit" for p in operation["parameters"])
)
DETAILS = sorted(
    path
    for path in OPERATIONS
    if path.count("{") == 1
    and path.endswith("_id}/")
    and path.rsplit("/", 2)[0] + "/" in LISTS
)


# A site with every kind of content -------------------------------------------------


def image_block(image):
    return {
        "type": "image",
        "value": {"image": image.pk, "alt_text": "", "caption": "", "credit": ""},
    }


def build_content():
    """Every kind of content the API serves, each with every block its type
    has, on the agency's site: the world of this module, built once."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    home_page = agency_home()
    section_indexes = sections_under(home_page)
    make_page = page_maker(home_page, section_indexes)
    translate = translator(locales)
    image = factories.ImageFactory()
    image.get_renditions(*(f"width-{width}" for width in rendition_widths()))
    faq = factories.FAQFactory(question="Who can see the data?", locale=locales["en"])
    technology = factories.TechnologyFactory(
        name="License-plate readers", locale=locales["en"]
    )
    make_policy = policy_maker(section_indexes, image, faq, technology)
    today = timezone.localdate()
    document = DocumentFactory(title="Signed policy")
    technology.sharing = [
        {
            "type": "sharing",
            "value": {
                "agency": "Lake County Sheriff",
                "jurisdiction": "Lake County, CA",
                "direction": "both",
                "since": "2025-01-01",
            },
        }
    ]
    technology.usage_stats = [
        {
            "type": "statistic",
            "value": {
                "label": "Cameras",
                "value": "12.5",
                "unit": "",
                "period": "",
                "as_of": "2026-01-01",
                "source": "Fleet records",
            },
        }
    ]
    technology.audits = [
        {
            "type": "audit",
            "value": {
                "date": "2026-02-01",
                "auditor": "City auditor",
                "summary": "Searches had case numbers.",
                "report": document.pk,
            },
        }
    ]
    technology.collected = [{"type": "item", "value": "Plate numbers"}]
    technology.save_revision().publish()
    GlossaryTerm.objects.create(
        locale=locales["en"], term="ALPR", explanation="A camera that reads plates."
    )
    policy = make_policy(
        title="License-plate readers",
        documents=[
            {
                "type": "document",
                "value": {"document": document.pk, "title": "", "description": ""},
            }
        ],
    )
    draft = make_policy(
        title="Drones",
        status="draft_for_comment",
        comment_opens=today - datetime.timedelta(days=1),
        comment_closes=today + datetime.timedelta(days=30),
    )
    story = make_page(
        "story",
        title="Stolen bikes returned",
        technologies=[technology],
        policies=[policy],
        tags=["bikes"],
        community_partners=[{"type": "partner", "value": "Elm Street Block Club"}],
        images=[image_block(image)],
        media_coverage=[
            {
                "type": "article",
                "value": {
                    "outlet": "Riverside Daily",
                    "title": "Bikes back home",
                    "url": "https://news.example/bikes",
                    "date": "2026-05-02",
                },
            }
        ],
    )
    tip = make_page(
        "tip",
        title="Lock your car",
        resources=[
            {"type": "page", "value": {"page": policy.pk, "label": ""}},
            {
                "type": "link",
                "value": {
                    "title": "Crime map",
                    "url": "https://map.example",
                    "description": "",
                },
            },
        ],
    )
    guide = make_page(
        "guide",
        title="After a burglary",
        contacts=[
            {
                "type": "contact",
                "value": {
                    "label": "Records",
                    "phone": "555-0100",
                    "email": "records@riverside.example",
                    "hours": "",
                    "emergency_note": "In an emergency, call 911.",
                },
            }
        ],
    )
    award = make_page("award", title="Night Out award", photos=[image_block(image)])
    transparency = make_page("transparency", title="How we use technology")
    events = factories.EventIndexPageFactory(parent=home_page)
    event = factories.EventPageFactory(parent=events, title="Coffee with a cop")
    event.save_revision().publish()
    feedback = factories.FeedbackPageFactory(parent=home_page)
    feedback.save_revision().publish()
    report = factories.YouSaidWeDidPageFactory(parent=feedback, title="Spring report")
    report.save_revision().publish()
    policy_es = translate(policy, "es", title="Lectores de matriculas")
    for page in (home_page, section_indexes["policies"], section_indexes["stories"]):
        page.show_in_menus = True
        page.save()
    return {
        "policy": policy,
        "policy_es": policy_es,
        "draft_policy": draft,
        "story": story,
        "tip": tip,
        "guide": guide,
        "award": award,
        "transparency": transparency,
        "event": event,
        "report": report,
        "feedback": feedback,
        "faq": faq,
        "technology": technology,
        "home": home_page,
        **with_sections(section_indexes),
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=media):
        yield from built_once(django_db_blocker, build_content)


@pytest.fixture
def content(db, world):
    """The world's objects, read afresh, with ``sections`` by name."""
    objects = fresh(world)
    objects["sections"] = {
        name: objects.pop(f"section:{name}") for name in sections_of(objects)
    }
    return objects


# Checks -------------------------------------------------------------------------


class Checks:
    """Collects contract failures, so that one test reports all of an
    operation's mismatches at once."""

    def __init__(self, client):
        self.client = client
        self.failures = []

    def get(self, template, url, expect=None, **headers):
        response = self.client.get(url, **headers)
        if expect is not None and response.status_code != expect:
            self.failures.append(
                f"GET {url}: expected {expect}, got {response.status_code} "
                f"{response.content[:300]!r}"
            )
        try:
            assert_matches_openapi(response, template)
        except ContractError as error:
            self.failures.append(f"GET {url}: {error}")
        return response

    def conditional(self, template, url):
        """A repeated request carrying the ETag is a 304, as documented."""
        first = self.client.get(url)
        if first.status_code == 200 and first.get("ETag"):
            self.get(template, url, expect=304, HTTP_IF_NONE_MATCH=first["ETag"])

    def assert_clean(self):
        assert not self.failures, "\n\n".join(self.failures)


def resolve(document, schema):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = document["components"]["schemas"][name]
    options = [s for s in schema.get("anyOf", []) if s.get("type") != "null"]
    if options:
        return resolve(document, options[0])
    return schema


def parameter_values(document, parameter, content):
    """Valid values for a documented query parameter, as a client sends them."""
    name = parameter["name"]
    schema = resolve(document, parameter["schema"])
    if schema.get("type") == "null":
        return []  # documented, but accepted only when absent
    if "enum" in schema:
        return [str(value) for value in schema["enum"]]
    if schema.get("type") == "integer" and "maximum" in schema:
        return [str(schema.get("minimum", 0)), str(schema["maximum"])]
    values = {
        "q": ["plate readers"],
        "type": ["policy", "policy,story"],
        "locale": ["es", "vi", "en"],
        "tag": ["alpr"],
        "technology": [str(content["technology"].pk)],
        "policy": [str(content["policy"].pk)],
    }
    if name in values:
        return values[name]
    if schema.get("type") == "boolean":
        return ["false", "true"]
    if schema.get("format") == "date":
        return ["2026-01-01"]
    if schema.get("format") == "date-time":
        return ["2026-01-01T00:00:00Z"]
    if schema.get("type") == "integer":
        return ["1"]
    return ["x"]


def query(**params):
    return "?" + urlencode(params) if params else ""


def fake_response(client, status, body, content_type="application/json"):
    response = HttpResponse(b"" if body is None else json.dumps(body), status=status)
    response["Content-Type"] = content_type
    response.client = client
    return response


def test_contract_check_refuses_what_the_document_does_not_promise(client, db):
    template = f"{API}/locales/"
    english = {"code": "en", "name": "English", "direction": "ltr", "is_default": True}
    assert assert_matches_openapi(fake_response(client, 200, [english]), template)
    problem = {"type": "about:blank", "title": "Not Found", "status": 404}
    response = fake_response(client, 404, problem, "application/problem+json")
    assert assert_matches_openapi(response, template)

    incomplete = {key: value for key, value in english.items() if key != "code"}
    with pytest.raises(ContractError, match="'code' is a required property"):
        assert_matches_openapi(fake_response(client, 200, [incomplete]), template)
    with pytest.raises(ContractError, match="flag"):
        undocumented = {**english, "flag": "us"}
        assert_matches_openapi(fake_response(client, 200, [undocumented]), template)
    with pytest.raises(ContractError, match="does not declare"):
        assert_matches_openapi(fake_response(client, 418, problem), template)
    with pytest.raises(ContractError, match="text/html"):
        html = fake_response(client, 200, [english], "text/html")
        assert_matches_openapi(html, template)
    with pytest.raises(ContractError, match="not in the OpenAPI document"):
        assert_matches_openapi(fake_response(client, 200, []), f"{API}/nope/")


def test_document_is_valid_openapi(client, db):
    document = openapi_document(client)
    validate(document)
    assert document["openapi"].startswith("3.1")


def test_every_typed_endpoint_is_documented():
    for endpoint in (
        "policies",
        "stories",
        "tips",
        "guides",
        "awards",
        "faqs",
        "technologies",
    ):
        assert f"{API}/{endpoint}/" in LISTS
        assert any(path.startswith(f"{API}/{endpoint}/{{") for path in DETAILS)


@pytest.mark.parametrize("template", LISTS)
def test_list_matches_contract(client, content, template):
    document = openapi_document(client)
    parameters = [p for p in OPERATIONS[template]["parameters"] if p["in"] == "query"]
    required = {
        p["name"]: parameter_values(document, p, content)[0]
        for p in parameters
        if p.get("required")
    }
    names = {p["name"] for p in parameters}
    checks = Checks(client)
    checks.get(template, template + query(**required), expect=200)
    for parameter in parameters:
        for value in parameter_values(document, parameter, content):
            params = {**required, parameter["name"]: value}
            checks.get(template, template + query(**params), expect=200)
    if {"locale", "fallback"} <= names:
        params = {**required, "locale": "es", "fallback": "false"}
        checks.get(template, template + query(**params), expect=200)
    checks.get(template, template + query(**required, limit=0), expect=400)
    checks.get(template, template + query(**required, no_such=1), expect=400)
    checks.conditional(template, template + query(**required))
    checks.assert_clean()


@pytest.mark.parametrize("template", [f"{API}/search/", f"{API}/search/suggest/"])
def test_cached_304_is_documented(client, content, template):
    checks = Checks(client)
    checks.conditional(template, f"{template}?q=plate")
    checks.assert_clean()


def items_of(client, list_template):
    response = client.get(f"{list_template}?limit=100")
    assert response.status_code == 200, response.content[:500]
    return response.json()["items"]


@pytest.mark.parametrize("template", DETAILS)
def test_detail_matches_contract(client, content, template):
    list_template = template.rsplit("/", 2)[0] + "/"
    items = items_of(client, list_template)
    checks = Checks(client)
    assert items, f"no content to exercise {template}"
    prefix = template.split("{")[0]
    accepts_locale = any(
        p["name"] == "locale" for p in OPERATIONS[template]["parameters"]
    )
    for item in items:
        url = f"{prefix}{item['id']}/"
        checks.get(template, url, expect=200)
        if accepts_locale:
            checks.get(template, f"{url}?locale=es", expect=200)
            checks.get(template, f"{url}?locale=vi&fallback=false")
    first = f"{prefix}{items[0]['id']}/"
    checks.get(template, f"{prefix}999999/", expect=404)
    checks.get(template, f"{first}?no_such_parameter=1", expect=400)
    checks.conditional(template, first)
    checks.assert_clean()


def page_ids(content):
    pages = [value for value in content.values() if hasattr(value, "url_path")]
    pages += list(content["sections"].values())
    return [page.pk for page in pages]


def test_pages_detail_matches_contract(client, content):
    template = f"{API}/pages/{{page_id}}/"
    checks = Checks(client)
    for page_id in page_ids(content):
        checks.get(template, f"{API}/pages/{page_id}/", expect=200)
    policy = content["policy"].pk
    checks.get(template, f"{API}/pages/{policy}/?locale=es", expect=200)
    checks.get(template, f"{API}/pages/{policy}/?locale=vi", expect=200)
    checks.get(template, f"{API}/pages/{policy}/?locale=vi&fallback=false", expect=404)
    checks.get(template, f"{API}/pages/999999/", expect=404)
    checks.get(template, f"{API}/pages/{policy}/?locale=xx", expect=400)
    checks.conditional(template, f"{API}/pages/{policy}/")
    checks.assert_clean()


def test_find_matches_contract(client, content):
    template = f"{API}/pages/find/"
    checks = Checks(client)
    for page_id in page_ids(content):
        path = client.get(f"{API}/pages/{page_id}/").json()["path"]
        checks.get(template, f"{template}?path={path}", expect=200)
    checks.get(template, f"{template}?path=/en/no-such-page/", expect=404)
    checks.get(template, f"{template}?path=no-slash", expect=400)
    checks.get(template, template, expect=400)
    checks.conditional(template, f"{template}?path=/en/policies/")
    checks.assert_clean()


def test_locales_and_navigation_match_contract(client, content):
    checks = Checks(client)
    locales = f"{API}/locales/"
    checks.get(locales, locales, expect=200)
    checks.get(locales, f"{locales}?x=1", expect=400)
    checks.conditional(locales, locales)
    navigation = f"{API}/navigation/"
    for url in (navigation, f"{navigation}?locale=en", f"{navigation}?locale=es"):
        checks.get(navigation, url, expect=200)
    checks.get(navigation, f"{navigation}?locale=vi", expect=404)
    checks.get(navigation, f"{navigation}?locale=xx", expect=400)
    checks.conditional(navigation, navigation)
    checks.assert_clean()


def test_preview_matches_contract(client, content):
    template = f"{API}/preview/"
    policy = content["policy"]
    policy.title = "A draft title"
    policy.change_note = "Draft."
    policy.save_revision()
    token = make_preview_token(policy)
    checks = Checks(client)
    checks.get(template, f"{template}?token={token}&id={policy.pk}", expect=200)
    checks.get(template, f"{template}?token={token}", expect=200)
    other = make_preview_token(content["story"])
    checks.get(template, f"{template}?token={other}&id={policy.pk}", expect=403)
    checks.get(template, f"{template}?token={token[:-4]}abcd", expect=403)
    checks.get(template, template, expect=400)
    checks.get(template, f"{template}?token={token}&id=abc", expect=400)
    checks.assert_clean()


def test_preview_body_is_documented_as_a_page_detail(client, db):
    document = openapi_document(client)

    def schema_of(template):
        declared = document["paths"][template]["get"]["responses"]["200"]
        return declared["content"]["application/json"]["schema"]

    assert schema_of(f"{API}/preview/") == schema_of(f"{API}/pages/{{page_id}}/")


def test_policy_versions_match_contract(client, content):
    policy = content["policy"]
    versions = f"{API}/policies/{{page_id}}/versions/"
    version = f"{API}/policies/{{page_id}}/versions/{{label}}/"
    checks = Checks(client)
    response = checks.get(versions, f"{API}/policies/{policy.pk}/versions/", 200)
    for item in response.json()["items"]:
        url = f"{API}/policies/{policy.pk}/versions/{item['label']}/"
        checks.get(version, url, expect=200)
    checks.get(versions, f"{API}/policies/999999/versions/", expect=404)
    checks.get(version, f"{API}/policies/{policy.pk}/versions/99.9/", expect=404)
    checks.assert_clean()


def test_policy_versions_304_is_documented(client, content):
    checks = Checks(client)
    template = f"{API}/policies/{{page_id}}/versions/"
    checks.conditional(template, f"{API}/policies/{content['policy'].pk}/versions/")
    checks.assert_clean()


def test_technologies_csv_matches_contract(client, content):
    checks = Checks(client)
    template = f"{API}/technologies/export.csv"
    checks.get(template, template, expect=200)
    checks.assert_clean()


def test_problem_media_type_is_documented(client, content):
    document = openapi_document(client)
    response = client.get(f"{API}/policies/999999/")
    declared = document["paths"][f"{API}/policies/{{page_id}}/"]["get"]["responses"]
    assert response["Content-Type"] in declared["404"]["content"]


def test_every_documented_get_operation_is_exercised():
    exercised = {
        *LISTS,
        *DETAILS,
        f"{API}/pages/{{page_id}}/",
        f"{API}/pages/find/",
        f"{API}/locales/",
        f"{API}/navigation/",
        f"{API}/preview/",
        f"{API}/policies/{{page_id}}/versions/",
        f"{API}/policies/{{page_id}}/versions/{{label}}/",
        f"{API}/technologies/export.csv",
    }
    assert set(OPERATIONS) <= exercised, sorted(set(OPERATIONS) - exercised)
