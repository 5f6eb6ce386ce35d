"""Progress over time: charts and tables show the same numbers, the data round trips
as CSV and JSON, nothing unpublished appears anywhere, and Arabic is mirrored."""

import json
import re

import pytest
import tablib
from django.utils import translation
from wagtail.models import Locale

from concepts.progress.data import edition_progress, format_number
from tests import progress_world
from tests.helpers import channels, path_of, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

SECRETS = (
    "Geheimnotiz",
    "Bericht Geheimentwurf",
    "Selbstcheck Entwurf",
    "Neuentwurfsnotiz",
    "777777",
    "777.777",
    "424242",
    "424.242",
)


def shows(secret, text):
    """Whether text holds secret as a word of its own: a number that happens to
    sit inside an element's UUID or another number is no leak."""
    return re.search(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])", text)


@pytest.fixture(scope="module")
def world(shared_towns):
    return progress_world.build(shared_towns["merzig"])


@pytest.fixture
def town(world, merzig):
    return merzig


def charts_and_tables(html):
    """[(numbers labelled in the chart, numbers in its table)] for every chart."""
    pairs = []
    for table in html.select("table.wo-chart-table"):
        svg = html.find(id=f"{table['data-chart']}-title").parent
        drawn = sorted(t.get_text() for t in svg.select("text.wo-chart__value"))
        shown = sorted(
            td.get_text(strip=True)
            for td in table.select("td.wo-value")
            if td.get_text(strip=True) not in ("0", "–")
        )
        pairs.append((drawn, shown))
    return pairs


@pytest.mark.parametrize("which", ["overview", "edition"])
def test_every_chart_labels_exactly_the_numbers_of_its_table(client, world, town, which):
    html = soup(visit(client, town, path_of(world[which])))
    pairs = charts_and_tables(html)
    assert len(pairs) >= 3 if which == "edition" else 4
    for drawn, shown in pairs:
        assert drawn and drawn == shown
    svg = html.select_one("svg.wo-chart__svg")
    assert svg["role"] == "img" and svg.title.get_text() and svg.desc.get_text()
    assert "http" not in svg.decode().replace("http://www.w3.org/2000/svg", "")


def test_the_numbers_are_the_ones_published(client, world, town):
    html = soup(visit(client, town, path_of(world["overview"])))
    text = html.get_text(" ", strip=True)
    assert "1.450" in text and "33,25" in text  # German grouping and decimal comma
    status = html.find(id="overview-status-table").find_parent("table")
    totals = [td.get_text() for td in status.select("tr")[-1].select("td")]
    # planned: Sprachpaten; started: none left; done: Sprachcafé; postponed: Wohnberatung
    assert totals == ["1", "0", "1", "1", "0"]
    edition = soup(visit(client, town, path_of(world["edition"])))
    row = edition.find("th", string=lambda s: s and "Sprachcafé im Rathaus" in s).parent
    assert "umgesetzt" in row.get_text() and "Abgeschlossen" in row.get_text()


def test_csv_and_json_round_trip_to_the_same_numbers(client, world, town):
    base = path_of(world["overview"])
    csv = visit(client, town, base + "daten/csv/")
    assert csv["Content-Type"].startswith("text/csv")
    assert 'rel="license"' in csv["Link"]
    rows = tablib.Dataset().load(csv.content.decode(), format="csv").dict
    data = json.loads(visit(client, town, base + "daten/json/").content)
    assert data["lizenz"]["name"] == "Datenlizenz Deutschland – Namensnennung – 2.0"
    assert all(r["lizenz"].startswith("Datenlizenz Deutschland") for r in rows)
    from_csv = sorted(
        (r["kennzahl"], int(r["jahr"]), float(r["wert"]))
        for r in rows
        if r["tabelle"] == "kennzahlen"
    )
    from_json = sorted((r["kennzahl"], r["jahr"], r["wert"]) for r in data["kennzahlen"])
    progress = edition_progress(world["edition"])
    from_data = sorted(
        (s.name, year, float(value)) for s in progress.indicators for year, value, _n in s.points
    )
    assert from_csv == from_json == from_data
    assert ("Teilnehmende an Sprachkursen", 2022, 1450.0) in from_data
    checks = sorted(
        (r["datum"], int(r["einschaetzung"])) for r in rows if r["tabelle"] == "selbstcheck"
    )
    assert checks == sorted((r["datum"], r["einschaetzung"]) for r in data["selbstcheck"])
    assert len(checks) == 4
    measures = {r["massnahme"]: r["stand"] for r in data["massnahmen"]}
    assert measures == {
        "Sprachcafé im Rathaus": "done",
        "Sprachpaten": "planned",
        "Wohnberatung": "postponed",
    }


def test_the_licence_is_the_municipality_s_own(client, world, town):
    from home.models import MunicipalitySettings

    settings = MunicipalitySettings.for_site(town.site)
    settings.data_licence, settings.data_licence_url = (
        "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    )
    settings.save()
    data = json.loads(visit(client, town, path_of(world["overview"]) + "daten/json/").content)
    assert data["lizenz"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert "CC BY 4.0" in soup(visit(client, town, path_of(world["overview"]))).get_text()


def test_nothing_unpublished_appears_on_any_channel(client, world, town):
    base = path_of(world["overview"])
    pages = {
        "overview": base,
        "csv": base + "daten/csv/",
        "json": base + "daten/json/",
        "edition": path_of(world["edition"]),
        "edition csv": path_of(world["edition"]) + "daten/csv/",
        "field": "/handlungsfeld/sprache/",
        "api": f"/api/v2/pages/{world['edition'].pk}/",
        "api overview": f"/api/v2/pages/{world['overview'].pk}/",
    }
    for name, path in pages.items():
        response = visit(client, town, path)
        assert response.status_code == 200, name
        text = response.content.decode()
        for secret in SECRETS:
            assert not shows(secret, text), (name, secret)
    for name, text in channels(client, town, "Geheimnotiz").items():
        for secret in SECRETS[:4]:
            assert not shows(secret, text), (name, secret)
    draft = world["edition"].get_children().get(title="Bericht Geheimentwurf")
    assert visit(client, town, path_of(draft.specific)).status_code == 404
    assert json.loads(visit(client, town, pages["api"]).content)["progress"]["kennzahlen"]


def test_the_field_page_shows_its_indicators_with_their_trend(client, world, town):
    html = soup(visit(client, town, "/handlungsfeld/sprache/"))
    text = html.get_text(" ", strip=True)
    assert "Teilnehmende an Sprachkursen" in text and "Ziel erreicht" in text
    assert "Anteil Beschäftigte" not in text


def test_arabic_is_mirrored_and_writes_its_own_numbers(client, world, town):
    arabic = Locale.objects.get(language_code="ar")
    overview = world["overview"]
    translated = overview.copy_for_translation(arabic, copy_parents=True)
    translated.save_revision().publish()
    page = soup(visit(client, town, path_of(translated)))
    german = soup(visit(client, town, path_of(overview)))
    ar_svg, de_svg = page.select_one("svg.wo-chart__svg"), german.select_one("svg.wo-chart__svg")
    ar_rect, de_rect = ar_svg.select(":scope > rect")[0], de_svg.select(":scope > rect")[0]
    assert float(de_rect["x"]) == 0
    assert float(ar_rect["x"]) + float(ar_rect["width"]) == 640  # the legend starts on the right
    assert de_svg.select("text")[0]["text-anchor"] == "start"
    assert ar_svg.select("text")[0]["text-anchor"] == "end"
    with translation.override("ar"):
        expected = format_number(1450)
    assert expected in [t.get_text() for t in page.select("text.wo-chart__value")]
    assert page.html["dir"] == "rtl"
    for drawn, shown in charts_and_tables(page):
        assert drawn == shown
