"""iCalendar downloads for one event and for a municipality's whole calendar."""

from datetime import datetime

import icalendar
import pytest

from tests.factories import DRAFT, UNPUBLISHED, EventFactory
from tests.helpers import BERLIN, berlin, path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture(scope="module")
def events(shared_towns):
    merzig, voelklingen = shared_towns["merzig"], shared_towns["voelklingen"]
    return {
        # Winter (UTC+1) and summer (UTC+2) time, so an offset mistake shows.
        "winter": EventFactory(
            town=merzig,
            title="Auftaktworkshop",
            start=berlin(2030, 1, 15, 17),
            end=berlin(2030, 1, 15, 20, 30),
            venue="Neues Rathaus",
            address="Brauerstraße 5, 66663 Merzig",
            summary="Zum Start der Fortschreibung.",
        ),
        "summer": EventFactory(
            town=merzig,
            title="Fest der Kulturen",
            start=berlin(2030, 7, 4, 14),
            end=berlin(2030, 7, 4, 22),
            venue="Stadtpark",
        ),
        "online": EventFactory(
            town=merzig,
            title="Online-Sprechstunde",
            start=berlin(2020, 5, 6, 10),
            end=berlin(2020, 5, 6, 11),
            online=True,
        ),
        "draft": EventFactory(
            town=merzig,
            title="Geheimes Treffen",
            start=berlin(2030, 2, 1, 10),
            end=berlin(2030, 2, 1, 12),
            state=DRAFT,
        ),
        "gone": EventFactory(
            town=merzig,
            title="Abgesagt",
            start=berlin(2030, 3, 1, 10),
            end=berlin(2030, 3, 1, 12),
            state=UNPUBLISHED,
        ),
        "elsewhere": EventFactory(
            town=voelklingen,
            title="Völklinger Termin",
            start=berlin(2030, 4, 1, 10),
            end=berlin(2030, 4, 1, 12),
        ),
    }


def read_calendar(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def vevents(cal):
    return [c for c in cal.walk() if c.name == "VEVENT"]


def as_datetime(prop):
    value = prop.dt
    assert isinstance(value, datetime)
    assert value.tzinfo is not None, "a floating time would mean a different hour per reader"
    return value


def test_an_event_can_be_downloaded_as_an_ics_file(client, merzig, events):
    event = events["winter"]
    response = visit(client, merzig, path_of(event) + "ical/")
    cal = read_calendar(response)
    assert response["Content-Disposition"] == 'attachment; filename="auftaktworkshop.ics"'
    (vevent,) = vevents(cal)
    assert str(vevent["SUMMARY"]) == "Auftaktworkshop"
    assert as_datetime(vevent["DTSTART"]) == berlin(2030, 1, 15, 17)
    assert as_datetime(vevent["DTEND"]) == berlin(2030, 1, 15, 20, 30)
    assert str(vevent["LOCATION"]) == "Neues Rathaus, Brauerstraße 5, 66663 Merzig"
    assert str(vevent["URL"]) == "http://merzig.localhost/de/veranstaltungen/auftaktworkshop/"
    assert str(vevent["DESCRIPTION"]) == "Zum Start der Fortschreibung."
    assert str(vevent["UID"]).endswith("@merzig.localhost")


def test_summer_times_keep_their_wall_clock_hour(client, merzig, events):
    cal = read_calendar(visit(client, merzig, path_of(events["summer"]) + "ical/"))
    (vevent,) = vevents(cal)
    start = as_datetime(vevent["DTSTART"])
    assert start == berlin(2030, 7, 4, 14)
    assert start.astimezone(BERLIN).hour == 14


def test_an_online_event_without_a_venue_is_located_online(client, merzig, events):
    cal = read_calendar(visit(client, merzig, path_of(events["online"]) + "ical/"))
    (vevent,) = vevents(cal)
    assert str(vevent["LOCATION"]) == "Online"


def test_the_calendar_holds_every_live_event_of_the_municipality_in_order(client, merzig, events):
    cal = read_calendar(visit(client, merzig, "/de/veranstaltungen/ical/"))
    assert str(cal["X-WR-CALNAME"]) == "Veranstaltungen"
    assert [str(v["SUMMARY"]) for v in vevents(cal)] == [
        "Online-Sprechstunde",
        "Auftaktworkshop",
        "Fest der Kulturen",
    ]
    starts = [as_datetime(v["DTSTART"]) for v in vevents(cal)]
    assert starts == [berlin(2020, 5, 6, 10), berlin(2030, 1, 15, 17), berlin(2030, 7, 4, 14)]
    uids = [str(v["UID"]) for v in vevents(cal)]
    assert len(set(uids)) == 3


def test_the_calendar_leaves_out_drafts_withdrawn_and_foreign_events(client, merzig, events):
    response = visit(client, merzig, "/de/veranstaltungen/ical/")
    content = response.content.decode()
    for hidden in ("Geheimes Treffen", "Abgesagt", "Völklinger Termin"):
        assert hidden not in content


@pytest.mark.parametrize("key", ["draft", "gone"])
def test_a_non_live_event_has_no_calendar_file(client, merzig, events, key):
    assert visit(client, merzig, path_of(events[key]) + "ical/").status_code == 404


def test_the_event_pages_link_their_calendar_files(client, merzig, events):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(visit(client, merzig, "/de/veranstaltungen/").content, "html.parser")
    hrefs = {a["href"] for a in html.find_all("a") if "ical" in a.get("href", "")}
    assert hrefs == {
        "/de/veranstaltungen/ical/",
        "/de/veranstaltungen/auftaktworkshop/ical/",
        "/de/veranstaltungen/fest-der-kulturen/ical/",
    }


def test_the_calendar_covers_half_a_year_back_and_a_year_and_a_half_ahead(
    client, merzig, events, settings, monkeypatch
):
    from datetime import timedelta

    from django.utils import timezone

    from weltoffen.settings import base

    assert (base.CALENDAR_DAYS_PAST, base.CALENDAR_DAYS_AHEAD) == (183, 549)
    settings.CALENDAR_DAYS_PAST, settings.CALENDAR_DAYS_AHEAD = 183, 549
    # "now" is 1 March 2030: the 2020 event is too old, the two of 2030 are in
    monkeypatch.setattr(timezone, "now", lambda: berlin(2030, 3, 1, 12))
    cal = read_calendar(visit(client, merzig, "/de/veranstaltungen/ical/"))
    assert [str(v["SUMMARY"]) for v in vevents(cal)] == ["Auftaktworkshop", "Fest der Kulturen"]
    # a year later the window has moved past both
    monkeypatch.setattr(timezone, "now", lambda: berlin(2031, 3, 1, 12) + timedelta(days=1))
    assert vevents(read_calendar(visit(client, merzig, "/de/veranstaltungen/ical/"))) == []


def test_the_calendar_carries_at_most_the_bounded_number_the_upcoming_first(
    client, merzig, events, settings, monkeypatch
):
    from weltoffen.settings import base

    assert base.CALENDAR_MAX_EVENTS == 50
    # "now" is 1 March 2030: the summer festival is upcoming, January's
    # workshop and the 2020 consultation hour are past
    monkeypatch.setattr(timezone_module(), "now", lambda: berlin(2030, 3, 1, 12))
    settings.CALENDAR_MAX_EVENTS = 3
    cal = read_calendar(visit(client, merzig, "/de/veranstaltungen/ical/"))
    assert len(vevents(cal)) == 3
    settings.CALENDAR_MAX_EVENTS = 1
    cal = read_calendar(visit(client, merzig, "/de/veranstaltungen/ical/"))
    assert [str(v["SUMMARY"]) for v in vevents(cal)] == ["Fest der Kulturen"]
    settings.CALENDAR_MAX_EVENTS = 2
    cal = read_calendar(visit(client, merzig, "/de/veranstaltungen/ical/"))
    assert [str(v["SUMMARY"]) for v in vevents(cal)] == ["Auftaktworkshop", "Fest der Kulturen"]


def test_long_texts_with_umlauts_and_commas_come_back_unchanged(client, merzig):
    text = "Begrüßung, Austausch; Ergebnisse – " * 8 + "Größe\\Ende"
    event = EventFactory(
        town=merzig,
        title="Ü" * 40 + ", lang",
        start=berlin(2031, 5, 1, 10),
        end=berlin(2031, 5, 1, 12),
        summary=text,
    )
    content = visit(client, merzig, path_of(event) + "ical/").content
    assert all(len(line) <= 75 for line in content.split(b"\r\n"))
    (vevent,) = vevents(icalendar.Calendar.from_ical(content))
    assert str(vevent["DESCRIPTION"]) == text
    assert str(vevent["SUMMARY"]) == "Ü" * 40 + ", lang"


def timezone_module():
    from django.utils import timezone

    return timezone
