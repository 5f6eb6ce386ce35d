"""Importing indicator values from a CSV file: a German message per bad row, nothing
half-imported, and the values wait in a draft until someone publishes the report."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from concepts.progress.importer import import_values
from concepts.progress.models import IndicatorValue, ProgressReportPage
from tests import progress_world
from tests.helpers import path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


@pytest.fixture(scope="module")
def world(shared_towns):
    return progress_world.build(shared_towns["merzig"])


@pytest.fixture
def report(world, merzig):
    return ProgressReportPage.objects.get(title="Bericht 2022")


def stored(report):
    return sorted(
        (v.indicator, v.year, str(v.value)) for v in IndicatorValue.objects.filter(page=report)
    )


BAD_FILES = {
    "empty": (b"", "Die Datei ist leer."),
    "not utf-8": ("kennzahl;jahr;wert\nÄrger;2023;1\n".encode("latin-1"), "nicht in UTF-8"),
    "binary": (b"\x00\x01PK\x03\x04", "keine CSV-Datei"),
    "missing column": (
        b"kennzahl,jahr\nAnteil Besch\xc3\xa4ftigte,2023\n",
        "Es fehlen die Spalten: wert.",
    ),
    "only a header": (b"kennzahl,jahr,wert\n", "enthält keine Werte"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_file_that_cannot_be_read_gets_one_message_and_changes_nothing(report, name):
    data, message = BAD_FILES[name]
    before, revisions = stored(report), report.revisions.count()
    count, errors = import_values(report, data, None)
    assert count == 0 and len(errors) == 1 and message in errors[0]
    assert stored(report) == before and report.revisions.count() == revisions


def test_every_bad_row_is_named_and_nothing_is_half_imported(report):
    data = (
        "Kennzahl;Jahr;Wert;Anmerkung\n"
        "Anteil Beschäftigte;2023;34,5;gut\n"  # good, must not be saved alone
        "Unbekannte Zahl;2023;1;\n"
        "Anteil Beschäftigte;20x3;1;\n"
        "Anteil Beschäftigte;2024;viel;\n"
        ";2024;1;\n"
        "Anteil Beschäftigte;2023;35;doppelt\n"
    ).encode()
    before, revisions = stored(report), report.revisions.count()
    count, errors = import_values(report, data, None)
    assert count == 0
    assert errors == [
        "Zeile 3: Die Kennzahl „Unbekannte Zahl“ gibt es in dieser Ausgabe nicht.",
        "Zeile 4: „20x3“ ist keine Jahreszahl zwischen 1900 und 2100.",
        "Zeile 5: „viel“ ist keine Zahl.",
        "Zeile 6: Die Kennzahl fehlt.",
        "Zeile 7: Kennzahl und Jahr stehen schon in Zeile 2.",
    ]
    assert stored(report) == before and report.revisions.count() == revisions


def test_a_good_file_becomes_a_draft_and_appears_only_once_published(client, world, report, merzig):
    data = (
        "kennzahl,jahr,wert\n"
        'Anteil Beschäftigte,2023,"1.234,5"\n'
        "Teilnehmende an Sprachkursen,2023,1500\n"
    )
    count, errors = import_values(report, data.encode(), None)
    assert (count, errors) == (2, [])
    overview = path_of(world["overview"])
    assert "1.234,5" not in visit(client, merzig, overview).content.decode()
    draft = report.get_latest_revision_as_object()
    assert ("quote", 2023) in {(v.indicator, v.year) for v in draft.indicator_values.all()}
    # The preview shows the imported value in the report's chart and table.
    preview = draft.make_preview_request().render().content.decode()
    assert preview.count("1.234,5") >= 2  # chart label and table cell
    report.get_latest_revision().publish()
    assert "1.234,5" in visit(client, merzig, overview).content.decode()


def test_the_admin_view_answers_a_bad_file_with_400_and_its_messages(client, report, merzig):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("progress-admin", "a@example.org", "x")
    client.force_login(admin)
    url = reverse("progress_import", args=[report.pk])
    assert client.get(url).status_code == 200
    upload = SimpleUploadedFile("werte.csv", b"kennzahl,jahr,wert\nNichts,2023,1\n", "text/csv")
    response = client.post(url, {"upload": upload})
    assert response.status_code == 400
    assert (
        "Zeile 2: Die Kennzahl „Nichts“ gibt es in dieser Ausgabe nicht."
        in response.content.decode()
    )
    good = SimpleUploadedFile(
        "werte.csv", b"kennzahl,jahr,wert\nAnteil Besch\xc3\xa4ftigte,2024,36\n"
    )
    response = client.post(url, {"upload": good})
    assert response.status_code == 302


def test_a_stranger_may_not_import(client, report, voelklingen, role_user):
    client.force_login(role_user(voelklingen, "integrationsbuero"))
    assert client.get(reverse("progress_import", args=[report.pk])).status_code in (403, 404)
