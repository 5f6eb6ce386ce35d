"""What people do on the demo, in a real Chromium, asserting what they notice.

Citizens of Völklingen (the default site) find the integration concept and its
editions, a press release, an event for their calendar and the search; a
keyboard user gets around without a mouse and sends accessibility feedback;
an editor publishes a press release with a photo in the Wagtail admin.
"""

import io
import re

import pytest
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from demo.loader import ADMIN_PASSWORD, ADMIN_USERNAME

from .helpers import browser_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def quiet_browser(context):
    """Every journey ends without a CSP violation or JavaScript error."""
    yield
    problems = browser_problems(context)
    assert not problems, "the browser reported:\n" + "\n".join(problems)


def main_menu(page):
    return page.get_by_role("navigation", name="Hauptnavigation")


def section(page, heading):
    """The <section> that a heading of this name labels."""
    return page.locator("section").filter(has=page.get_by_role("heading", name=heading, exact=True))


def active_element(page):
    return page.evaluate(
        """() => {
            const e = document.activeElement;
            return {tag: e.tagName.toLowerCase(), id: e.id, name: e.name || '',
                    cls: e.className || '', text: (e.innerText || '').trim(),
                    href: e.getAttribute('href') || ''};
        }"""
    )


# --- Citizens --------------------------------------------------------------------


def test_citizen_follows_the_edition_line_of_the_integration_concept(demo, page):
    page.goto(demo.default.url("/"))
    main_menu(page).get_by_role("link", name="Integrationskonzept").click()
    page.wait_for_url(re.compile(r"/integrationskonzept/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Integrationskonzept"

    page.get_by_role("link", name=re.compile("2020")).first.click()
    page.wait_for_url(re.compile(r"/integrationskonzept/[^/]+/$"))
    assert "2020" in page.get_by_role("heading", level=1).inner_text()
    current_url = page.url
    # The current edition carries no "superseded" notice.
    assert page.get_by_text("Diese Ausgabe ist abgelöst").count() == 0

    editions = page.get_by_role("navigation", name="Alle Ausgaben")
    editions.get_by_role("link", name=re.compile("2009")).click()
    page.wait_for_url(re.compile(r"2009/$"))
    assert "2009" in page.get_by_role("heading", level=1).inner_text()

    notice = page.get_by_role("note").filter(has_text="abgelöst")
    assert notice.is_visible()
    assert "Gültig ist die Fortschreibung von 2020" in notice.inner_text()
    notice.get_by_role("link").click()
    page.wait_for_url(current_url)
    assert "2020" in page.get_by_role("heading", level=1).inner_text()


def test_citizen_opens_a_press_release_from_the_home_page(demo, page):
    page.goto(demo.default.url("/"))
    news = section(page, "Aktuelle Pressemitteilungen")
    link = news.get_by_role("link").first
    title = link.inner_text().strip()
    assert title
    link.click()
    page.wait_for_url(re.compile(r"/presse/[^/]+/$"))
    assert page.get_by_role("heading", level=1).inner_text().strip() == title
    # The page says who published it: the municipality's name is in the header.
    assert "Völklingen" in page.locator("header").inner_text()


def test_citizen_downloads_an_upcoming_event_for_the_calendar(demo, page, tmp_path):
    page.goto(demo.default.url("/"))
    main_menu(page).get_by_role("link", name="Veranstaltungen").click()
    page.wait_for_url(re.compile(r"/veranstaltungen/$"))
    upcoming = section(page, "Kommende Veranstaltungen")
    ics_link = upcoming.get_by_role("link", name=re.compile(r"in den Kalender eintragen"))
    assert ics_link.count() >= 1, "the demo should announce at least one upcoming event"
    ics_link = ics_link.first
    title = re.search(r"„(.+)“", ics_link.inner_text()).group(1)
    href = ics_link.get_attribute("href")
    assert href.endswith("/ical/")

    with page.expect_download() as download_info:
        ics_link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in text
    # iCalendar folds long lines (RFC 5545 3.1): unfold before looking for the title.
    unfolded = re.sub(r"\r?\n[ \t]", "", text)
    assert title in unfolded

    response = demo.http.get(download.url)
    assert response.status == 200
    assert response.content_type == "text/calendar"


def test_citizen_searches_from_the_header(demo, page):
    page.goto(demo.default.url("/"))
    search = page.get_by_role("search").filter(has=page.get_by_role("searchbox", name="Suche"))
    search.get_by_role("searchbox", name="Suche").fill("Integrationskonzept")
    search.get_by_role("button", name="Suchen").click()
    page.wait_for_url(re.compile(r"/suche/\?q=Integrationskonzept"))
    assert page.get_by_role("status").filter(has_text="Treffer").is_visible()
    results = page.locator("main").get_by_role("heading", level=2).get_by_role("link")
    assert results.count() >= 1
    first = results.first.inner_text().strip()
    results.first.click()
    assert page.get_by_role("heading", level=1).inner_text().strip() == first


def test_keyboard_user_skips_to_main_and_reaches_menu_and_search(demo, page):
    page.goto(demo.default.url("/"))
    page.keyboard.press("Tab")
    first = active_element(page)
    assert first["text"] == "Zum Hauptinhalt springen", first
    assert page.locator(":focus").is_visible(), "the skip link must show when focused"

    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'main'")

    # From the top again: Tab reaches the search field and every menu link.
    page.goto(demo.default.url("/"))
    menu_links = {link.get_attribute("href") for link in main_menu(page).get_by_role("link").all()}
    assert menu_links
    seen_search, seen_menu, visited = False, set(), []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = active_element(page)
        visited.append(focused)
        if focused["id"] == "wo-search-q":
            seen_search = True
        if focused["tag"] == "a" and focused["href"] in menu_links:
            seen_menu.add(focused["href"])
        if seen_search and seen_menu == menu_links:
            break
    assert seen_search, f"Tab never reached the search field: {visited}"
    assert seen_menu == menu_links, f"Tab missed menu links {menu_links - seen_menu}"


def test_keyboard_user_sends_accessibility_feedback(demo, page):
    page.goto(demo.default.url("/barrierefreiheit/"))
    message = page.get_by_role("textbox", name=re.compile("Welche Barriere"))
    message_id = message.get_attribute("id")
    for _ in range(150):
        page.keyboard.press("Tab")
        focused = active_element(page)
        assert focused["name"] != "website", "the spam trap must not be reachable"
        if focused["id"] == message_id:
            break
    else:
        pytest.fail("Tab never reached the feedback message field")
    page.keyboard.type("Die Tabelle auf der Seite Integrationskonzept hat keine Überschriften.")
    for _ in range(10):
        page.keyboard.press("Tab")
        focused = active_element(page)
        assert focused["name"] != "website", "the spam trap must not be reachable"
        if focused["tag"] == "button":
            break
    assert focused["text"] == "Nachricht senden", focused
    # A person takes a moment before sending; a form sent at once is refused
    # as automated (core/protection.py).
    page.wait_for_timeout(3200)
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    confirmation = page.get_by_role("status").filter(has_text="Vielen Dank")
    confirmation.wait_for()
    assert confirmation.is_visible()


# --- Editor ----------------------------------------------------------------------


def jpeg_bytes():
    """A small photo-like JPEG, made here."""
    image = Image.new("RGB", (640, 400), (31, 95, 107))
    draw = ImageDraw.Draw(image)
    for index, colour in enumerate([(230, 180, 80), (200, 100, 60), (140, 180, 160)]):
        draw.ellipse((60 + index * 180, 120, 220 + index * 180, 280), fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def test_editor_publishes_a_press_release_with_a_photo(demo, page, tmp_path):
    title = "Sprachcafé startet im Neuen Rathaus"
    alt_text = "Drei bunte Kreise auf petrolfarbenem Grund"

    page.goto(demo.default.url("/admin/"))
    page.get_by_label("Benutzername").fill(ADMIN_USERNAME)
    page.get_by_label(re.compile("Passwor")).fill(ADMIN_PASSWORD)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    # Pages → Mittelstadt Völklingen → Pressemitteilungen → add a child page.
    page.goto(demo.default.url("/admin/pages/"))
    page.get_by_role("link", name=re.compile("Unterseiten von .Mittelstadt Völklingen.")).click()
    page.get_by_role("link", name=re.compile("Unterseiten von .Pressemitteilungen.")).click()
    page.get_by_role("link", name="Unterseite hinzufügen").first.click()
    page.wait_for_url(re.compile(r"/admin/pages/add/news/pressreleasepage/\d+/$"))

    page.get_by_role("textbox", name=re.compile("Titel")).first.fill(title)
    page.get_by_role("textbox", name=re.compile("Vorspann")).fill(
        "Ab sofort treffen sich jeden Dienstag Menschen, die Deutsch üben wollen."
    )
    body = page.locator("[data-contentpath=body]")
    body.get_by_title("Einen Block einfügen").first.click()
    page.get_by_role("option", name="Text", exact=True).click()
    body.get_by_role("textbox").first.click()
    page.keyboard.type("Das Sprachcafé lädt alle ein, die Deutsch sprechen üben möchten.")

    body.get_by_title("Einen Block einfügen").last.click()
    page.get_by_role("option", name="Bild", exact=True).click()
    body.get_by_role("button", name="Bild auswählen").click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Hochladen").click()
    chooser.get_by_label("Datei").set_input_files(
        {"name": "sprachcafe.jpg", "mimeType": "image/jpeg", "buffer": jpeg_bytes()}
    )
    chooser.get_by_role("textbox", name=re.compile("^Titel")).fill("Sprachcafé")
    chooser.get_by_role("textbox", name="Alternativtext").fill(alt_text)
    chooser.get_by_role("textbox", name="Bildnachweis").fill("Foto: © Stadt Völklingen")
    chooser.get_by_role("button", name="Hochladen").click()
    chooser.wait_for(state="hidden")
    # The chosen image now shows in the block, by its title (the admin's
    # script fills the block after the upload's response; on a slow machine
    # that took longer than expect()'s 5 s once, so it may take 20).
    expect(body.get_by_text("Sprachcafé", exact=True).first).to_be_visible(timeout=20_000)

    page.get_by_role("button", name="Mehr Aktionen").click()
    page.get_by_role("button", name="Veröffentlichen").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    expect(page.get_by_text(re.compile(f"{title}.*veröffentlicht")).first).to_be_visible()

    # The public listing shows it, and the photo carries its alternative text.
    page.goto(demo.default.url("/presse/"))
    page.get_by_role("link", name=title).click()
    page.wait_for_url(re.compile(r"/presse/sprachcafe-startet-im-neuen-rathaus/$"))
    assert page.get_by_role("heading", level=1).inner_text().strip() == title
    photo = page.locator("main").get_by_role("img", name=alt_text)
    assert photo.is_visible()
    assert photo.evaluate("img => img.complete && img.naturalWidth > 0"), "the photo must load"
