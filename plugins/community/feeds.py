"""The iCalendar feed of upcoming events, one per locale: /feeds/<locale>/events.ics.

Times are written in the agency's time zone (``TIME_ZONE``) with its TZID and
the VTIMEZONE that defines it, so "Coffee with a cop, 08:00" reads 08:00 in
every calendar, whatever zone the subscriber is in; with ``TIME_ZONE=UTC`` they
are UTC times ending in Z. Never a local time labelled as UTC.
"""

import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vText
from wagtail.models import Locale

from plugins.community.models import EventPage
from plugins.headless.visibility import Visibility

FEED_LENGTH = 500


def site_url():
    return getattr(settings, "CMS_SITE_URL", "").rstrip("/")


def uid_domain():
    return urlsplit(site_url()).hostname or "community-trust-cms"


def event_description(page):
    parts = [page.plain_summary]
    if page.accessibility:
        parts.append(page.accessibility)
    if page.online_url:
        parts.append(page.online_url)
    return "\n\n".join(part for part in parts if part)


def event_location(page):
    return ", ".join(part for part in (page.place_name, page.address_line) if part)


def calendar_for(request, locale):
    visible = Visibility(request)
    events = (
        visible(EventPage.objects.filter(locale=locale))
        .upcoming()
        .order_by("start", "pk")[:FEED_LENGTH]
    )
    calendar = Calendar()
    calendar.add("prodid", "-//Community Trust CMS//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    agency = settings.WAGTAIL_SITE_NAME
    calendar.add("x-wr-calname", _("%(agency)s: events") % {"agency": agency})
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for page in events:
        event = Event()
        # Stable across edits, one per language: a subscriber's calendar
        # updates the event rather than adding it again.
        event.add(
            "uid", f"{page.translation_key}-{locale.language_code}@{uid_domain()}"
        )
        event.add("dtstamp", page.last_published_at or timezone.now())
        event.add("dtstart", timezone.localtime(page.start))
        if page.end:
            event.add("dtend", timezone.localtime(page.end))
        event.add("summary", page.title)
        description = event_description(page)
        if description:
            event.add("description", description)
        location = event_location(page)
        if location:
            event.add("location", vText(location))
        path = visible.front_end_path(page.url_path, locale.language_code)
        if path:
            event.add("url", f"{site_url()}{path}")
        event.add("categories", [page.get_category_display()])
        if page.last_published_at:
            event.add("last-modified", page.last_published_at)
        calendar.add_component(event)
    # The VTIMEZONE for each TZID used: calendars that do not know the zone by
    # name still place the events right.
    calendar.add_missing_timezones()
    return calendar


def events_ics(request, locale):
    locale_obj = Locale.objects.filter(language_code=locale).first()
    if locale_obj is None:
        raise Http404("No such locale.")
    # The calendar speaks its locale's language (its name, event categories).
    with translation.override(locale_obj.language_code):
        body = calendar_for(request, locale_obj).to_ical()
    etag = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'inline; filename="events-{locale}.ics"'
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=300"
    return response
