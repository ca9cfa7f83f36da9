import hashlib
import hmac
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from plugins.headless.models import WebhookDelivery
from plugins.headless.webhooks import deliver_webhook
from tests import factories
from tests.headless.receiver import Receiver, closed_port_url

SECRET = "test-webhook-secret"


def run_worker():
    # Options as strings: db_worker type-checks its --backend default otherwise.
    call_command(
        "db_worker",
        "--backend=background",
        "--queue-name=webhooks",
        "--batch",
        "--interval=0",
        verbosity=0,
    )


@pytest.fixture
def webhook_settings(settings):
    settings.CMS_WEBHOOK_SECRET = SECRET

    def configure(*urls):
        settings.CMS_WEBHOOK_URLS = list(urls)

    return configure


@pytest.mark.django_db(transaction=True)
def test_publish_sends_a_signed_webhook_after_commit(webhook_settings, section_indexes):
    with Receiver() as receiver:
        webhook_settings(receiver.url)
        policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
        policy.save_revision().publish()
        delivery = WebhookDelivery.objects.get(event="published")
        assert delivery.status == WebhookDelivery.Status.PENDING
        assert receiver.requests == []  # queued, not sent during the publish
        run_worker()

    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED
    request = receiver.requests[0]
    body = json.loads(request["body"])
    assert body == {
        "event": "published",
        "type": "policy",
        "id": policy.pk,
        "locale": "en",
        "path": policy.url,
        "timestamp": body["timestamp"],
    }
    expected = hmac.new(SECRET.encode(), request["body"], hashlib.sha256).hexdigest()
    assert request["headers"]["x-cms-signature"] == f"sha256={expected}"


@pytest.mark.django_db(transaction=True)
def test_rolled_back_publish_sends_nothing(webhook_settings, section_indexes):
    from django.db import transaction

    webhook_settings("http://127.0.0.1:9/hook")
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    with pytest.raises(RuntimeError), transaction.atomic():
        policy.save_revision().publish()
        raise RuntimeError("editor's save failed")
    assert not WebhookDelivery.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_receiver_down_never_blocks_publish_and_retries_with_backoff(
    webhook_settings, section_indexes, settings
):
    settings.CMS_WEBHOOK_BACKOFF_SECONDS = 30
    settings.CMS_WEBHOOK_MAX_ATTEMPTS = 3
    webhook_settings(closed_port_url())
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    policy.save_revision().publish()  # does not raise
    policy.refresh_from_db()
    assert policy.live

    delivery = WebhookDelivery.objects.get()
    started = timezone.now()
    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.RETRYING
    assert delivery.attempts == 1
    assert delivery.last_error
    first_delay = (delivery.next_attempt_at - started).total_seconds()
    assert 29 <= first_delay <= 31
    retry = DBTaskResult.objects.filter(status="READY").order_by("-enqueued_at").first()
    assert retry.run_after is not None

    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    second_delay = (delivery.next_attempt_at - timezone.now()).total_seconds()
    assert 58 <= second_delay <= 61  # exponential: 30 s, then 60 s

    deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.FAILED
    assert delivery.attempts == 3


@pytest.mark.django_db(transaction=True)
def test_a_retry_is_kept_only_with_its_queued_task(
    webhook_settings, section_indexes, monkeypatch
):
    """The delivery's new state and its retry's task are written together:
    a retry that cannot be queued leaves the delivery as it was, never
    waiting for a retry nobody will run."""
    from django_tasks.base import Task

    webhook_settings(closed_port_url())
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    policy.save_revision().publish()
    delivery = WebhookDelivery.objects.get()
    queued_before = DBTaskResult.objects.count()

    def refuse(*args, **kwargs):
        raise RuntimeError("the task queue refused the retry")

    monkeypatch.setattr(Task, "enqueue", refuse)
    with pytest.raises(RuntimeError, match="refused the retry"):
        deliver_webhook.call(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.PENDING
    assert delivery.attempts == 0
    assert DBTaskResult.objects.count() == queued_before


@pytest.mark.django_db(transaction=True)
def test_unpublish_move_delete_and_snippet_publish_send_events(
    webhook_settings, section_indexes, locales
):
    webhook_settings("http://127.0.0.1:9/hook")
    policy = factories.PolicyPageFactory(parent=section_indexes["policies"])
    policy.save_revision().publish()
    policy.unpublish()
    policy.save_revision().publish()
    policy.move(section_indexes["policies"], pos="last-child")
    faq = factories.FAQFactory(locale=locales["en"], live=False)
    faq.save_revision().publish()
    policy.delete()
    events = list(
        WebhookDelivery.objects.order_by("pk").values_list("event", flat=True)
    )
    assert events == [
        "published",
        "unpublished",
        "published",
        "moved",
        "published",  # the FAQ snippet
        "unpublished",  # Wagtail unpublishes a live page before deleting it
        "deleted",
    ]
    faq_delivery = WebhookDelivery.objects.filter(payload__type="faq").get()
    assert faq_delivery.payload["id"] == faq.pk


def test_deliveries_are_listed_in_the_admin(admin_client, db):
    WebhookDelivery.objects.create(
        event="published",
        url="http://127.0.0.1:9/hook",
        payload={"event": "published"},
        status=WebhookDelivery.Status.FAILED,
        last_error="Connection refused",
    )
    response = admin_client.get("/admin/webhook_deliveries/")
    assert response.status_code == 200
    assert b"Connection refused" in response.content
    assert admin_client.get("/admin/webhook_deliveries/new/").status_code in (
        302,
        403,
        404,
    )
