"""Press releases: listing, archive, filter, structured data, images, contact, related pages."""

import json

import pytest

from home.models import Person
from tests.factories import (
    CHANGED,
    DRAFT,
    UNPUBLISHED,
    ConceptEditionFactory,
    EventFactory,
    ImageFactory,
    PressReleaseFactory,
    TownFactory,
    field_of_action,
    image_block,
    paragraph,
)
from tests.helpers import berlin, path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def listed_titles(response):
    main = soup(response).find("main")
    return [
        li.find(class_="wo-teaser__title").get_text(strip=True)
        for li in main.find_all("li", class_="wo-teaser")
    ]


@pytest.fixture(scope="module")
def releases(shared_towns):
    merzig, voelklingen = shared_towns["merzig"], shared_towns["voelklingen"]
    sprache, wohnen = field_of_action("sprache"), field_of_action("wohnen")
    return {
        "old": PressReleaseFactory(
            town=merzig, title="Sprachcafé eröffnet", date=berlin(2023, 3, 1, 9), fields=[sprache]
        ),
        "mid": PressReleaseFactory(
            town=merzig, title="Wohnprojekt startet", date=berlin(2023, 11, 20, 9), fields=[wohnen]
        ),
        "new": PressReleaseFactory(
            town=merzig,
            title="Beirat gewählt",
            date=berlin(2024, 6, 2, 9),
            fields=[sprache, wohnen],
        ),
        "draft": PressReleaseFactory(
            town=merzig, title="Noch nicht freigegeben", date=berlin(2024, 7, 1), state=DRAFT
        ),
        "gone": PressReleaseFactory(
            town=merzig, title="Zurückgezogen", date=berlin(2024, 1, 1), state=UNPUBLISHED
        ),
        "changed": PressReleaseFactory(
            town=merzig,
            title="Fest der Kulturen",
            date=berlin(2022, 8, 1),
            state=CHANGED,
            change={"title": "Geänderter Entwurfstitel"},
        ),
        "elsewhere": PressReleaseFactory(
            town=voelklingen, title="Meldung aus Völklingen", date=berlin(2024, 6, 3)
        ),
    }


def test_the_listing_shows_live_releases_only_newest_first(client, merzig, releases):
    response = visit(client, merzig, "/de/presse/")
    assert listed_titles(response) == [
        "Beirat gewählt",
        "Wohnprojekt startet",
        "Sprachcafé eröffnet",
        "Fest der Kulturen",
    ]
    content = response.content.decode()
    for hidden in (
        "Noch nicht freigegeben",
        "Zurückgezogen",
        "Geänderter Entwurfstitel",
        "Meldung aus Völklingen",
    ):
        assert hidden not in content


def test_the_listing_links_to_each_release(client, merzig, releases):
    main = soup(visit(client, merzig, "/de/presse/")).find("main")
    links = [li.find("a")["href"] for li in main.find_all("li", class_="wo-teaser")]
    assert links[0] == path_of(releases["new"]) == "/de/presse/beirat-gewahlt/"


def test_the_year_archive_shows_only_that_year(client, merzig, releases):
    response = visit(client, merzig, "/de/presse/", data={"jahr": "2023"})
    assert listed_titles(response) == ["Wohnprojekt startet", "Sprachcafé eröffnet"]
    select = soup(response).find("select", attrs={"name": "jahr"})
    years = [o["value"] for o in select.find_all("option")]
    assert years == ["", "2024", "2023", "2022"]  # only years with live releases
    assert select.find("option", selected=True)["value"] == "2023"


def test_the_field_of_action_filter_shows_only_releases_tagged_with_it(client, merzig, releases):
    response = visit(client, merzig, "/de/presse/", data={"handlungsfeld": "wohnen"})
    assert listed_titles(response) == ["Beirat gewählt", "Wohnprojekt startet"]
    select = soup(response).find("select", attrs={"name": "handlungsfeld"})
    assert [o.get_text(strip=True) for o in select.find_all("option")][1:] == [
        "Sprache",
        "Wohnen",
    ]


def test_year_and_field_filters_combine(client, merzig, releases):
    response = visit(
        client, merzig, "/de/presse/", data={"jahr": "2024", "handlungsfeld": "sprache"}
    )
    assert listed_titles(response) == ["Beirat gewählt"]


def test_nonsense_filters_show_everything_instead_of_an_error(client, merzig, releases):
    response = visit(client, merzig, "/de/presse/", data={"jahr": "zwanzig", "handlungsfeld": "x"})
    assert len(listed_titles(response)) == 4


@pytest.mark.parametrize("year", ["1", "-1", "10000", "99999999999999999999"])
def test_an_impossible_year_in_the_address_is_answered_not_crashed(client, merzig, releases, year):
    response = visit(client, merzig, "/de/presse/", data={"jahr": year})
    assert response.status_code == 200
    assert soup(response).find("h1").get_text(strip=True) == "Pressemitteilungen"


def test_a_release_just_after_midnight_on_new_year_belongs_to_the_new_year(client, merzig):
    PressReleaseFactory(
        town=merzig, title="Neujahrsempfang", date=berlin(2031, 1, 1, 0, 30)
    )  # 23:30 UTC on Dec 31
    response = visit(client, merzig, "/de/presse/", data={"jahr": "2031"})
    assert listed_titles(response) == ["Neujahrsempfang"]
    teaser = soup(response).find("main").find("li", class_="wo-teaser")
    assert teaser.find(class_="wo-teaser__meta").get_text(strip=True) == "1. Januar 2031"
    assert "Neujahrsempfang" not in listed_titles(
        visit(client, merzig, "/de/presse/", data={"jahr": "2030"})
    )


def test_a_year_without_releases_says_so(client, merzig, releases):
    response = visit(client, merzig, "/de/presse/", data={"jahr": "1999"})
    assert listed_titles(response) == []
    assert "Für diese Auswahl gibt es keine Pressemitteilungen." in soup(response).get_text()


def test_the_listing_pages_after_ten_releases(client):
    marl = TownFactory(name="Marl", official_name="Stadt Marl", hostname="marl.localhost")
    for day in range(1, 13):
        PressReleaseFactory(
            town=marl, title=f"Meldung vom {day}. Mai", date=berlin(2024, 5, day, 9)
        )
    first = visit(client, marl, "/de/presse/")
    assert len(listed_titles(first)) == 10
    assert listed_titles(first)[0] == "Meldung vom 12. Mai"
    pagination = soup(first).find("nav", class_="wo-pagination")
    assert pagination.find("a", rel="next")["href"].endswith("seite=2")
    second = visit(client, marl, "/de/presse/", data={"seite": "2"})
    assert listed_titles(second) == ["Meldung vom 2. Mai", "Meldung vom 1. Mai"]
    filtered = visit(client, marl, "/de/presse/", data={"jahr": "2024"})
    next_link = soup(filtered).find("nav", class_="wo-pagination").find("a", rel="next")["href"]
    assert "jahr=2024" in next_link and "seite=2" in next_link


def test_a_release_page_shows_its_live_version(client, merzig, releases):
    html = soup(visit(client, merzig, path_of(releases["changed"])))
    assert html.find("h1").get_text(strip=True) == "Fest der Kulturen"
    assert "Geänderter Entwurfstitel" not in html.get_text()


@pytest.mark.parametrize("key", ["draft", "gone"])
def test_a_release_that_is_not_live_cannot_be_opened(client, merzig, releases, key):
    assert visit(client, merzig, path_of(releases[key])).status_code == 404


def test_a_release_from_another_municipality_is_not_served_on_this_host(client, merzig, releases):
    response = visit(client, merzig, path_of(releases["elsewhere"]))
    assert response.status_code == 404


def test_a_release_carries_parseable_news_article_data(client, merzig, releases):
    release = type(releases["new"]).objects.get(pk=releases["new"].pk)
    release.place = "Merzig"
    release.listing_image = ImageFactory()
    release.save_revision().publish()
    html = soup(visit(client, merzig, path_of(release)))
    scripts = html.find_all("script", type="application/ld+json")
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Beirat gewählt"
    assert data["description"] == "Vorspann zu Beirat gewählt."
    assert data["url"] == "http://merzig.localhost/de/presse/beirat-gewahlt/"
    assert data["inLanguage"] == "de"
    assert data["publisher"]["name"] == "Kreisstadt Merzig"
    assert data["locationCreated"]["name"] == "Merzig"
    from datetime import datetime

    assert datetime.fromisoformat(data["datePublished"]) == berlin(2024, 6, 2, 9)
    # The photo is linked on the municipality's own host, like the article itself.
    assert data["image"].startswith("http://merzig.localhost/media/images/")


def test_structured_data_cannot_be_broken_out_of(client, merzig):
    release = PressReleaseFactory(
        town=merzig,
        title="</script><script>alert(1)</script> & mehr",
        body=paragraph("<p>Text.</p>"),
    )
    html = soup(visit(client, merzig, path_of(release)))
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["headline"] == "</script><script>alert(1)</script> & mehr"
    assert [s.get("type") for s in html.find_all("script") if "alert" in (s.string or "")] == [
        "application/ld+json"
    ]
    assert html.find("h1").get_text() == "</script><script>alert(1)</script> & mehr"


def test_a_photo_in_a_release_shows_its_alt_text_and_credit_underneath(client, merzig):
    photo = ImageFactory(
        description="Menschen an einem langen Tisch im Rathaussaal",
        credit="Foto: © Kreisstadt Merzig / Pressestelle",
    )
    release = PressReleaseFactory(
        town=merzig,
        title="Dialog im Rathaus",
        body=json.dumps([image_block(photo, caption="Der Dialogabend am Montag")]),
    )
    html = soup(visit(client, merzig, path_of(release)))
    figure = html.find("main").find("figure", class_="wo-figure")
    assert figure.find("img")["alt"] == "Menschen an einem langen Tisch im Rathaussaal"
    caption = figure.find("figcaption")
    assert "Der Dialogabend am Montag" in caption.get_text()
    assert caption.find(class_="wo-figure__credit").get_text(strip=True) == (
        "Foto: © Kreisstadt Merzig / Pressestelle"
    )


def test_a_release_shows_its_press_contact(client, merzig):
    contact = Person.objects.create(
        name="Anna Beispiel",
        role="Pressesprecherin",
        phone="06861 0123-45",
        email="presse@merzig.example",
    )
    release = PressReleaseFactory(town=merzig, title="Neue Beratungsstelle", press_contact=contact)
    html = soup(visit(client, merzig, path_of(release)))
    box = html.find("aside", attrs={"aria-labelledby": "heading-press"})
    assert box.find("h2").get_text(strip=True) == "Pressekontakt"
    assert "Anna Beispiel" in box.get_text()
    assert "Pressesprecherin" in box.get_text()
    assert box.find("a", href="mailto:presse@merzig.example")
    assert box.find("a", href="tel:068610123-45")


def test_the_more_box_links_live_related_pages(client, merzig):
    event = EventFactory(
        town=merzig, title="Dialogabend", start=berlin(2024, 5, 6, 18), end=berlin(2024, 5, 6, 20)
    )
    edition = ConceptEditionFactory(town=merzig, title="Integrationskonzept Merzig", year=2019)
    release = PressReleaseFactory(
        town=merzig, title="Einladung", related_event=event, related_concept=edition
    )
    html = soup(visit(client, merzig, path_of(release)))
    box = html.find("aside", attrs={"aria-labelledby": "heading-related"})
    assert [(a.get_text(strip=True), a["href"]) for a in box.find_all("a")] == [
        ("Integrationskonzept Merzig", path_of(edition)),
        ("Dialogabend", path_of(event)),
    ]


@pytest.mark.parametrize("state", [DRAFT, UNPUBLISHED])
def test_a_related_page_that_is_not_live_does_not_appear_in_the_more_box(client, merzig, state):
    event = EventFactory(
        town=merzig,
        title="Geheimer Termin",
        start=berlin(2024, 5, 6, 18),
        end=berlin(2024, 5, 6, 20),
        state=state,
    )
    edition = ConceptEditionFactory(town=merzig, title="Konzept in Arbeit", year=2025, state=state)
    release = PressReleaseFactory(
        town=merzig, title="Einladung", related_event=event, related_concept=edition
    )
    response = visit(client, merzig, path_of(release))
    html = soup(response)
    assert html.find("aside", attrs={"aria-labelledby": "heading-related"}) is None
    assert "Mehr dazu" not in html.get_text()
    assert "Geheimer Termin" not in html.get_text()
    assert "Konzept in Arbeit" not in html.get_text()


def test_the_fields_of_action_link_to_the_municipality_s_field_pages(client, merzig, releases):
    html = soup(visit(client, merzig, path_of(releases["new"])))
    tags = html.find("ul", class_="wo-tags")
    assert [(a.get_text(strip=True), a["href"]) for a in tags.find_all("a")] == [
        ("Sprache", "/de/handlungsfeld/sprache/"),
        ("Wohnen", "/de/handlungsfeld/wohnen/"),
    ]


def test_the_home_page_shows_the_three_latest_live_releases(client, merzig, releases):
    html = soup(visit(client, merzig, "/"))
    section = html.find("section", attrs={"aria-labelledby": "heading-news"})
    titles = [h.get_text(strip=True) for h in section.find_all("h3")]
    assert titles == ["Beirat gewählt", "Wohnprojekt startet", "Sprachcafé eröffnet"]


def test_the_listing_advertises_its_feeds(client, merzig, releases):
    html = soup(visit(client, merzig, "/de/presse/"))
    alternates = {link["type"]: link["href"] for link in html.find_all("link", rel="alternate")}
    assert alternates == {
        "application/rss+xml": "/de/presse/feed/rss/",
        "application/atom+xml": "/de/presse/feed/atom/",
    }


def test_an_event_page_shows_local_times_and_carries_event_data(client, merzig):
    event = EventFactory(
        town=merzig,
        title="Fest der Kulturen",
        start=berlin(2030, 7, 4, 14),
        end=berlin(2030, 7, 4, 22),
        venue="Stadtpark",
        address="Parkstraße 1, 66663 Merzig",
    )
    html = soup(visit(client, merzig, path_of(event)))
    when = html.find("dl", class_="wo-meta").find("dd").get_text(" ", strip=True)
    assert "4. Juli 2030, 14:00" in when and "22:00" in when
    data = json.loads(html.find("script", type="application/ld+json").string)
    assert data["@type"] == "Event"
    assert data["name"] == "Fest der Kulturen"
    from datetime import datetime

    assert datetime.fromisoformat(data["startDate"]) == berlin(2030, 7, 4, 14)
    assert data["location"] == {
        "@type": "Place",
        "name": "Stadtpark",
        "address": "Parkstraße 1, 66663 Merzig",
    }
    assert data["url"] == "http://merzig.localhost/de/veranstaltungen/fest-der-kulturen/"
    assert data["organizer"]["name"] == "Kreisstadt Merzig"


def test_events_upcoming_and_documented_are_listed_apart(client, merzig):
    EventFactory(
        town=merzig,
        title="Sommerfest",
        start=berlin(2099, 7, 1, 15),
        end=berlin(2099, 7, 1, 20),
        venue="Stadtpark",
    )
    EventFactory(
        town=merzig, title="Auftakt 2017", start=berlin(2017, 3, 2, 17), end=berlin(2017, 3, 2, 20)
    )
    EventFactory(
        town=merzig,
        title="Geplanter Workshop",
        start=berlin(2099, 8, 1, 15),
        end=berlin(2099, 8, 1, 18),
        state=DRAFT,
    )
    html = soup(visit(client, merzig, "/de/veranstaltungen/"))
    upcoming = html.find("section", attrs={"aria-labelledby": "heading-upcoming"})
    past = html.find("section", attrs={"aria-labelledby": "heading-past"})
    assert [h.get_text(strip=True) for h in upcoming.find_all("h3")] == ["Sommerfest"]
    assert [h.get_text(strip=True) for h in past.find_all("h3")] == ["Auftakt 2017"]
    assert "Geplanter Workshop" not in html.get_text()


def test_the_event_index_shows_ten_events_a_page_upcoming_first(client, merzig):
    for n in range(12):
        EventFactory(
            town=merzig,
            title=f"Termin {n:02d}",
            start=berlin(2099, 1, 1 + n, 10),
            end=berlin(2099, 1, 1 + n, 12),
        )
    for n in range(3):
        EventFactory(
            town=merzig,
            title=f"Rückblick {n}",
            start=berlin(2018, 1, 1 + n, 10),
            end=berlin(2018, 1, 1 + n, 12),
        )
    first = soup(visit(client, merzig, "/de/veranstaltungen/"))
    titles = [h.get_text(strip=True) for h in first.find_all("h3")]
    assert titles == [f"Termin {n:02d}" for n in range(10)]
    assert not first.find("section", attrs={"aria-labelledby": "heading-past"})
    nav = first.find("nav", class_="wo-pagination")
    assert nav.find("a", rel="next")["href"] == "?seite=2"
    assert not nav.find("a", rel="prev")
    second = soup(visit(client, merzig, "/de/veranstaltungen/?seite=2"))
    upcoming = second.find("section", attrs={"aria-labelledby": "heading-upcoming"})
    past = second.find("section", attrs={"aria-labelledby": "heading-past"})
    assert [h.get_text(strip=True) for h in upcoming.find_all("h3")] == ["Termin 10", "Termin 11"]
    assert [h.get_text(strip=True) for h in past.find_all("h3")] == [
        "Rückblick 2",
        "Rückblick 1",
        "Rückblick 0",
    ]
    assert second.find("nav", class_="wo-pagination").find("a", rel="prev")
    # an address no page has gets the last page, never an error
    assert visit(client, merzig, "/de/veranstaltungen/?seite=abc").status_code == 200
    assert visit(client, merzig, "/de/veranstaltungen/?seite=99").status_code == 200


@pytest.mark.parametrize(
    "path, table, make",
    [
        (
            "/de/presse/",
            "news_pressreleasepage",
            lambda town, title: PressReleaseFactory(
                town=town, title=title, date=berlin(2030, 1, 1, 9)
            ),
        ),
        (
            "/de/veranstaltungen/",
            "news_eventpage",
            lambda town, title: EventFactory(
                town=town, title=title, start=berlin(2099, 1, 1, 9), end=berlin(2099, 1, 1, 11)
            ),
        ),
    ],
)
def test_a_kept_listing_is_read_once_and_follows_publishing(client, merzig, path, table, make):
    """The press and event listings are rendered once for all readers ({% kept %}):
    read again, they cost no query for their rows; publishing or withdrawing
    a page of the municipality shows at once."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make(merzig, "Erste Seite")
    assert "Erste Seite" in visit(client, merzig, path).content.decode()
    with CaptureQueriesContext(connection) as again:
        assert "Erste Seite" in visit(client, merzig, path).content.decode()
    read = [q["sql"] for q in again.captured_queries if f'FROM "{table}"' in q["sql"]]
    assert all("COUNT(" in sql for sql in read), read  # at most the numbers for the pages
    second = make(merzig, "Zweite Seite")
    assert "Zweite Seite" in visit(client, merzig, path).content.decode()
    second.unpublish()
    assert "Zweite Seite" not in visit(client, merzig, path).content.decode()
