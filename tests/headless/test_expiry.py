"""When a page's ``expire_at`` passes, the scheduled ``publish_scheduled`` job
unpublishes it: its ``unpublished`` webhook reaches the receivers and the
cached API responses drop it on the next request.

The whole path as production runs it: the scheduler's tick hands the job to
the worker (``make schedule``), the worker runs it (``make worker``), the
webhook worker posts to a real HTTP receiver on loopback, and responses are
cached in a real Redis. Time is moved on by setting ``expire_at`` in the past
without a save, as the clock would: no signal fires when it passes.
"""

import datetime
import hashlib
import hmac
import json

import pytest
from django.core.management import call_command
from django.utils import timezone

from cms import schedule
from plugins.headless.models import WebhookDelivery
from tests import factories
from tests.headless.receiver import Receiver, closed_port_url

SECRET = "expiry-webhook-secret"


def run_worker(queues):
    # Options as strings: db_worker type-checks its --backend default otherwise.
    call_command(
        "db_worker",
        "--backend=background",
        f"--queue-name={queues}",
        "--batch",
        "--interval=0",
        verbosity=0,
    )


def mentions(response, page):
    """Whether an API response shows ``page`` (by id and path)."""
    body = response.json()
    items = body.get("items", [body])
    return any(item.get("id") == page.pk and item["path"] == page.url for item in items)


def run_the_schedule():
    """One scheduler tick that finds ``publish_scheduled`` due, and the
    worker's run of it."""
    assert schedule.tick(timezone.now() - datetime.timedelta(minutes=5)) == []
    assert schedule.tick() == ["publish_scheduled"]
    run_worker("schedule")


@pytest.fixture
def expiring(section_indexes, settings, redis_cache, client):
    """A policy due to expire in an hour, its detail, the list and its path
    cached; then the hour passes."""
    settings.CMS_WEBHOOK_SECRET = SECRET
    # The production entry of the job, alone: the other jobs are tested with
    # the scheduler (tests/cms/test_schedule.py).
    settings.CMS_SCHEDULE = {
        "publish_scheduled": settings.CMS_SCHEDULE["publish_scheduled"]
    }
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        title="Temporary checkpoints",
        slug="checkpoints",
        expire_at=timezone.now() + datetime.timedelta(hours=1),
    )
    policy.save_revision().publish()
    policy.refresh_from_db()
    urls = {
        "detail": f"/api/v1/policies/{policy.pk}/",
        "list": "/api/v1/policies/",
        "find": f"/api/v1/pages/find/?path={policy.url}",
        "paths": "/api/v1/paths/",
    }
    for name, url in urls.items():
        assert mentions(client.get(url), policy), name
    assert any(key.startswith("cms-api:response:") for key in redis_cache.own_keys())
    type(policy).objects.filter(pk=policy.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )
    return policy, urls


@pytest.mark.django_db(transaction=True)
def test_the_job_unpublishes_signals_receivers_and_drops_cached_responses(
    expiring, client, settings
):
    policy, urls = expiring
    with Receiver() as receiver:
        settings.CMS_WEBHOOK_URLS = [receiver.url]
        run_the_schedule()
        policy.refresh_from_db()
        assert (policy.live, policy.expired) == (False, True)
        assert receiver.requests == []  # queued for the webhook worker
        run_worker("webhooks")

    [request] = receiver.requests
    body = json.loads(request["body"])
    assert (body["event"], body["type"], body["id"]) == (
        "unpublished",
        "policy",
        policy.pk,
    )
    assert body["locale"] == "en"
    signature = hmac.new(SECRET.encode(), request["body"], hashlib.sha256)
    assert request["headers"]["x-cms-signature"] == f"sha256={signature.hexdigest()}"
    assert WebhookDelivery.objects.get().status == WebhookDelivery.Status.DELIVERED

    assert client.get(urls["detail"]).status_code == 404
    assert client.get(urls["find"]).status_code == 404
    for name in ("list", "paths"):
        response = client.get(urls[name])
        assert response.status_code == 200
        assert not mentions(response, policy), name


@pytest.mark.django_db(transaction=True)
def test_a_receiver_down_delays_only_the_webhook(expiring, client, settings):
    policy, urls = expiring
    settings.CMS_WEBHOOK_URLS = [closed_port_url()]

    run_the_schedule()
    run_worker("webhooks")

    delivery = WebhookDelivery.objects.get(event="unpublished")
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert delivery.next_attempt_at > timezone.now()
    assert client.get(urls["detail"]).status_code == 404
    assert not mentions(client.get(urls["list"]), policy)


@pytest.mark.django_db(transaction=True)
def test_a_page_not_yet_expired_stays(section_indexes, settings, client):
    settings.CMS_WEBHOOK_URLS = [closed_port_url()]
    settings.CMS_SCHEDULE = {
        "publish_scheduled": settings.CMS_SCHEDULE["publish_scheduled"]
    }
    policy = factories.PolicyPageFactory(
        parent=section_indexes["policies"],
        expire_at=timezone.now() + datetime.timedelta(hours=1),
    )
    policy.save_revision().publish()

    run_the_schedule()

    policy.refresh_from_db()
    assert policy.live
    assert not WebhookDelivery.objects.filter(event="unpublished").exists()
    assert client.get(f"/api/v1/policies/{policy.pk}/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_an_expired_faq_is_unpublished_with_its_webhook(
    locales, settings, redis_cache, client
):
    settings.CMS_SCHEDULE = {
        "publish_scheduled": settings.CMS_SCHEDULE["publish_scheduled"]
    }
    faq = factories.FAQFactory(question="Is the fair on?", locale=locales["en"])
    faq.expire_at = timezone.now() + datetime.timedelta(hours=1)
    faq.save_revision().publish()
    detail = f"/api/v1/faqs/{faq.pk}/"
    assert client.get(detail).json()["question"] == "Is the fair on?"
    type(faq).objects.filter(pk=faq.pk).update(
        expire_at=timezone.now() - datetime.timedelta(seconds=1)
    )

    with Receiver() as receiver:
        settings.CMS_WEBHOOK_URLS = [receiver.url]
        run_the_schedule()
        run_worker("webhooks")

    events = [json.loads(request["body"]) for request in receiver.requests]
    assert [(e["event"], e["type"], e["id"]) for e in events] == [
        ("unpublished", "faq", faq.pk)
    ]
    assert client.get(detail).status_code == 404
