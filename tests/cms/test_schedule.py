"""The periodic jobs: one tick hands each due job to the worker once, and the
worker's run of each has its effect."""

import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms import schedule
from cms.models import ScheduledJob
from plugins.community.models import FeedbackSubmission
from plugins.headless.models import WebhookDelivery
from plugins.policies.permissions import POLICY_APPROVERS
from tests import factories
from tests.helpers import publish
from tests.search.conftest import search

A_WEEK_AGO = datetime.timedelta(days=8)


# db_worker closes a connection found inside a transaction (on PostgreSQL),
# so tests that run it commit, as the web process does.
def run_worker(queues):
    call_command(
        "db_worker",
        "--backend=background",
        f"--queue-name={queues}",
        "--batch",
        "--interval=0",
        verbosity=0,
    )


def results(queue):
    return DBTaskResult.objects.filter(queue_name=queue).order_by("enqueued_at")


@pytest.fixture
def agency(section_indexes, django_user_model, settings, client):
    """A policy that has expired (its detail cached before), one due for
    review, old feedback, and two approvers (one without an address)."""
    settings.CMS_WEBHOOK_URLS = ["http://127.0.0.1:9/hook"]
    policies = section_indexes["policies"]
    expiring = publish(
        factories.PolicyPageFactory(parent=policies, title="Temporary checkpoints")
    )
    assert client.get(f"/api/v1/policies/{expiring.pk}/").status_code == 200
    type(expiring).objects.filter(pk=expiring.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    reviewed = publish(
        factories.PolicyPageFactory(
            parent=policies,
            title="Drone flights",
            next_review_due=timezone.localdate() - datetime.timedelta(days=3),
        )
    )
    old = factories.FeedbackSubmissionFactory(name="Rosa Diaz", email="r@example.org")
    FeedbackSubmission.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )
    approvers = Group.objects.create(name=POLICY_APPROVERS)
    for name, email in (("chief", "chief@riversidepd.example"), ("lt", "")):
        django_user_model.objects.create_user(name, email=email).groups.add(approvers)
    django_user_model.objects.create_user("editor", email="editor@riversidepd.example")
    return {"expiring": expiring, "reviewed": reviewed, "old_feedback": old}


@pytest.mark.django_db(transaction=True)
def test_one_tick_runs_each_job_once_with_its_effect(agency, client):
    expiring, reviewed = agency["expiring"], agency["reviewed"]
    detail = f"/api/v1/policies/{expiring.pk}/"
    # The search index lost a live page behind search's back.
    from wagtail.search.models import IndexEntry

    IndexEntry.objects.filter(object_id=str(reviewed.pk)).delete()
    assert search(client, "drone")[1]["count"] == 0

    assert schedule.tick(timezone.now() - A_WEEK_AGO) == []  # first look: records
    handed = schedule.tick()
    assert sorted(handed) == sorted(schedule.jobs())
    assert schedule.tick() == []  # each time is handed over once
    assert [r.status for r in results("schedule")] == ["READY"] * len(handed)
    assert mail.outbox == []

    run_worker("schedule")
    assert {r.status for r in results("schedule")} == {"SUCCESSFUL"}

    # publish_scheduled: unpublished, its webhook queued, the cache dropped it.
    expiring.refresh_from_db()
    assert (expiring.live, expiring.expired) == (False, True)
    assert WebhookDelivery.objects.filter(
        event="unpublished", payload__id=expiring.pk
    ).exists()
    assert client.get(detail).status_code == 404
    # purge_feedback: personal data gone, the submission kept.
    old = FeedbackSubmission.objects.get(pk=agency["old_feedback"].pk)
    assert (old.name, old.email, old.anonymized_at is not None) == ("", "", True)
    # search_index: the page is found again.
    assert search(client, "drone")[1]["count"] == 1
    # policy_reviews_due: one reminder queued for the worker, to the approvers.
    assert mail.outbox == []
    run_worker("email")
    assert len(mail.outbox) == 1
    reminder = mail.outbox[0]
    assert reminder.to == ["chief@riversidepd.example"]
    assert reminder.subject.startswith("Policy reviews: 1 overdue")
    assert "Drone flights" in reminder.body
    assert f"/admin/pages/{reviewed.pk}/edit/" in reminder.body


@pytest.mark.django_db(transaction=True)
def test_a_failing_job_is_recorded_and_runs_again_at_its_next_time(
    section_indexes, settings
):
    settings.CMS_SCHEDULE = {
        "policy_reviews_due": {
            "cron": "0 7 * * 1",
            "command": ["policy_reviews_due", "--email"],
        }
    }
    factories.PolicyPageFactory(parent=section_indexes["policies"])  # due soon
    schedule.tick(timezone.now() - A_WEEK_AGO)
    assert schedule.tick() == ["policy_reviews_due"]

    run_worker("schedule")

    failed = results("schedule").get()
    assert failed.status == "FAILED"
    assert "no active member of the Policy approvers group" in failed.traceback
    assert mail.outbox == []
    # The time is spent; the job comes round again next week.
    state = ScheduledJob.objects.get(name="policy_reviews_due")
    next_week = timezone.localtime(state.last_due_at) + datetime.timedelta(days=7)
    assert schedule.tick(next_week) == ["policy_reviews_due"]


def test_run_schedule_hands_due_jobs_over(db, settings):
    settings.CMS_SCHEDULE = {"purge": {"cron": "* * * * *", "command": ["check"]}}
    ScheduledJob.objects.create(
        name="purge", last_due_at=timezone.now() - datetime.timedelta(hours=1)
    )
    output = io.StringIO()

    call_command("run_schedule", "--once", stdout=output)

    assert output.getvalue().splitlines() == [
        "Schedule: purge (* * * * *)",
        "Queued purge",
    ]
    assert results("schedule").get().task_result.args == ["purge"]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            {"cron": "every day", "command": ["purge_feedback"]},
            "CMS_SCHEDULE['nightly']: 'every day' is not a five-field cron",
        ),
        (
            {"cron": "0 2 * * * *", "command": ["purge_feedback"]},
            "is not a five-field cron",
        ),
        (
            {"cron": "0 2 * * *", "command": ["purge_everything"]},
            "CMS_SCHEDULE['nightly']: ('purge_everything',) names no manage.py",
        ),
    ],
)
def test_a_bad_schedule_is_named_in_one_line(db, settings, entry, message):
    settings.CMS_SCHEDULE = {"nightly": entry}

    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("run_schedule", "--once", stdout=io.StringIO())
    assert not ScheduledJob.objects.exists()
