"""RSS and Atom feeds of a municipality's press releases, read by a feed reader."""

import calendar

import feedparser
import pytest

from tests.factories import CHANGED, DRAFT, UNPUBLISHED, PressReleaseFactory, field_of_action
from tests.helpers import berlin, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

FEEDS = ["/de/presse/feed/rss/", "/de/presse/feed/atom/"]


@pytest.fixture(scope="module")
def releases(shared_towns):
    merzig, voelklingen = shared_towns["merzig"], shared_towns["voelklingen"]
    return {
        "old": PressReleaseFactory(
            town=merzig,
            title="Sprachcafé eröffnet",
            date=berlin(2023, 3, 1, 9, 30),
            fields=[field_of_action("sprache")],
        ),
        "new": PressReleaseFactory(
            town=merzig, title="Beirat gewählt", date=berlin(2024, 7, 2, 18, 15)
        ),
        "changed": PressReleaseFactory(
            town=merzig,
            title="Fest der Kulturen",
            date=berlin(2022, 8, 1, 12),
            state=CHANGED,
            change={"title": "Geänderter Entwurfstitel"},
        ),
        "draft": PressReleaseFactory(
            town=merzig, title="Noch nicht freigegeben", date=berlin(2024, 8, 1), state=DRAFT
        ),
        "gone": PressReleaseFactory(
            town=merzig, title="Zurückgezogen", date=berlin(2024, 1, 1), state=UNPUBLISHED
        ),
        "elsewhere": PressReleaseFactory(
            town=voelklingen, title="Meldung aus Völklingen", date=berlin(2024, 7, 3)
        ),
    }


def read_feed(client, town, path):
    response = visit(client, town, path)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return response, feed


@pytest.mark.parametrize("path", FEEDS)
def test_a_feed_lists_this_municipality_s_live_releases_newest_first(
    client, merzig, releases, path
):
    _, feed = read_feed(client, merzig, path)
    assert [e.title for e in feed.entries] == [
        "Beirat gewählt",
        "Sprachcafé eröffnet",
        "Fest der Kulturen",
    ]


@pytest.mark.parametrize("path", FEEDS)
def test_a_feed_never_shows_drafts_withdrawn_or_foreign_releases(client, merzig, releases, path):
    response, feed = read_feed(client, merzig, path)
    content = response.content.decode()
    for hidden in (
        "Noch nicht freigegeben",
        "Zurückgezogen",
        "Geänderter Entwurfstitel",
        "Meldung aus Völklingen",
    ):
        assert hidden not in content
    assert all("noch-nicht" not in e.link and "zuruckgezogen" not in e.link for e in feed.entries)


@pytest.mark.parametrize("path", FEEDS)
def test_feed_links_are_absolute_and_on_the_municipality_s_host(client, merzig, releases, path):
    _, feed = read_feed(client, merzig, path)
    assert [e.link for e in feed.entries] == [
        "http://merzig.localhost/de/presse/beirat-gewahlt/",
        "http://merzig.localhost/de/presse/sprachcafe-eroffnet/",
        "http://merzig.localhost/de/presse/fest-der-kulturen/",
    ]
    assert feed.feed.link == "http://merzig.localhost/de/presse/"
    assert feed.entries[0].id == "http://merzig.localhost/de/presse/beirat-gewahlt/"


@pytest.mark.parametrize("path", FEEDS)
def test_feed_dates_are_the_release_dates(client, merzig, releases, path):
    _, feed = read_feed(client, merzig, path)
    entry = feed.entries[0]
    parsed = entry.published_parsed if "published_parsed" in entry else entry.updated_parsed
    assert calendar.timegm(parsed) == int(berlin(2024, 7, 2, 18, 15).timestamp())
    assert calendar.timegm(feed.entries[1].published_parsed) == int(
        berlin(2023, 3, 1, 9, 30).timestamp()
    )


@pytest.mark.parametrize("path", FEEDS)
def test_a_feed_is_titled_with_the_municipality_s_official_name(client, merzig, releases, path):
    _, feed = read_feed(client, merzig, path)
    assert feed.feed.title == "Pressemitteilungen – Kreisstadt Merzig"
    assert feed.entries[0].summary == "Vorspann zu Beirat gewählt."


def test_the_rss_feed_names_its_categories_and_self_link(client, merzig, releases):
    response, feed = read_feed(client, merzig, "/de/presse/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    sprachcafe = feed.entries[1]
    assert [t.term for t in sprachcafe.tags] == ["Sprache"]
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == ["http://merzig.localhost/de/presse/feed/rss/"]


def test_the_atom_feed_points_to_itself(client, merzig, releases):
    response, feed = read_feed(client, merzig, "/de/presse/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    self_links = [link.href for link in feed.feed.links if link.rel == "self"]
    assert self_links == ["http://merzig.localhost/de/presse/feed/atom/"]


def test_each_municipality_has_its_own_feed(client, voelklingen, releases):
    _, feed = read_feed(client, voelklingen, "/de/presse/feed/rss/")
    assert [e.title for e in feed.entries] == ["Meldung aus Völklingen"]
    assert feed.entries[0].link == "http://voelklingen.localhost/de/presse/meldung-aus-volklingen/"
    assert feed.feed.title == "Pressemitteilungen – Mittelstadt Völklingen"
