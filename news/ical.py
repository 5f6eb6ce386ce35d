"""iCalendar (RFC 5545) downloads: one event, or a municipality's whole calendar."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event


def build_calendar(events, request, name):
    calendar = Calendar()
    calendar.add("prodid", "-//Weltoffen//Veranstaltungen//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", timezone.get_default_timezone_name())
    site_host = request.get_host().split(":")[0]
    for page in events:
        event = Event()
        event.add("uid", f"event-{page.pk}@{site_host}")
        event.add("dtstamp", page.last_published_at or timezone.now())
        event.add("dtstart", page.start)
        event.add("dtend", page.end)
        event.add("summary", page.title)
        if page.summary:
            event.add("description", page.summary)
        location = ", ".join(part for part in (page.venue, page.address) if part)
        if page.online and not location:
            location = _("Online")
        if location:
            event.add("location", location)
        event.add("url", page.get_full_url(request))
        calendar.add_component(event)
    return calendar


def calendar_response(events, request, name, filename=None):
    calendar = build_calendar(events, request, name)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{slugify(filename or name) or "kalender"}.ics"'
    )
    return response
