"""Publish webhooks: HMAC-signed, sent after commit in the background, retried
with exponential backoff, and never able to block or fail a publish."""

import datetime
import hashlib
import hmac
import json
import logging
import urllib.error
import urllib.request

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from plugins.headless.conf import setting
from plugins.headless.models import WebhookDelivery

logger = logging.getLogger(__name__)
SIGNATURE_HEADER = "X-CMS-Signature"


def sign(body: bytes, secret: str) -> str:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def encode_payload(payload) -> bytes:
    return json.dumps(payload, cls=DjangoJSONEncoder, sort_keys=True).encode()


def event_payload(event, type_name, object_id, locale, path):
    return {
        "event": event,
        "type": type_name,
        "id": object_id,
        "locale": locale,
        "path": path,
        "timestamp": timezone.now().isoformat(),
    }


def send_event(payload):
    """Queue ``payload`` for every receiver once the current transaction commits."""
    urls = setting("CMS_WEBHOOK_URLS")
    if not urls:
        return

    def queue():
        try:
            for url in urls:
                delivery = WebhookDelivery.objects.create(
                    event=payload["event"], url=url, payload=payload
                )
                deliver_webhook.enqueue(delivery.pk)
        except Exception:
            logger.exception("Could not queue the %s webhook", payload["event"])

    transaction.on_commit(queue)


def backoff_delay(attempts):
    return datetime.timedelta(
        seconds=setting("CMS_WEBHOOK_BACKOFF_SECONDS") * 2 ** max(attempts - 1, 0)
    )


def post(url, body):
    request = urllib.request.Request(  # noqa: S310 - receivers are configured URLs
        url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "CommunityTrustCMS-Webhooks/1.0",
            SIGNATURE_HEADER: sign(body, setting("CMS_WEBHOOK_SECRET")),
        },
    )
    with urllib.request.urlopen(  # noqa: S310
        request, timeout=setting("CMS_WEBHOOK_TIMEOUT")
    ) as response:
        return response.status


@task(backend="background", queue_name="webhooks")
def deliver_webhook(delivery_id):
    delivery = WebhookDelivery.objects.filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (
        WebhookDelivery.Status.DELIVERED,
        WebhookDelivery.Status.FAILED,
    ):
        return
    delivery.attempts += 1
    try:
        delivery.response_status = post(delivery.url, encode_payload(delivery.payload))
    except (urllib.error.URLError, OSError, ValueError) as error:
        delivery.last_error = str(getattr(error, "reason", error))[:1000]
        delivery.response_status = getattr(error, "code", None)
        if delivery.attempts >= setting("CMS_WEBHOOK_MAX_ATTEMPTS"):
            delivery.status = WebhookDelivery.Status.FAILED
            delivery.next_attempt_at = None
            delivery.save()
            return
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = timezone.now() + backoff_delay(delivery.attempts)
        # Kept for a retry and the retry queued together: never a delivery
        # waiting for a retry that was not queued.
        with transaction.atomic():
            delivery.save()
            retry = deliver_webhook.using(run_after=delivery.next_attempt_at)
            retry.enqueue(delivery.pk)
        return
    delivery.status = WebhookDelivery.Status.DELIVERED
    delivery.last_error = ""
    delivery.next_attempt_at = None
    delivery.save()
