"""/feeds/<locale>/events.ics: live, public, upcoming events of one locale."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from tests import factories
from tests.community.feedback_fixtures import *  # noqa: F403
from tests.helpers import publish


@pytest.fixture
def make_event(event_index):
    def make(**kwargs):
        return publish(factories.EventPageFactory(parent=event_index, **kwargs))

    return make


def events_in(client, locale="en"):
    response = client.get(f"/feeds/{locale}/events.ics")
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def test_the_feed_parses_and_describes_each_event(client, make_event, settings):
    settings.CMS_SITE_URL = "https://www.riversidepd.example"
    event = make_event(
        title="Coffee with a cop",
        category="coffee_with_a_cop",
        start=factories.days_from_now(4, hour=9),
    )

    calendar, events = events_in(client)

    assert calendar["VERSION"] == "2.0"
    assert "PRODID" in calendar
    assert len(events) == 1
    entry = events[0]
    assert str(entry["SUMMARY"]) == "Coffee with a cop"
    assert entry.decoded("DTSTART") == event.start
    assert entry.decoded("DTEND") == event.end
    assert (
        str(entry["LOCATION"]) == "Eastside Library, 1200 Elm Street, Riverside 92501"
    )
    assert "ASL interpreter on request" in str(entry["DESCRIPTION"])
    assert str(entry["URL"]) == (
        f"https://www.riversidepd.example/en/events/{event.slug}/"
    )
    assert str(entry["UID"]).startswith(str(event.translation_key))
    assert "Coffee with a cop" in [str(c) for c in entry["CATEGORIES"].cats]


def test_only_live_public_upcoming_events_are_in_the_feed(
    client, make_event, event_index
):
    upcoming = make_event(title="Upcoming", start=factories.days_from_now(10))
    make_event(title="Past", start=factories.days_from_now(-10))
    factories.EventPageFactory(parent=event_index, title="Draft", live=False)
    private = make_event(title="Private", start=factories.days_from_now(5))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    in_progress = make_event(
        title="Under way",
        start=factories.days_from_now(0, hour=0),
        end=factories.days_from_now(2),
    )

    _calendar, events = events_in(client)

    titles = [str(event["SUMMARY"]) for event in events]
    assert titles == [in_progress.title, upcoming.title]


def test_events_are_in_start_order(client, make_event):
    make_event(title="Third", start=factories.days_from_now(30))
    make_event(title="First", start=factories.days_from_now(1))
    make_event(title="Second", start=factories.days_from_now(7))

    _calendar, events = events_in(client)

    assert [str(e["SUMMARY"]) for e in events] == ["First", "Second", "Third"]


def test_each_locale_has_its_own_feed(client, make_event, publish_translation):
    event = make_event(title="Town hall")
    translation = publish_translation(event, "es")
    translation.title = "Reunión comunitaria"
    translation.save_revision().publish()

    _calendar, english = events_in(client, "en")
    _calendar, spanish = events_in(client, "es")
    _calendar, arabic = events_in(client, "ar")

    assert [str(e["SUMMARY"]) for e in english] == ["Town hall"]
    assert [str(e["SUMMARY"]) for e in spanish] == ["Reunión comunitaria"]
    assert "/es/" in str(spanish[0]["URL"])
    assert english[0]["UID"] != spanish[0]["UID"]
    assert arabic == []


def test_an_unknown_locale_is_a_404(client, event_index):
    assert client.get("/feeds/xx/events.ics").status_code == 404


def test_an_empty_calendar_still_parses(client, event_index):
    calendar, events = events_in(client)

    assert events == []
    assert calendar["VERSION"] == "2.0"


def test_a_repeated_request_can_be_answered_not_modified(client, make_event):
    make_event()
    first = client.get("/feeds/en/events.ics")

    again = client.get("/feeds/en/events.ics", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert "max-age" in first["Cache-Control"]


def coffee_at_eight_in(zone_name, days=4):
    """08:00 on a day soon, on the wall clocks of ``zone_name``."""
    zone = zoneinfo.ZoneInfo(zone_name)
    day = datetime.datetime.now(zone).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(8), tzinfo=zone)


def test_events_are_exported_at_the_agencys_local_time(client, make_event, settings):
    settings.TIME_ZONE = "America/Los_Angeles"
    start = coffee_at_eight_in("America/Los_Angeles")
    make_event(title="Coffee with a cop", start=start, end=None)

    response = client.get("/feeds/en/events.ics")

    text = response.content.decode()
    assert f"DTSTART;TZID=America/Los_Angeles:{start:%Y%m%d}T080000" in text
    assert "T080000Z" not in text
    calendar = Calendar.from_ical(response.content)
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == [
        "America/Los_Angeles"
    ]
    (entry,) = calendar.walk("VEVENT")
    assert entry.decoded("DTSTART") == start


def test_with_utc_as_the_time_zone_events_are_exported_in_utc(
    client, make_event, settings
):
    settings.TIME_ZONE = "UTC"
    start = coffee_at_eight_in("America/Los_Angeles")
    make_event(title="Coffee with a cop", start=start, end=None)

    text = client.get("/feeds/en/events.ics").content.decode()

    in_utc = start.astimezone(datetime.UTC)
    assert in_utc.hour in (15, 16)  # 08:00 Pacific, daylight or standard time
    assert f"DTSTART:{in_utc:%Y%m%dT%H%M%S}Z" in text
    assert "T080000" not in text
