"""The demo's events: upcoming, in English and Spanish, idempotent."""

from icalendar import Calendar

from plugins.community import demo
from plugins.community.models import EventIndexPage, EventPage
from tests.community.feedback_fixtures import *  # noqa: F403


def test_the_demo_loads_upcoming_events_in_english_and_spanish(
    client, home_page, publish_translation
):
    publish_translation(home_page, "es")
    lines = []

    events = demo.load_events(home_page, write=lines.append)

    assert len(events) >= 3
    assert lines == [
        "Events: 5 created",
        "Events (es) translations: 5 created",
    ]
    english = client.get("/api/v1/events/?locale=en&fallback=false").json()
    spanish = client.get("/api/v1/events/?locale=es&fallback=false").json()
    assert english["count"] == spanish["count"] == len(events)
    titles = {item["title"] for item in spanish["items"]}
    assert "Café con un policía" in titles
    assert all(item["path"].startswith("/es/eventos/") for item in spanish["items"])
    for locale in ("en", "es"):
        feed = Calendar.from_ical(client.get(f"/feeds/{locale}/events.ics").content)
        assert len(list(feed.walk("VEVENT"))) == len(events)
    online = EventPage.objects.get(slug="drone-policy-town-hall")
    assert online.online_url and not online.place_name


def test_a_second_run_changes_nothing(home_page, publish_translation):
    publish_translation(home_page, "es")
    demo.load_events(home_page)
    lines = []

    demo.load_events(home_page, write=lines.append)

    assert lines == [
        "Events: 5 already present",
        "Events (es) translations: 5 already present",
    ]
    assert EventIndexPage.objects.count() == 2
    assert EventPage.objects.count() == 8


def test_a_locale_without_a_home_page_is_skipped(home_page):
    lines = []

    demo.load_events(home_page, write=lines.append)

    assert lines[-1] == "Events (es): skipped, no home page in it yet"
    assert EventPage.objects.filter(locale__language_code="es").count() == 0
