"""Email is sent by the task worker, never inside a request, and is not lost.

``send_later(subject, body, recipients)`` queues the message once the current
transaction commits (a rolled-back request sends nothing) on the ``email``
queue of the ``background`` task backend, which ``make worker`` works. A
failed send (the mail server down, refusing or timing out after
``EMAIL_TIMEOUT``) is recorded as that attempt's failed task result, with the
error, and queued again after a delay that doubles from
``CMS_EMAIL_BACKOFF_SECONDS``; after ``CMS_EMAIL_MAX_ATTEMPTS`` attempts the
last failure is logged as an error for an operator.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

DEFAULTS = {"CMS_EMAIL_MAX_ATTEMPTS": 6, "CMS_EMAIL_BACKOFF_SECONDS": 60}


def setting(name):
    return getattr(settings, name, DEFAULTS[name])


def send_later(subject, body, recipients):
    """Queue one message to ``recipients`` for the worker, after commit."""
    recipients = list(recipients)
    if not recipients:
        return

    def queue():
        send_email.enqueue(subject, body, recipients, 1)

    transaction.on_commit(queue)


def retry_delay(attempt):
    return datetime.timedelta(
        seconds=setting("CMS_EMAIL_BACKOFF_SECONDS") * 2 ** (attempt - 1)
    )


@task(backend="background", queue_name="email")
def send_email(subject, body, recipients, attempt):
    try:
        send_mail(subject, body, None, recipients, fail_silently=False)
    except (smtplib.SMTPException, OSError) as error:
        if attempt >= setting("CMS_EMAIL_MAX_ATTEMPTS"):
            logger.error(
                "Gave up sending %r to %d recipient(s) after %d attempts: %s",
                subject,
                len(recipients),
                attempt,
                error,
            )
        else:
            send_email.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                subject, body, recipients, attempt + 1
            )
            logger.warning(
                "Could not send %r (attempt %d), retrying later: %s",
                subject,
                attempt,
                error,
            )
        # The attempt's task result records the failure and its error.
        raise
