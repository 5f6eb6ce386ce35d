"""Sign-language videos (BITV 2.0 § 4, Anlage 2): checked on upload, served to readers
only from a live DGS page of their own municipality, with range requests."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from demo.accessibility import render_video
from home.models import SignLanguagePageVideo, SignLanguageVideo
from tests.helpers import soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

EMPTY_RICH_TEXT = json.dumps({"blocks": [], "entityMap": {}})


@pytest.fixture(scope="module")
def files():
    """Tiny generated videos, made once for the module (a few frames each)."""
    return {
        "good.mp4": render_video(["gut"], 320, 240, 25, frames=3),
        "good.webm": render_video(["gut"], 320, 240, 25, frames=3, container="webm"),
        "small.mp4": render_video(["klein"], 160, 120, 25, frames=3),
        "slow.mp4": render_video(["langsam"], 320, 240, 10, frames=3),
    }


def upload(client, town, name, data, captions=None):
    fields = {
        "site": town.site.pk,
        "title": f"Erklärvideo {name}",
        "file": SimpleUploadedFile(name, data),
        "transcript": EMPTY_RICH_TEXT,
    }
    if captions is not None:
        fields["captions"] = SimpleUploadedFile("untertitel.vtt", captions)
    return client.post(reverse("wagtailsnippets_home_signlanguagevideo:add"), fields)


def fetch(client, town, path, **headers):
    """GET an address without language prefix (the videos') on a town's host."""
    return client.get(path, HTTP_HOST=town.host, **headers)


def errors_of(response):
    assert response.status_code == 200, response.status_code
    return " ".join(soup(response).get_text(" ").split())


@pytest.fixture
def editor(client, voelklingen, role_user):
    client.force_login(role_user(voelklingen, "redaktion"))
    return client


@pytest.mark.parametrize("name", ["good.mp4", "good.webm"])
def test_a_video_meeting_anlage_2_is_saved_with_its_facts(editor, voelklingen, files, name):
    response = upload(editor, voelklingen, name, files[name], captions=b"WEBVTT\n\n")
    assert response.status_code == 302, errors_of(response)
    video = SignLanguageVideo.objects.get()
    assert (video.width, video.height, video.frame_rate) == (320, 240, 25)
    assert video.content_type == f"video/{name.rsplit('.', 1)[1]}"
    assert video.file_size == len(files[name]) and video.duration > 0
    assert video.site == voelklingen.site


@pytest.mark.parametrize(
    "name, stored_as, message",
    [
        (
            "small.mp4",
            "small.mp4",
            "Das Video hat 160 × 120 Pixel; nötig sind mindestens 320 × 240",
        ),
        ("slow.mp4", "slow.mp4", "Das Video hat 10 Bilder pro Sekunde; nötig sind mindestens 25"),
        ("good.mp4", "video.avi", "Bitte ein Video im Format MP4 oder WebM hochladen"),
        ("good.webm", "video.mp4", "Bitte ein Video im Format MP4 oder WebM hochladen"),
    ],
)
def test_a_failing_video_gets_a_german_message_and_nothing_is_saved(
    editor, voelklingen, files, name, stored_as, message
):
    text = errors_of(upload(editor, voelklingen, stored_as, files[name]))
    assert message in text
    assert not SignLanguageVideo.objects.exists()


def test_a_damaged_file_and_bad_captions_are_refused(editor, voelklingen, files):
    text = errors_of(upload(editor, voelklingen, "kaputt.mp4", b"\x00\x00\x00 ftypmp42" * 10))
    assert "Die Datei lässt sich nicht als Video lesen" in text
    text = errors_of(upload(editor, voelklingen, "good.mp4", files["good.mp4"], b"<html>"))
    assert "Untertitel bitte als WebVTT-Datei" in text
    assert not SignLanguageVideo.objects.exists()


def test_an_editor_cannot_file_a_video_under_another_municipality(editor, merzig, files):
    text = errors_of(upload(editor, merzig, "good.mp4", files["good.mp4"]))
    assert "Bitte eine gültige Auswahl treffen" in text
    assert not SignLanguageVideo.objects.exists()


# --- Serving ------------------------------------------------------------------


def shown_video(town, files, live=True):
    """A video of `town` on its DGS page (published, or only in a draft)."""
    from django.core.files.base import ContentFile

    video = SignLanguageVideo(
        site=town.site,
        title="Was auf dieser Website steht",
        width=320,
        height=240,
        frame_rate=25,
        duration=65.4,
        file_size=len(files["good.mp4"]),
    )
    video.file.save("good.mp4", ContentFile(files["good.mp4"]), save=False)
    video.captions.save("u.vtt", ContentFile(b"WEBVTT\n\n"), save=False)
    video.save()
    page = town.sign_language
    SignLanguagePageVideo.objects.create(page=page, video=video)
    if not live:
        page.unpublish()
    return video


def test_the_dgs_page_offers_the_video_without_autoplay_and_a_described_download(
    client, voelklingen, files
):
    video = shown_video(voelklingen, files)
    html = soup(visit(client, voelklingen, "/gebaerdensprache/"))
    player = html.find("video")
    assert "autoplay" not in player.attrs and "controls" in player.attrs
    assert player.find("source")["src"] == f"/gebaerdensprache/video/{video.pk}/"
    assert player.find("track")["kind"] == "captions"
    download = html.find("a", href=f"/gebaerdensprache/video/{video.pk}/download/")
    label = " ".join(download.get_text().split())
    # Format, file size and duration, as Anlage 2 asks.
    assert label.startswith("Video herunterladen (MP4, ") and label.endswith(" KB, 1:05 Minuten)")


def test_range_requests_are_answered_with_206_and_416(client, voelklingen, files):
    video = shown_video(voelklingen, files)
    size = len(files["good.mp4"])
    url = f"/gebaerdensprache/video/{video.pk}/"
    whole = fetch(client, voelklingen, url)
    assert whole.status_code == 200 and whole["Accept-Ranges"] == "bytes"
    assert b"".join(whole.streaming_content) == files["good.mp4"]
    part = fetch(client, voelklingen, url, HTTP_RANGE="bytes=10-19")
    assert part.status_code == 206 and part["Content-Range"] == f"bytes 10-19/{size}"
    assert b"".join(part.streaming_content) == files["good.mp4"][10:20]
    tail = fetch(client, voelklingen, url, HTTP_RANGE="bytes=-5")
    assert b"".join(tail.streaming_content) == files["good.mp4"][-5:]
    beyond = fetch(client, voelklingen, url, HTTP_RANGE=f"bytes={size}-")
    assert beyond.status_code == 416 and beyond["Content-Range"] == f"bytes */{size}"
    download = fetch(client, voelklingen, f"{url}download/")
    assert download["Content-Disposition"].startswith("attachment;")
    captions = fetch(client, voelklingen, f"{url}untertitel.vtt")
    assert captions["Content-Type"].startswith("text/vtt")


def test_a_video_only_on_a_draft_page_or_of_another_town_answers_404(
    client, voelklingen, merzig, files
):
    hidden = shown_video(voelklingen, files, live=False)
    for suffix in ("", "download/", "untertitel.vtt"):
        assert (
            fetch(client, voelklingen, f"/gebaerdensprache/video/{hidden.pk}/{suffix}").status_code
            == 404
        )
    other = shown_video(merzig, files)
    assert fetch(client, voelklingen, f"/gebaerdensprache/video/{other.pk}/").status_code == 404
    assert fetch(client, merzig, f"/gebaerdensprache/video/{other.pk}/").status_code == 200


def test_members_of_another_municipality_see_nothing_of_its_videos(
    client, voelklingen, merzig, files, role_user
):
    video = shown_video(voelklingen, files)
    client.force_login(role_user(merzig, "redaktion"))
    listing = client.get(reverse("wagtailsnippets_home_signlanguagevideo:list"))
    assert listing.status_code == 200 and video.title not in listing.content.decode()
    edit = client.get(reverse("wagtailsnippets_home_signlanguagevideo:edit", args=[video.pk]))
    assert edit.status_code == 404
    chooser = client.get(reverse("wagtailsnippetchoosers_home_signlanguagevideo:choose"))
    assert video.title not in chooser.content.decode()
