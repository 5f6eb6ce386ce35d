"""What the draft changes, in a real Chromium (issue 13).

A member of Völklingen's Integrationsbeirat opens the consultation, reads
"Was ändert der Entwurf?" (the frozen draft against the 2020 edition: a
measure extended, one added, one moved) and comments on the new measure, by
keyboard only. axe checks the comparison page on the way.
"""

import re

import pytest
from playwright.sync_api import expect

from demo.workflows import DEMO_PASSWORD

from .helpers import format_violations, run_axe
from .test_consultation_journey import tab_to

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
    pytest.mark.usefixtures("quiet_browser"),
]

MEMBER = "voelklingen-beirat-3"
NEW_MEASURE = "Abend- und Wochenendkurse für Berufstätige"


def test_board_member_reads_what_the_draft_changes_and_comments_on_a_change(demo, page):
    from consultation.models import Consultation

    running = Consultation.objects.get(page__slug="fortschreibung-entwurf")
    detail = demo.default.url(f"/de/beteiligung/{running.pk}/")
    page.goto(detail)
    page.wait_for_url(re.compile(r"/de/beteiligung/anmelden/"))
    tab_to(page, page.get_by_label(re.compile("Benutzername")))
    page.keyboard.type(MEMBER)
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/de/beteiligung/{running.pk}/$"))

    tab_to(page, page.get_by_role("link", name=re.compile("Was ändert der Entwurf")))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/was-aendert-sich/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Was ändert der Entwurf?")
    main = page.locator("main")
    expect(main).to_contain_text("verschoben, vorher unter")
    expect(main).to_contain_text("2021–2027")
    violations = run_axe(page)
    assert not violations, "\n".join(format_violations(page.url, violations))

    link = page.get_by_role("link", name=re.compile(f"Diese Änderung kommentieren.*{NEW_MEASURE}"))
    tab_to(page, link)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/abschnitt/[0-9a-f-]+/$"))
    expect(page.locator("main")).to_contain_text(NEW_MEASURE)
    # Tab reaches the first radio of the group, the arrow keys the others.
    tab_to(page, page.get_by_role("radio", name="Anregung"))
    page.keyboard.press("ArrowDown")
    expect(page.get_by_role("radio", name="Frage")).to_be_checked()
    tab_to(page, page.get_by_role("textbox", name=re.compile("Ihr Kommentar")))
    page.keyboard.type("Gibt es die Abendkurse auch mit Kinderbetreuung?")
    page.wait_for_timeout(3200)  # the timing trap wants a human pace
    tab_to(page, page.get_by_role("button", name="Kommentar senden"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/eingang/B-[A-Z0-9]{4}-[A-Z0-9]{4}/$"))
    expect(page.get_by_role("status")).to_contain_text("Ihr Beitrag ist eingegangen")
