"""purge_feedback: personal data goes after the retention period; counts stay."""

import datetime
import io

import pytest
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from django.utils import timezone

from plugins.community.models import FeedbackSubmission, topic_counts
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403


def received(days_ago, **fields):
    submission = factories.FeedbackSubmissionFactory(
        name="Rosa Diaz",
        email="rosa@example.org",
        phone="555-0100",
        ip_address="192.0.2.7",
        notes="Called her back.",
        **fields,
    )
    FeedbackSubmission.objects.filter(pk=submission.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days_ago)
    )
    return submission


@pytest.fixture
def history(db):
    return {
        "old": received(400, topic="concern", status="responded"),
        "old_spam": received(400, topic="general", status="spam"),
        "recent": received(10, topic="compliment"),
    }


def run(*args):
    output = io.StringIO()
    call_command("purge_feedback", *args, stdout=output)
    return output.getvalue()


def test_old_personal_data_is_removed_and_the_rest_kept(history):
    old = history["old"]
    day = timezone.localdate() - datetime.timedelta(days=400)
    counts_before = topic_counts(day, day)

    output = run("--older-than", "365")

    assert output.strip() == (
        "Anonymized 1 submission(s) older than 365 days; deleted 1 spam."
    )
    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.ip_address) == ("", "", "", None)
    assert (old.message, old.notes) == ("", "")
    assert old.anonymized_at is not None
    # What the public counts rest on stays.
    assert (old.topic, old.status, old.reference) == (
        "concern",
        "responded",
        history["old"].reference,
    )
    assert topic_counts(day, day) == counts_before
    assert not FeedbackSubmission.objects.filter(pk=history["old_spam"].pk).exists()
    recent = FeedbackSubmission.objects.get(pk=history["recent"].pk)
    assert (recent.name, recent.email, recent.ip_address) == (
        "Rosa Diaz",
        "rosa@example.org",
        "192.0.2.7",
    )


def test_the_default_comes_from_the_setting(history, settings):
    settings.CMS_FEEDBACK_RETENTION_DAYS = 5

    output = run()

    assert "older than 5 days" in output
    assert not FeedbackSubmission.objects.exclude(anonymized_at__isnull=False).exists()


def test_the_default_retention_is_a_year(history):
    assert "older than 365 days" in run()
    assert FeedbackSubmission.objects.get(pk=history["recent"].pk).name == "Rosa Diaz"


def test_a_second_run_has_nothing_left_to_do(history):
    run("--older-than", "365")

    assert run("--older-than", "365").startswith("Anonymized 0 submission(s)")


def test_a_dry_run_changes_nothing(history):
    output = run("--older-than", "365", "--dry-run")

    assert output.startswith("Would anonymize 1 submission(s)")
    assert FeedbackSubmission.objects.count() == 3
    assert FeedbackSubmission.objects.get(pk=history["old"].pk).name == "Rosa Diaz"


@pytest.mark.parametrize("value", ["abc", "0", "-3", "1.5", ""])
def test_a_bad_age_is_a_clear_error(history, value):
    with pytest.raises(CommandError, match="--older-than must be a whole number"):
        run("--older-than", value)
    assert FeedbackSubmission.objects.count() == 3


def test_a_bad_setting_is_a_clear_error(history, settings):
    settings.CMS_FEEDBACK_RETENTION_DAYS = "forever"

    with pytest.raises(CommandError, match="CMS_FEEDBACK_RETENTION_DAYS must be"):
        run()


def test_from_the_shell_a_bad_age_exits_non_zero_with_one_line(db, capsys):
    utility = ManagementUtility(["manage.py", "purge_feedback", "--older-than", "soon"])

    with pytest.raises(SystemExit) as exit_info:
        utility.execute()

    assert exit_info.value.code != 0
    error = capsys.readouterr().err.strip()
    assert error.count("\n") == 0
    assert "--older-than must be a whole number of days" in error
