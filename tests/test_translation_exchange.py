"""PO files for translation agencies: a section out as a ZIP, the translations
back in as a draft, and nothing else touched by a bad or foreign file."""

import io
import zipfile

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale

from tests.factories import PressReleaseFactory
from tests.helpers import channels_showing

URL = "/admin/uebersetzungen/austausch/"


@pytest.fixture
def section(voelklingen):
    PressReleaseFactory(
        town=voelklingen, title="Sprachcafé eröffnet", slug="sprachcafe", lead="Jeden Dienstag."
    )
    return voelklingen.news


def download(client, user, section, language="en", subpages=True):
    client.force_login(user)
    data = {"export": "1", "section": str(section.pk), "language": language}
    if subpages:
        data["include_subpages"] = "on"
    response = client.post(URL, data)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: polib.pofile(archive.read(name).decode()) for name in archive.namelist()}


def upload(client, files, name="uebersetzt.zip"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for filename, po in files.items():
            archive.writestr(filename, str(po))
    return client.post(URL, {"upload": SimpleUploadedFile(name, buffer.getvalue())})


def translate_all(files):
    for po in files.values():
        for entry in po:
            entry.msgstr = entry.msgid if entry.msgid.islower() else f"EN {entry.msgid}"
    return files


def test_a_section_goes_out_as_one_po_file_per_page(client, voelklingen, section, role_user):
    editor = role_user(voelklingen, "redaktion")
    files = download(client, editor, section)
    assert sorted(files) == ["en/presse.po", "en/presse/sprachcafe.po"]
    release = files["en/presse/sprachcafe.po"]
    assert "Sprachcafé eröffnet" in [entry.msgid for entry in release]
    assert release.metadata["X-WagtailLocalize-TranslationID"]
    assert list(download(client, editor, section, subpages=False)) == ["en/presse.po"]


def test_translations_come_back_as_a_draft_that_the_public_cannot_see(
    client, voelklingen, section, role_user
):
    editor = role_user(voelklingen, "redaktion")
    files = translate_all(download(client, editor, section))
    response = upload(client, files)
    assert response.status_code == 200
    assert "2 Übersetzung(en) als Entwurf gespeichert." in response.content.decode()
    english = Locale.objects.get(language_code="en")
    release = voelklingen.news.get_children().get(slug="sprachcafe").specific
    translated = release.get_translation(english).specific
    assert not translated.live
    assert translated.get_latest_revision_as_object().title == "EN Sprachcafé eröffnet"
    # A draft reaches no public channel, in any language.
    assert channels_showing(client, voelklingen, "EN Sprachcafé") == set()
    assert client.get("/en/presse/sprachcafe/", HTTP_HOST=voelklingen.host).status_code != 200


def test_a_file_that_is_not_a_po_file_is_refused_with_a_message(
    client, voelklingen, section, role_user
):
    client.force_login(role_user(voelklingen, "redaktion"))
    response = client.post(URL, {"upload": SimpleUploadedFile("brief.docx", b"PK\x03\x04kaputt")})
    assert response.status_code == 200
    assert "Bitte eine PO-Datei oder ein ZIP-Archiv mit PO-Dateien hochladen." in (
        response.content.decode()
    )
    response = client.post(URL, {"upload": SimpleUploadedFile("x.po", b'msgid "a\nmsgstr')})
    assert "Keine lesbare PO-Datei." in response.content.decode()


def test_a_po_file_of_another_municipality_is_not_imported(
    client, voelklingen, merzig, section, role_user
):
    files = translate_all(download(client, role_user(voelklingen, "redaktion"), section))
    client.force_login(role_user(merzig, "redaktion"))
    response = upload(client, files)
    assert response.content.decode().count("Sie dürfen diese Seite nicht bearbeiten.") == 2
    english = Locale.objects.get(language_code="en")
    assert section.get_translation_or_none(english) is None


def test_editors_are_offered_only_their_own_sections(client, voelklingen, merzig, role_user):
    client.force_login(role_user(merzig, "redaktion"))
    html = client.get(URL).content.decode()
    assert "Kreisstadt Merzig – Pressemitteilungen" in html
    assert "Völklingen" not in html
    response = client.post(
        URL, {"export": "1", "section": str(voelklingen.news.pk), "language": "en"}
    )
    assert response["Content-Type"].startswith("text/html")  # the form again, no ZIP


def test_the_menu_shows_the_exchange_to_editors_only(client, voelklingen, role_user):
    client.force_login(role_user(voelklingen, "redaktion"))
    assert URL in client.get("/admin/").content.decode()
    client.force_login(role_user(voelklingen, "beirat"))
    assert URL not in client.get("/admin/").content.decode()
