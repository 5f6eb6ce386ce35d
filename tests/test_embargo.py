"""Sperrfrist and expiry: a scheduled press release appears on every channel
when the scheduler runs after its go-live time, not a second before, and
disappears when it runs after its expiry. Time is moved by patching
django.utils.timezone.now, which Wagtail's publish_scheduled reads."""

import io
import os
import signal
from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import PressReleasePage
from tests.factories import DRAFT, PressReleaseFactory
from tests.helpers import channels_showing, path_of, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

# Every channel that lists press releases.
RELEASE_CHANNELS = {
    "Startseite",
    "Pressemitteilungen",
    "RSS",
    "Atom",
    "Sitemap",
    "API Seiten",
    "Suche",
    "API Suche",
}


@contextmanager
def clock(moment):
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def scheduler_runs_at(moment):
    with clock(moment):
        call_command("publish_scheduled", stdout=io.StringIO())


def schedule(town, go_live, expire):
    page = PressReleaseFactory(town=town, title="Sperrfristmeldung Haushalt", state=DRAFT)
    page.go_live_at = go_live
    page.expire_at = expire
    page.save_revision().publish()
    return PressReleasePage.objects.get(pk=page.pk)


def test_a_scheduled_release_appears_at_go_live_and_disappears_at_expiry(
    client, voelklingen, merzig
):
    start = timezone.now().replace(microsecond=0)
    go_live, expire = start + timedelta(days=2), start + timedelta(days=5)
    release = schedule(voelklingen, go_live, expire)
    url = "/de/presse/sperrfristmeldung-haushalt/"

    def seen():
        release.refresh_from_db()
        shown = channels_showing(client, voelklingen, "Sperrfristmeldung")
        return shown, release.live, visit(client, voelklingen, url).status_code

    assert not release.live
    assert seen()[0] == set()

    scheduler_runs_at(go_live - timedelta(seconds=1))
    shown, live, _ = seen()
    assert (shown, live) == (set(), False)
    assert visit(client, voelklingen, url).status_code == 404

    scheduler_runs_at(go_live + timedelta(seconds=1))
    shown, live, status = seen()
    assert live and status == 200
    assert path_of(release) == url
    assert shown == RELEASE_CHANNELS
    # never on another municipality's channels
    assert channels_showing(client, merzig, "Sperrfristmeldung") == set()

    scheduler_runs_at(expire - timedelta(seconds=1))
    assert seen()[0] == RELEASE_CHANNELS

    scheduler_runs_at(expire + timedelta(seconds=1))
    shown, live, _ = seen()
    assert (shown, live) == (set(), False)
    assert visit(client, voelklingen, url).status_code == 404
    release.refresh_from_db()
    assert release.expired


def test_an_embargoed_new_version_of_a_live_release_waits_for_its_time(client, voelklingen):
    release = PressReleaseFactory(town=voelklingen, title="Bekannte Meldung")
    go_live = timezone.now().replace(microsecond=0) + timedelta(hours=3)
    release.title = "Bekannte Meldung mit Sperrvermerk"
    release.go_live_at = go_live
    release.save_revision().publish()
    scheduler_runs_at(go_live - timedelta(seconds=1))
    assert channels_showing(client, voelklingen, "Sperrvermerk") == set()
    listed = RELEASE_CHANNELS - {"Sitemap"}  # the sitemap lists addresses, not titles
    assert channels_showing(client, voelklingen, "Bekannte Meldung") == listed
    scheduler_runs_at(go_live + timedelta(seconds=1))
    assert channels_showing(client, voelklingen, "Sperrvermerk") == listed


def test_run_scheduler_publishes_what_is_due(voelklingen):
    now = timezone.now()
    release = schedule(voelklingen, now + timedelta(minutes=1), None)
    out = io.StringIO()
    with clock(now + timedelta(minutes=2)):
        call_command("run_scheduler", "--once", stdout=out)
    release.refresh_from_db()
    assert release.live
    assert "1 veröffentlicht, 0 abgelaufen" in out.getvalue()


def test_run_scheduler_loops_until_it_is_told_to_stop(voelklingen):
    from home.management.commands.run_scheduler import Command

    runs = []

    def run_once(self):
        runs.append(1)
        if len(runs) == 3:
            os.kill(os.getpid(), signal.SIGTERM)

    before = signal.getsignal(signal.SIGTERM)
    out = io.StringIO()
    with mock.patch.object(Command, "run_once", run_once):
        call_command("run_scheduler", "--interval", "0.01", stdout=out)
    assert len(runs) == 3
    assert "beendet nach 3" in out.getvalue()
    assert signal.getsignal(signal.SIGTERM) is before
