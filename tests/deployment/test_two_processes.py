"""Two app processes behind one database and one Redis, plus the task worker,
behave as one site: what an editor does through one process is what residents
get from the other, on the next request.

One test, in steps: each deployment costs two gunicorn starts, and pytest-xdist
would give separate tests separate deployments.
"""

import json
import time

import pytest
import requests
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms.roles import ensure_editors_group
from plugins.headless.models import WebhookDelivery
from tests import factories
from tests.deployment.conftest import database_copy
from tests.deployment.processes import Deployment, free_port, production_environment
from tests.headless.receiver import Receiver

pytestmark = pytest.mark.deployment

PASSWORD = "correct-horse-battery-staple"
RATE = 4


def build_world(django_user_model):
    """A home page, two published stories (one with a saved draft) and an
    editor in the Editors group (not a superuser)."""
    from wagtail.models import Site

    from tests.helpers import restore_migration_rows

    # A transactional test elsewhere may have flushed what migrations made.
    root = restore_migration_rows()
    home = factories.HomePageFactory(parent=root)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    stories = factories.StoryIndexPageFactory(parent=home)
    published = []
    for title in ("Bike thefts down", "Youth league season"):
        story = factories.StoryPageFactory(parent=stories, title=title)
        story.save_revision().publish()
        published.append(story)
    draft = published[0].get_latest_revision_as_object()
    draft.title = "Bike thefts down by half"
    draft.save_revision()
    # Hashed as production checks it (the test settings hash with MD5); few
    # iterations, which the app raises on sign-in.
    editor = django_user_model.objects.create(
        username="editor",
        password=PBKDF2PasswordHasher().encode(PASSWORD, "deployment", 1000),
    )
    editor.groups.add(ensure_editors_group())
    return {"changed": published[0], "made_private": published[1]}


class AdminSession:
    """An editor's browser on one app process, behind a TLS proxy (the
    process sees X-Forwarded-Proto: https, so its cookies are Secure)."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.origin = base_url.replace("http://", "https://")
        self.cookies = {}

    def request(self, method, path, **kwargs):
        response = requests.request(
            method,
            self.base_url + path,
            cookies=self.cookies,
            headers={"X-Forwarded-Proto": "https", "Referer": self.origin + path},
            allow_redirects=False,
            timeout=30,
            **kwargs,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def post_form(self, path, data):
        """GET the form, as the browser shows it first, then POST it."""
        page = self.request("GET", path)
        assert page.status_code == 200, (path, page.status_code)
        token = self.cookies["csrftoken"]
        return self.request("POST", path, data={"csrfmiddlewaretoken": token, **data})

    def sign_in(self, username, password):
        response = self.post_form(
            "/admin/login/", {"username": username, "password": password}
        )
        assert response.status_code == 302, response.text[:500]


@pytest.fixture
def deployment(django_db_setup, django_db_blocker, django_user_model, tmp_path):
    hook_port = free_port()
    with django_db_blocker.unblock(), database_copy(tmp_path) as database_url:
        world = build_world(django_user_model)
        environment = production_environment(
            tmp_path,
            database_url,
            CMS_WEBHOOK_URLS=f"http://127.0.0.1:{hook_port}/hook",
            CMS_WEBHOOK_SECRET="deployment-test",
            CMS_FEEDBACK_RATE_LIMIT=f"{RATE}/h",
        )
        running = Deployment(tmp_path, environment)
        try:
            running.start()
            yield running, world, hook_port
        finally:
            running.stop()


def wait_for(condition, timeout=30, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_two_app_processes_and_a_worker_serve_as_one_site(deployment):
    running, world, hook_port = deployment
    a, b = (running.url(name) for name in ("A", "B"))
    editor = AdminSession(a)
    editor.sign_in("editor", PASSWORD)

    # 1. A publish through A is what B serves next: new body, new ETag.
    changed = f"/api/v1/stories/{world['changed'].pk}/"
    before = requests.get(b + changed, timeout=30)
    assert before.status_code == 200, before.text[:500]
    assert before.json()["title"] == "Bike thefts down"
    assert (
        requests.get(b + changed, timeout=30).headers["ETag"]
        == (before.headers["ETag"])
    )  # cached in Redis
    published = editor.post_form(
        f"/admin/bulk/wagtailcore/page/publish/?id={world['changed'].pk}", {}
    )
    assert published.status_code == 302, published.text[:500]
    after = requests.get(b + changed, timeout=30)
    assert after.json()["title"] == "Bike thefts down by half"
    assert after.headers["ETag"] != before.headers["ETag"]

    # 2. A privacy change through A hides the page on B.
    private = f"/api/v1/stories/{world['made_private'].pk}/"
    assert requests.get(b + private, timeout=30).status_code == 200  # cached
    restricted = editor.post_form(
        f"/admin/pages/{world['made_private'].pk}/privacy/",
        {"restriction_type": "login"},
    )
    assert restricted.status_code == 200, restricted.text[:500]
    assert requests.get(b + private, timeout=30).status_code == 404

    # 3. The publish's webhook, queued by A: the worker tries, the receiver is
    # down, it is kept for a retry; once the receiver is up, the retry lands.
    delivery = wait_for(
        lambda: WebhookDelivery.objects.filter(
            event="published", payload__id=world["changed"].pk, attempts__gte=1
        ).first(),
        what="the worker's first delivery attempt",
    )
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert delivery.last_error
    with Receiver(port=hook_port) as receiver:
        # The backoff's time has come (30 s, not waited for here) for the
        # retry queued with it.
        queued_retry = DBTaskResult.objects.filter(
            status="READY", task_path__endswith="deliver_webhook"
        )
        assert queued_retry.exists()
        queued_retry.update(run_after=timezone.now())
        wait_for(
            lambda: (
                WebhookDelivery.objects.get(pk=delivery.pk).status
                == WebhookDelivery.Status.DELIVERED
            ),
            what="the retried delivery",
        )
    body = json.loads(receiver.requests[-1]["body"])
    assert (body["event"], body["id"]) == ("published", world["changed"].pk)

    # 4. The feedback rate limit counts posts to both processes together.
    statuses = [
        requests.post(
            (a, b)[number % 2] + "/api/v1/feedback/",
            json={"topic": "general", "message": f"Message {number}."},
            timeout=30,
        ).status_code
        for number in range(RATE + 2)
    ]
    assert statuses == [201] * RATE + [429, 429]
