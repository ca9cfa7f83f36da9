"""PolicyPage validation: review dates, the public comment window and its state."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from plugins.policies.models import PolicyPage
from tests import factories
from tests.policies.form_data import policy_form

REVIEW_AFTER_EFFECTIVE = "The next review must come after the effective date."
CLOSES_AFTER_OPENS = "The comment period must close after it opens."
DRAFT_NEEDS_WINDOW = (
    "A draft for public comment needs the dates its comment period opens and closes."
)
TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def policy(section_indexes):
    return factories.PolicyPageFactory(
        parent=section_indexes["policies"], title="Body-worn cameras"
    )


def clean_errors(page):
    with pytest.raises(ValidationError) as excinfo:
        page.full_clean()
    return excinfo.value.message_dict


class TestReviewDates:
    @pytest.mark.parametrize("days", [0, -1])
    def test_next_review_must_come_after_the_effective_date(self, policy, days):
        policy.effective_date = datetime.date(2026, 1, 1)
        policy.next_review_due = policy.effective_date + datetime.timedelta(days)
        assert clean_errors(policy) == {"next_review_due": [REVIEW_AFTER_EFFECTIVE]}

    def test_a_later_review_is_valid(self, policy):
        policy.next_review_due = policy.effective_date + datetime.timedelta(days=1)
        policy.full_clean()

    @pytest.mark.parametrize(
        "dates",
        [
            {"effective_date": None},
            {"next_review_due": None},
            {"effective_date": None, "next_review_due": None},
        ],
    )
    def test_dates_are_optional(self, policy, dates):
        for field, value in dates.items():
            setattr(policy, field, value)
        policy.full_clean()


class TestCommentWindow:
    @pytest.mark.parametrize("days", [0, -3])
    def test_comment_period_must_close_after_it_opens(self, policy, days):
        policy.comment_opens = datetime.date(2026, 3, 1)
        policy.comment_closes = policy.comment_opens + datetime.timedelta(days)
        assert clean_errors(policy) == {"comment_closes": [CLOSES_AFTER_OPENS]}

    @pytest.mark.parametrize(
        "window",
        [
            {},
            {"comment_opens": datetime.date(2026, 3, 1)},
            {"comment_closes": datetime.date(2026, 3, 31)},
        ],
    )
    def test_draft_for_comment_needs_both_dates(self, policy, window):
        policy.status = "draft_for_comment"
        for field, value in window.items():
            setattr(policy, field, value)
        assert clean_errors(policy) == {"comment_opens": [DRAFT_NEEDS_WINDOW]}

    def test_draft_for_comment_with_a_window_is_valid(self, policy):
        policy.status = "draft_for_comment"
        policy.comment_opens = datetime.date(2026, 3, 1)
        policy.comment_closes = datetime.date(2026, 3, 31)
        policy.full_clean()

    @pytest.mark.parametrize("status", ["adopted", "superseded"])
    def test_adopted_and_superseded_policies_need_no_window(self, policy, status):
        policy.status = status
        policy.full_clean()

    def test_every_problem_is_reported_at_once(self, policy):
        policy.status = "draft_for_comment"
        policy.next_review_due = policy.effective_date
        policy.comment_closes = datetime.date(2026, 3, 1)
        assert clean_errors(policy) == {
            "next_review_due": [REVIEW_AFTER_EFFECTIVE],
            "comment_opens": [DRAFT_NEEDS_WINDOW],
        }

    def test_publishing_an_invalid_policy_is_refused(self, policy):
        policy.next_review_due = policy.effective_date
        with pytest.raises(ValidationError):
            policy.save_revision().publish()
        policy.refresh_from_db()
        assert policy.next_review_due == datetime.date(2027, 1, 1)


@pytest.mark.django_db  # a new page looks up its content type
@pytest.mark.django_db
class TestCommentPeriodState:
    def draft(self, opens, closes):
        return PolicyPage(
            status="draft_for_comment", comment_opens=opens, comment_closes=closes
        )

    @pytest.mark.parametrize(
        ("opens", "closes", "state"),
        [
            (datetime.date(2026, 7, 1), datetime.date(2026, 7, 31), "upcoming"),
            (datetime.date(2026, 6, 1), datetime.date(2026, 6, 30), "open"),
            (TODAY, TODAY + datetime.timedelta(days=1), "open"),
            (TODAY - datetime.timedelta(days=1), TODAY, "open"),
            (datetime.date(2026, 5, 1), datetime.date(2026, 5, 31), "closed"),
            (datetime.date(2026, 6, 1), TODAY - datetime.timedelta(days=1), "closed"),
        ],
    )
    def test_state_follows_today(self, monkeypatch, opens, closes, state):
        monkeypatch.setattr("django.utils.timezone.localdate", lambda: TODAY)
        assert self.draft(opens, closes).comment_period_state == state

    @pytest.mark.parametrize("status", ["adopted", "superseded"])
    def test_is_none_unless_the_policy_is_a_draft_for_comment(self, status):
        policy = PolicyPage(
            status=status,
            comment_opens=datetime.date(2026, 6, 1),
            comment_closes=datetime.date(2026, 6, 30),
        )
        assert policy.comment_period_state is None

    def test_is_none_without_an_opening_date(self):
        assert self.draft(None, None).comment_period_state is None

    def test_is_shown_on_the_page(self, client, policy, monkeypatch):
        monkeypatch.setattr("django.utils.timezone.localdate", lambda: TODAY)
        policy.status = "draft_for_comment"
        policy.comment_opens = datetime.date(2026, 6, 1)
        policy.comment_closes = datetime.date(2026, 6, 30)
        policy.how_to_comment = "<p>Email the clerk.</p>"
        policy.save_revision().publish()
        response = client.get(policy.url)
        assert (
            b'<h2 class="usa-alert__heading">Open for public comment</h2>'
        ) in response.content
        assert b"Public comment opens soon" not in response.content
        assert b"Public comment has closed" not in response.content
        assert b"<p>Email the clerk.</p>" in response.content


def test_a_draft_of_a_live_policy_needs_no_change_note_yet(page_admin, section_indexes):
    policy = page_admin.create(
        section_indexes["policies"], PolicyPage, policy_form(change_note="")
    )
    draft = page_admin.edit(policy, policy_form(change_note="", title="Revised"))
    assert draft.title == "Revised"
