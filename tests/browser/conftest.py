"""Fixtures for the real-browser gates: the demo on a live server, and Chromium.

The demo content is loaded once per test session into the test database
(about five seconds) and served by one live server thread. Browser tests do not
use pytest-django's ``live_server`` fixture on purpose: that fixture flushes the
database after every test, which would throw the demo away each time. Instead

* ``demo`` snapshots the freshly migrated database, loads the demo, starts the
  server and points the demo sites at its port (so that every absolute URL the
  site writes, canonical links and sitemaps included, leads back to it);
* at the end of the session it empties the database and restores the snapshot,
  so tests that run later, or a ``--reuse-db`` run, find the database as the
  migrations left it.

Browser tests carry ``django_db`` (so that pytest-django creates the test
database) and ``browser``; the hook at the end of this file moves them behind
every other test, so no other test ever sees the demo.

Chromium is Debian's (/usr/bin/chromium, ``make chromium``); Playwright only
drives it. ``playwright install`` is never needed.
"""

import contextlib
import os
from pathlib import Path

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections

from tests.helpers import restore

from .helpers import CHROMIUM, CHROMIUM_ARGS, Http, browser_problems, build_catalogue

ARTIFACTS = Path(os.environ.get("BROWSER_ARTIFACTS", "/tmp/weltoffen-browser"))


class Demo:
    """The running demo: its live server, the sites and what they contain."""

    def __init__(self, server, catalogue):
        self.server = server
        self.port = server.thread.port
        self.catalogue = catalogue  # hostname -> SiteInfo
        self.http = Http(self.port)

    def site(self, hostname):
        return self.catalogue[hostname]

    @property
    def default(self):
        """The default site (Völklingen): the catalogue lists it first."""
        return next(iter(self.catalogue.values()))


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    from pytest_django.live_server_helper import LiveServer
    from wagtail.models import Site

    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
        call_command("load_demo", "--quiet")
        server = LiveServer("localhost")
        Site.objects.update(port=server.thread.port)
        cache.clear()
        sites = list(Site.objects.select_related("root_page").order_by("-is_default_site", "pk"))
        catalogue = build_catalogue(sites)
    try:
        yield Demo(server, catalogue)
    finally:
        server.stop()
        with django_db_blocker.unblock():
            restore(snapshot)


@pytest.fixture(scope="session")
def chromium(demo):
    # After `demo`, which does all the set-up queries before the loop below runs.
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make chromium`")
    # Playwright's synchronous API keeps an asyncio loop running in this thread.
    # Django then refuses database access from it (the per-test transaction of
    # pytest-django included) unless told otherwise, and keeps its connections
    # apart from the ones opened before the loop ran (asgiref's thread-critical
    # Local switches to context storage). The browser tests run last (see
    # pytest_collection_modifyitems below); the variable is restored and the
    # extra connections are closed before the loop stops, or the test database
    # could not be dropped at the end.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                yield browser
            finally:
                browser.close()
                connections.close_all()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def visitor(chromium):
    """A second browser profile that never logs in: what the public sees."""
    ctx = chromium.new_context(locale="de-DE", timezone_id="Europe/Berlin")
    ctx.set_default_timeout(15_000)
    yield ctx.new_page()
    ctx.close()


@pytest.fixture
def quiet_browser(context):
    """For journeys: the test ends without a CSP violation or JavaScript error."""
    yield
    problems = browser_problems(context)
    assert not problems, "the browser reported:\n" + "\n".join(problems)


@pytest.fixture
def context(chromium, request):
    """A fresh browser profile per test (German, desktop size, downloads allowed).
    On failure a screenshot of every open tab goes to $BROWSER_ARTIFACTS."""
    ctx = chromium.new_context(
        locale="de-DE",
        timezone_id="Europe/Berlin",
        viewport={"width": 1280, "height": 900},
        accept_downloads=True,
    )
    ctx.set_default_timeout(15_000)
    ctx.problems = []  # what the browser complained about, see browser_problems
    ctx.on("console", lambda message: _console(ctx, message))
    ctx.on("weberror", lambda error: ctx.problems.append(f"JavaScript error: {error.error}"))
    yield ctx
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for index, tab in enumerate(ctx.pages):
            with contextlib.suppress(Exception):  # a screenshot is a courtesy
                tab.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{index}.png"))
    ctx.close()


def _console(ctx, message):
    if message.type != "error":
        return
    text = message.text
    where = message.page.url if message.page else "?"
    # A resource the page asked for and did not get is the crawler's business;
    # a blocked script or style is this gate's.
    if "Failed to load resource" in text and "Content Security Policy" not in text:
        return
    ctx.problems.append(f"console error on {where}: {text}")


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.rep_call = report
    return report


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests last (after pytest-django's own ordering), in file order;
    after them only the upgrade tests, which rebuild the database from old
    migrations and leave nothing that later tests could rely on."""

    def marked(item, name):
        return item.get_closest_marker(name) is not None

    others = [i for i in items if not marked(i, "browser") and not marked(i, "migrations")]
    browser = [i for i in items if marked(i, "browser") and not marked(i, "migrations")]
    upgrades = [i for i in items if marked(i, "migrations")]
    items[:] = others + browser + upgrades
