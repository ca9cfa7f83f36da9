"""Email goes through the worker: never sent inside the request, retried with
backoff when the mail server fails, and not lost."""

import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms.outgoing_mail import send_later
from tests.community.feedback_fixtures import *  # noqa: F403
from tests.headless.receiver import closed_port_url

NOTIFY = "feedback@riversidepd.example"


# db_worker closes a connection found inside a transaction (on PostgreSQL),
# so the tests that run it commit, as the web process does.
def run_worker():
    call_command(
        "db_worker",
        "--backend=background",
        "--queue-name=email",
        "--batch",
        "--interval=0",
        verbosity=0,
    )


def email_tasks(status=None):
    tasks = DBTaskResult.objects.filter(queue_name="email").order_by("enqueued_at")
    return tasks.filter(status=status) if status else tasks


@pytest.fixture
def mail_server_down(settings):
    """An SMTP server that refuses connections: nothing listens on the port."""
    port = int(closed_port_url().rsplit(":", 1)[1].split("/")[0])
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_TIMEOUT = 2


@pytest.mark.django_db(transaction=True)
def test_feedback_is_notified_by_the_worker_not_the_request(api_post, settings):
    settings.CMS_FEEDBACK_NOTIFY_EMAILS = [NOTIFY]

    response = api_post({"topic": "compliment", "message": "Thank you."})

    assert response.status_code == 201, response.content
    assert mail.outbox == []
    assert email_tasks().get().status == "READY"
    run_worker()
    assert [message.to for message in mail.outbox] == [[NOTIFY]]
    assert response.json()["reference"] in mail.outbox[0].subject
    assert email_tasks().get().status == "SUCCESSFUL"


def test_a_rolled_back_change_sends_nothing(db):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        send_later("Subject", "Body", [NOTIFY])
        raise RuntimeError("the request failed")
    assert not email_tasks().exists()


@pytest.mark.django_db(transaction=True)
def test_a_failed_send_is_recorded_and_retried_with_backoff(
    db, mail_server_down, settings
):
    settings.CMS_EMAIL_BACKOFF_SECONDS = 60
    send_later("Policy reviews", "Body", [NOTIFY])
    started = timezone.now()

    run_worker()

    failed = email_tasks("FAILED").get()
    assert "ConnectionRefusedError" in failed.traceback
    retry = email_tasks("READY").get()
    assert retry.task_result.args == ["Policy reviews", "Body", [NOTIFY], 2]
    delay = (retry.run_after - started).total_seconds()
    assert 59 <= delay <= 62
    assert mail.outbox == []

    # The server is back and the retry's time has come: the mail goes out.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    email_tasks("READY").update(run_after=timezone.now())
    run_worker()
    assert [message.subject for message in mail.outbox] == ["Policy reviews"]
    assert email_tasks("SUCCESSFUL").count() == 1


@pytest.mark.django_db(transaction=True)
def test_after_the_last_attempt_the_failure_is_logged_for_an_operator(
    db, mail_server_down, settings, caplog
):
    settings.CMS_EMAIL_MAX_ATTEMPTS = 2
    settings.CMS_EMAIL_BACKOFF_SECONDS = 0
    send_later("Policy reviews", "Body", [NOTIFY])

    with caplog.at_level(logging.WARNING, logger="cms.outgoing_mail"):
        run_worker()  # attempt 1 fails, attempt 2 (due at once) fails

    assert email_tasks("FAILED").count() == 2
    assert not email_tasks("READY").exists()
    assert [record.levelname for record in caplog.records] == ["WARNING", "ERROR"]
    assert "Gave up sending 'Policy reviews'" in caplog.records[-1].getMessage()
