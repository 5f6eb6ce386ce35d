"""Pages cost the same number of database queries however many releases there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import add_event, add_release, berlin, field_of_action, make_image, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def add_releases(town, start, count):
    sprache = field_of_action("sprache")
    for n in range(start, start + count):
        add_release(
            town,
            f"Meldung Nummer {n}",
            berlin(2024, 1, 1 + n, 9),
            listing_image=make_image(title=f"Bild {n}"),
            fields=[sprache],
        )


def queries_for(client, town, path):
    visit(client, town, path)  # warm-up: renditions are generated once, then cached
    with CaptureQueriesContext(connection) as ctx:
        response = visit(client, town, path)
    assert response.status_code == 200
    return len(ctx.captured_queries), response


@pytest.mark.parametrize("path", ["/de/presse/", "/", "/de/presse/feed/rss/"])
def test_the_number_of_queries_does_not_grow_with_the_number_of_releases(client, merzig, path):
    add_event(merzig, "Sommerfest", berlin(2099, 7, 1, 15), berlin(2099, 7, 1, 20))
    add_releases(merzig, 0, 3)
    few, response = queries_for(client, merzig, path)
    assert "Meldung Nummer 2" in response.content.decode()

    add_releases(merzig, 3, 9)
    many, response = queries_for(client, merzig, path)
    assert "Meldung Nummer 11" in response.content.decode()

    assert many <= few, f"{few} queries for 3 releases, {many} for 12"


def test_the_event_listing_does_not_grow_with_the_number_of_events(client, merzig):
    for n in range(3):
        add_event(merzig, f"Workshop {n}", berlin(2099, 1, 1 + n, 10), berlin(2099, 1, 1 + n, 12))
    few, _ = queries_for(client, merzig, "/de/veranstaltungen/")
    for n in range(3, 12):
        add_event(merzig, f"Workshop {n}", berlin(2099, 1, 1 + n, 10), berlin(2099, 1, 1 + n, 12))
    many, response = queries_for(client, merzig, "/de/veranstaltungen/")
    assert "Workshop 11" in response.content.decode()
    assert many <= few, f"{few} queries for 3 events, {many} for 12"
