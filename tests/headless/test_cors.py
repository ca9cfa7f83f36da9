"""CORS: the agency's front end (CMS_SITE_URL) and the origins in
CMS_CORS_ORIGINS may read the API and post feedback from a browser; nothing
else is opened, for no one else.

Real preflight OPTIONS requests and real GET and POST requests carrying an
Origin, through Django's test client; one cross-origin fetch in Chromium
against a live server."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from plugins.community.models import FeedbackSubmission

FRONT_END = "https://www.riversidepd.example"
PARTNER = "https://partner.example"
STRANGER = "https://evil.example"
FEEDBACK = {"topic": "compliment", "message": "Thank you for the safety fair."}


@pytest.fixture(autouse=True)
def origins(settings):
    settings.CMS_SITE_URL = f"{FRONT_END}/"
    settings.CORS_ALLOWED_ORIGINS = [FRONT_END, PARTNER]


def preflight(client, path, origin, method="GET", headers="content-type"):
    return client.options(
        path,
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD=method,
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS=headers,
    )


def allowed_methods(response):
    return {
        method.strip() for method in response["Access-Control-Allow-Methods"].split(",")
    }


def test_the_settings_read_the_front_end_and_the_extra_origins(monkeypatch):
    """The origins as the settings module builds them from the environment:
    CMS_SITE_URL reduced to its origin, then CMS_CORS_ORIGINS."""
    import importlib

    import cms.settings

    monkeypatch.setenv("CMS_SITE_URL", "https://www.riversidepd.example/news/")
    monkeypatch.setenv(
        "CMS_CORS_ORIGINS", " https://partner.example/, http://localhost:4321"
    )
    try:
        built = importlib.reload(cms.settings)
        assert built.CORS_ALLOWED_ORIGINS == [
            "https://www.riversidepd.example",
            "https://partner.example",
            "http://localhost:4321",
        ]
        assert built.CORS_URLS_REGEX == r"^/api/v1/"
    finally:
        monkeypatch.undo()
        importlib.reload(cms.settings)


@pytest.mark.parametrize("origin", [FRONT_END, PARTNER])
def test_a_preflight_from_an_allowed_origin_is_answered(client, db, origin):
    response = preflight(client, "/api/v1/policies/", origin)

    assert response.status_code in {200, 204}
    assert response["Access-Control-Allow-Origin"] == origin
    assert allowed_methods(response) == {"GET", "HEAD", "OPTIONS", "POST"}
    assert "content-type" in response["Access-Control-Allow-Headers"]
    assert "if-none-match" in response["Access-Control-Allow-Headers"]
    assert int(response["Access-Control-Max-Age"]) > 0
    assert "Access-Control-Allow-Credentials" not in response


def test_a_get_from_the_front_end_may_read_the_response_and_its_validators(client, db):
    response = client.get("/api/v1/locales/", HTTP_ORIGIN=FRONT_END)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONT_END
    exposed = {h.strip() for h in response["Access-Control-Expose-Headers"].split(",")}
    assert {"ETag", "Last-Modified"} <= exposed
    assert response["ETag"]
    assert "origin" in response["Vary"].lower()
    # The 304 a conditional request gets carries the same permission.
    again = client.get(
        "/api/v1/locales/", HTTP_ORIGIN=FRONT_END, HTTP_IF_NONE_MATCH=response["ETag"]
    )
    assert again.status_code == 304
    assert again["Access-Control-Allow-Origin"] == FRONT_END


def test_an_error_is_readable_too(client, db):
    response = client.get("/api/v1/policies/?limit=0", HTTP_ORIGIN=PARTNER)

    assert response.status_code == 400
    assert response["Access-Control-Allow-Origin"] == PARTNER


def test_another_origin_gets_no_permission(client, db):
    answered = preflight(client, "/api/v1/feedback/", STRANGER, method="POST")
    read = client.get("/api/v1/locales/", HTTP_ORIGIN=STRANGER)

    for response in (answered, read):
        assert "Access-Control-Allow-Origin" not in response
        assert "Access-Control-Allow-Methods" not in response
    # Same scheme and host, other port: another origin.
    other_port = client.get("/api/v1/locales/", HTTP_ORIGIN=f"{FRONT_END}:8443")
    assert "Access-Control-Allow-Origin" not in other_port


@pytest.mark.parametrize(
    "path", ["/admin/login/", "/django-admin/login/", "/en/", "/documents/1/x.pdf"]
)
def test_nothing_outside_the_api_is_opened(client, db, path):
    answered = preflight(client, path, FRONT_END)
    read = client.get(path, HTTP_ORIGIN=FRONT_END)

    for response in (answered, read):
        assert "Access-Control-Allow-Origin" not in response
    # Not answered as a preflight either: whatever the path answers to OPTIONS.
    assert "Access-Control-Allow-Methods" not in answered


def test_the_front_end_posts_feedback_end_to_end(client, db):
    asked = preflight(client, "/api/v1/feedback/", FRONT_END, method="POST")
    assert asked.status_code in {200, 204}
    assert "POST" in allowed_methods(asked)
    assert asked["Access-Control-Allow-Origin"] == FRONT_END

    sent = client.post(
        "/api/v1/feedback/",
        json.dumps(FEEDBACK),
        content_type="application/json",
        HTTP_ORIGIN=FRONT_END,
    )

    assert sent.status_code == 201, sent.content
    assert sent["Access-Control-Allow-Origin"] == FRONT_END
    reference = sent.json()["reference"]
    assert (
        FeedbackSubmission.objects.get(reference=reference).message
        == (FEEDBACK["message"])
    )


def test_a_post_anywhere_else_in_the_api_is_refused(client, db):
    response = client.post(
        "/api/v1/policies/",
        "{}",
        content_type="application/json",
        HTTP_ORIGIN=FRONT_END,
    )

    assert response.status_code == 405
    assert not FeedbackSubmission.objects.exists()


# A real browser --------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGUMENTS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The script a front-end page runs: read a list, then post feedback.
FRONT_END_SCRIPT = """
async (api) => {
  const result = {};
  try {
    const listed = await fetch(`${api}/api/v1/locales/`);
    result.etag = listed.headers.get("ETag");
    result.locales = (await listed.json()).length;
    const sent = await fetch(`${api}/api/v1/feedback/`, {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({topic: "general", message: "Sent from the front end."}),
    });
    result.status = sent.status;
    result.reference = (await sent.json()).reference;
  } catch (error) {
    result.error = String(error);
  }
  return result;
}
"""


class FrontEndPage(BaseHTTPRequestHandler):
    """The front end's page: blank, served from loopback as a real front end
    in development is (a page the browser did not load from the network
    would need its permission to call a loopback address)."""

    def do_GET(self):
        body = b"<!doctype html><title>Front end</title><p>Front end</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def front_end_server():
    server = HTTPServer(("127.0.0.1", 0), FrontEndPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_port
    server.shutdown()
    server.server_close()


def run_in_browser(live_server, origin):
    """Open the front end's page on ``origin`` and run its script there
    against the live API."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=LAUNCH_ARGUMENTS
        )
        try:
            page = browser.new_page()
            page.goto(f"{origin}/")
            return page.evaluate(FRONT_END_SCRIPT, live_server.url)
        finally:
            browser.close()


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium")
def test_a_browser_on_the_front_end_reads_and_posts_and_a_stranger_cannot(
    live_server, transactional_db, settings, front_end_server
):
    # Plain-HTTP loopback origins, as the live API is: an HTTPS page may not
    # call an HTTP API at all (mixed content), whatever CORS says. Chromium
    # resolves any *.localhost name to loopback: another origin, same server.
    front_end = f"http://127.0.0.1:{front_end_server}"
    settings.CORS_ALLOWED_ORIGINS = [front_end]
    allowed = run_in_browser(live_server, front_end)
    refused = run_in_browser(
        live_server, f"http://stranger.localhost:{front_end_server}"
    )

    assert "error" not in allowed, allowed
    assert allowed["locales"] >= 1
    assert allowed["etag"]  # exposed to the script
    assert allowed["status"] == 201
    assert FeedbackSubmission.objects.filter(reference=allowed["reference"]).exists()
    # The stranger's read fails in the browser; its post is never sent.
    assert "Failed to fetch" in refused["error"]
    assert FeedbackSubmission.objects.count() == 1
