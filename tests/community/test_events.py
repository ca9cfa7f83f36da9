"""Events: page rules, the API listing with date filters, JSON-LD and pages."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from cms.models import HomePage
from plugins.community.models import EventIndexPage, EventPage
from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403
from tests.helpers import publish


@pytest.fixture
def make_event(event_index):
    def make(**kwargs):
        return publish(factories.EventPageFactory(parent=event_index, **kwargs))

    return make


def at(days, hour=18):
    return factories.days_from_now(days, hour)


class TestEventPageRules(WagtailPageTestCase):
    def test_the_index_sits_under_the_home_page(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})

    def test_the_index_holds_only_events(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})

    def test_events_sit_only_under_the_index(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())


def test_an_event_ends_after_it_starts(event_index):
    event = factories.EventPageFactory.build(start=at(3), end=at(3, hour=17))

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "end" in error.value.message_dict


def test_an_event_says_where_it_is(event_index):
    event = factories.EventPageFactory.build(
        place_name="", street_address="", online_url=""
    )

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "place_name" in error.value.message_dict


def test_an_online_event_needs_no_address(event_index):
    event = factories.EventPageFactory.build(
        place_name="", street_address="", online_url="https://meet.example/town-hall"
    )

    event.clean()


def test_an_editor_adds_an_event_in_the_admin(page_admin, event_index):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    event = page_admin.create(
        event_index,
        EventPage,
        nested_form_data(
            {
                "title": "Coffee with a cop",
                "slug": "coffee-with-a-cop",
                "summary": "Meet the officers who patrol your street.",
                "category": "coffee_with_a_cop",
                "start": "2030-05-04 09:00",
                "end": "2030-05-04 11:00",
                "place_name": "Bean There Café",
                "street_address": "18 Main Street",
                "locality": "Riverside",
                "postal_code": "92501",
                "online_url": "",
                "accessibility": "Step-free entrance.",
                "body": streamfield([]),
                "tags": "",
            }
        ),
    )

    assert event.live
    assert event.start.year == 2030
    assert event.get_category_display() == "Coffee with a cop"


def test_the_api_lists_events_soonest_first(client, make_event):
    later = make_event(title="Town hall", start=at(20))
    sooner = make_event(title="Coffee with a cop", start=at(3))

    response = client.get("/api/v1/events/")

    assert response.status_code == 200, response.content
    data = response.json()
    assert [item["id"] for item in data["items"]] == [sooner.pk, later.pk]
    item = data["items"][0]
    assert item["type"] == "event"
    assert item["category"] == "community_meeting"
    assert item["attendance_mode"] == "in_person"
    assert item["place"] == {
        "name": "Eastside Library",
        "street_address": "1200 Elm Street",
        "locality": "Riverside",
        "postal_code": "92501",
    }
    assert item["accessibility"].startswith("Step-free entrance")
    assert item["start"].startswith(sooner.start.date().isoformat())
    assert item["path"] == "/en/events/" + sooner.slug + "/"


def test_the_api_filters_by_start_date(client, make_event):
    past = make_event(title="Last month", start=at(-30))
    soon = make_event(title="Next week", start=at(7))
    later = make_event(title="Next quarter", start=at(90))
    today = timezone.localdate()

    def ids(query):
        response = client.get(f"/api/v1/events/?{query}")
        assert response.status_code == 200, response.content
        return [item["id"] for item in response.json()["items"]]

    assert ids(f"starts_after={today}") == [soon.pk, later.pk]
    assert ids(f"starts_before={today}") == [past.pk]
    window = f"starts_after={today}&starts_before={today + datetime.timedelta(days=30)}"
    assert ids(window) == [soon.pk]
    assert ids(
        f"starts_after={soon.start.date()}&starts_before={soon.start.date()}"
    ) == [soon.pk]
    assert ids("order=-start") == [later.pk, soon.pk, past.pk]


def test_the_api_filters_by_category(client, make_event):
    make_event(category="community_meeting")
    night_out = make_event(category="national_night_out")

    response = client.get("/api/v1/events/?category=national_night_out")

    assert [item["id"] for item in response.json()["items"]] == [night_out.pk]


@pytest.mark.parametrize(
    "query", ["starts_after=tomorrow", "starts_before=2026-13-01", "order=date"]
)
def test_bad_filters_are_400s_naming_the_parameter(client, event_index, query):
    response = client.get(f"/api/v1/events/?{query}")

    assert response.status_code == 400
    name = query.split("=")[0]
    assert name in {error["parameter"] for error in response.json()["errors"]}


def test_the_api_serves_only_live_public_events(client, make_event, event_index):
    visible = make_event(title="Open house")
    factories.EventPageFactory(parent=event_index, title="Draft", live=False)
    private = make_event(title="Staff only")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get("/api/v1/events/")

    assert [item["id"] for item in response.json()["items"]] == [visible.pk]
    assert client.get(f"/api/v1/events/{private.pk}/").status_code == 404


def test_the_detail_has_the_body_and_event_json_ld(client, make_event):
    event = make_event(
        title="National Night Out",
        category="national_night_out",
        online_url="https://stream.example/nno",
        body=[factories.paragraph("Bring a chair.")],
    )

    response = client.get(f"/api/v1/events/{event.pk}/")

    assert response.status_code == 200, response.content
    data = response.json()
    assert data["body"][0]["value"] == "<p>Bring a chair.</p>"
    assert data["attendance_mode"] == "mixed"
    ld = data["json_ld"]
    assert ld["@type"] == "Event"
    assert ld["name"] == "National Night Out"
    assert ld["startDate"] == event.start.isoformat()
    assert ld["endDate"] == event.end.isoformat()
    assert ld["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, online = ld["location"]
    assert place["@type"] == "Place"
    assert place["address"]["streetAddress"] == "1200 Elm Street"
    assert online == {"@type": "VirtualLocation", "url": "https://stream.example/nno"}
    assert client.get(f"/api/v1/pages/{event.pk}/").json()["type"] == "event"


def test_events_are_listed_in_their_locale(client, make_event, publish_translation):
    event = make_event(title="Town hall")
    translation = publish_translation(event, "es")

    response = client.get("/api/v1/events/?locale=es")

    items = response.json()["items"]
    assert [item["id"] for item in items] == [translation.pk]
    assert items[0]["path"].startswith("/es/")


def test_the_event_page_renders(client, make_event):
    event = make_event(title="Coffee with a cop", start=at(5))

    response = client.get(event.url)

    assert response.status_code == 200
    assert "Coffee with a cop" in response.text
    assert f'datetime="{event.start.isoformat()}"' in response.text
    assert "ASL interpreter on request" in response.text


def test_the_index_lists_upcoming_events_only(client, make_event, event_index):
    make_event(title="Last month's meeting", start=at(-30))
    make_event(title="Next week's meeting", start=at(7))

    response = client.get(event_index.url)

    assert "Next week&#x27;s meeting" in response.text
    assert "Last month" not in response.text
    assert "/feeds/en/events.ics" in response.text
