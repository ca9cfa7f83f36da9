"""Award criteria and nominations: nominations arrive as feedback, staff link them
to the award, and nothing about a nominee ever becomes public."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from plugins.community.models import FeedbackSubmission
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403

NOMINATION = {
    "topic": "nomination",
    "message": "Marisol Ortega has run the Elm Street block watch for ten years.",
    "name": "Tobias Whitlock",
    "email": "tobias.w@private.example",
    "award_category": "neighborhood_watch",
}


@pytest.fixture
def award(section_indexes):
    page = factories.AwardPageFactory(
        parent=section_indexes["awards"],
        criteria="<p>Neighbors who <b>organize</b> their block.</p>",
        nomination_deadline=timezone.localdate() + datetime.timedelta(days=30),
    )
    page.save_revision().publish()
    return page


def test_the_award_api_gives_criteria_and_deadline(client, award):
    data = client.get(f"/api/v1/awards/{award.pk}/").json()

    assert data["criteria"] == "<p>Neighbors who <b>organize</b> their block.</p>"
    assert data["nomination_deadline"] == award.nomination_deadline.isoformat()
    assert data["category"] == "neighborhood_watch"


def test_existing_awards_need_no_criteria(client, section_indexes):
    award = factories.AwardPageFactory(parent=section_indexes["awards"])
    award.save_revision().publish()

    data = client.get(f"/api/v1/awards/{award.pk}/").json()

    assert (data["criteria"], data["nomination_deadline"]) == ("", None)


def test_the_award_page_invites_nominations_while_open(client, award, feedback_page):
    response = client.get(award.url)

    assert "Neighbors who <b>organize</b> their block." in response.text
    assert "Nominations are open until" in response.text
    link = f"{feedback_page.url}?topic=nomination&amp;award_category=neighborhood_watch"
    assert link in response.text

    # Open through the deadline day itself, closed the day after.
    award.nomination_deadline = timezone.localdate()
    award.save_revision().publish()
    assert "Nominations are open until" in client.get(award.url).text

    award.nomination_deadline = timezone.localdate() - datetime.timedelta(days=1)
    award.save_revision().publish()
    closed = client.get(award.url).text
    assert "Nominations are open" not in closed
    assert "topic=nomination" not in closed


def test_a_nomination_arrives_through_the_feedback_api(api_post):
    response = api_post(NOMINATION)

    assert response.status_code == 201, response.content
    nomination = FeedbackSubmission.objects.get()
    assert nomination.topic == "nomination"
    assert nomination.award_category == "neighborhood_watch"
    assert nomination.award is None


def test_staff_link_a_nomination_to_its_award(admin_client, api_post, award):
    api_post(NOMINATION)
    nomination = FeedbackSubmission.objects.get()

    response = admin_client.post(
        reverse("feedback:edit", args=[nomination.pk]),
        {"status": "reviewed", "assignee": "", "notes": "", "award": award.pk},
    )

    assert response.status_code == 302
    nomination.refresh_from_db()
    assert nomination.award == award
    linked = admin_client.get(f"{reverse('feedback:index')}?award={award.pk}")
    assert [item.pk for item in linked.context["object_list"]] == [nomination.pk]


def test_a_linked_nomination_stays_private(client, api_post, award):
    api_post(NOMINATION)
    FeedbackSubmission.objects.update(award=award)
    award.save_revision().publish()

    responses = [
        client.get(award.url),
        client.get(f"/api/v1/awards/{award.pk}/"),
        client.get("/api/v1/awards/"),
        client.get(f"/api/v1/pages/{award.pk}/"),
    ]

    for response in responses:
        assert response.status_code == 200
        for value in (NOMINATION["message"], NOMINATION["name"], NOMINATION["email"]):
            assert value not in response.content.decode()
        assert "Marisol" not in response.content.decode()


def test_an_award_can_be_edited_with_its_criteria(page_admin, section_indexes):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    award = page_admin.create(
        section_indexes["awards"],
        factories.AwardPageFactory._meta.model,
        nested_form_data(
            {
                "title": "Block watch award",
                "slug": "block-watch-award",
                "summary": "For neighbors who watch out for each other.",
                "award_name": "Block Watch Award 2027",
                "recipient": "To be announced",
                "recipient_kind": "neighborhood",
                "award_date": "2027-08-03",
                "category": "community_partner",
                "citation": rich_text("<p>To be announced.</p>"),
                "criteria": rich_text("<p>Participation and follow-up.</p>"),
                "nomination_deadline": "2027-06-30",
                "photos": streamfield([]),
                "tags": "",
            }
        ),
    )

    assert award.category == "community_partner"
    assert "Participation and follow-up." in award.criteria
    assert award.nomination_deadline == datetime.date(2027, 6, 30)
