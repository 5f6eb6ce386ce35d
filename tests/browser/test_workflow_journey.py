"""The news workflow in a real Chromium: the Redaktion writes, the Pressestelle publishes.

An editor of Völklingen creates a press release and submits it to the section's
workflow (she may not publish); the public sees nothing of it. The press office
finds it among the pages awaiting its review, approves it, and the release is
live on Völklingen's press listing.

The release gets a title of its own per run, so the test neither depends on nor
touches the release the demo keeps waiting in the same workflow.
"""

import re
import secrets
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils.text import slugify
from playwright.sync_api import expect

from .helpers import log_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
    pytest.mark.usefixtures("quiet_browser"),
]

EDITOR = "voelklingen-redaktion"
PRESS_OFFICE = "voelklingen-pressestelle"
LISTING = "/presse/"
DEMO_WAITING = "Sprachcafé im Neuen Rathaus startet"  # demo/workflows.py


def log_out(page):
    # The account menu at the foot of the sidebar carries the user's first name.
    page.get_by_role("button", name="Demo", exact=True).click()
    page.get_by_role("button", name="Abmelden").click()
    page.wait_for_url(re.compile(r"/admin/login/"))


def action_menu(page):
    """Open the "more actions" menu of the edit form's footer and return it."""
    page.get_by_role("button", name="Mehr Aktionen").click()
    return page.locator("footer")


def status_in_listing(page, title):
    """The status a page has in the admin's page listing, by its title, in lower case
    (the status badge is written in capitals by CSS only)."""
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=title, exact=True))
    return row.inner_text().lower()


def release_titles_on_listing(page, demo):
    page.goto(demo.default.url(LISTING))
    return [text.strip() for text in page.locator("main").get_by_role("link").all_inner_texts()]


def test_press_office_approves_what_the_editors_submitted(demo, page, visitor, settings):
    # Wagtail's autosave may create the page in the background while the
    # editor's own submit is on its way (a duplicate create the form then
    # rejects); the journey is about the workflow, so the editor saves herself.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0

    token = secrets.token_hex(3)
    title = f"Begegnungsfest im Stadtpark {token}"
    slug = slugify(title)
    lead = f"Am Samstag feiern Nachbarinnen und Nachbarn aus aller Welt gemeinsam ({token})."
    paragraph = "Der Integrationsbeirat lädt zu Musik, Essen und Gesprächen ein."
    # A minute ago, so that the release heads the listing, ordered by date.
    when = datetime.now(ZoneInfo("Europe/Berlin")) - timedelta(minutes=1)
    release_url = demo.default.url(f"{LISTING}{slug}/")

    # --- The Redaktion writes the release and submits it -------------------------
    log_in(page, demo, EDITOR)
    # Her page tree starts at the municipality's home page, above the sections.
    page.goto(demo.default.url("/admin/pages/"))
    page.get_by_role("link", name=re.compile("Unterseiten von .Pressemitteilungen.")).click()
    page.get_by_role("link", name="Unterseite hinzufügen").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/add/news/pressreleasepage/\d+/$"))

    page.get_by_role("textbox", name=re.compile("Titel")).first.fill(title)
    page.get_by_role("textbox", name="Datum und Uhrzeit").fill(when.strftime("%d.%m.%Y %H:%M"))
    page.get_by_role("textbox", name=re.compile("Vorspann")).fill(lead)
    body = page.locator("[data-contentpath=body]")
    body.get_by_title("Einen Block einfügen").first.click()
    page.get_by_role("option", name="Text", exact=True).click()
    editor = body.get_by_role("textbox").first
    editor.click()
    page.keyboard.type(paragraph)
    # Draftail writes the text into the form a moment after the last keystroke;
    # leave the field and wait for it, or the submit may send an empty paragraph.
    editor.blur()
    expect(body.locator("input[name$='-value']").first).to_have_value(re.compile("Gesprächen"))

    menu = action_menu(page)
    submit = menu.get_by_role("button", name=re.compile(r"^In .*Pressemitteilungen.* einreichen$"))
    submit.wait_for()
    # The Redaktion may save and submit, never publish.
    publish = re.compile("veröffentlichen", re.IGNORECASE)
    assert menu.get_by_role("button", name=publish).count() == 0
    submit.click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert page.get_by_text(re.compile(f"{title}.*zur Moderation eingereicht")).first.is_visible()
    assert "in moderation" in status_in_listing(page, title)

    # Nothing of it is public yet.
    assert title not in release_titles_on_listing(visitor, demo)
    assert demo.http.get(release_url).status == 404

    # --- The Pressestelle finds it among her tasks and approves it -------------------
    log_out(page)
    log_in(page, demo, PRESS_OFFICE)
    review = page.locator("section").filter(
        has=page.get_by_role("heading", name="Ihre Überprüfung steht aus")
    )
    review.get_by_role("link", name=title, exact=True).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    assert page.get_by_role("textbox", name=re.compile("Vorspann")).input_value() == lead

    action_menu(page).get_by_role("button", name="Freigeben und Veröffentlichen").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert "veröffentlicht" in status_in_listing(page, title)
    # The release the demo keeps in the workflow is still waiting.
    assert "in moderation" in status_in_listing(page, DEMO_WAITING)

    # --- The public sees it ------------------------------------------------------------
    assert title in release_titles_on_listing(visitor, demo)
    visitor.locator("main").get_by_role("link", name=title).click()
    visitor.wait_for_url(re.compile(rf"/presse/{slug}/$"))
    assert visitor.get_by_role("heading", level=1).inner_text().strip() == title
    main = visitor.locator("main")
    assert main.get_by_text(lead).is_visible()
    assert main.get_by_text(paragraph).is_visible()
    assert demo.http.get(release_url).status == 200
