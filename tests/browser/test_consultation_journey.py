"""The consultation cycle in a real Chromium (issue #6).

A member of Völklingen's Integrationsbeirat logs in on the public site and
comments on a section of the draft under consultation, by keyboard only; the
Integrationsbüro hides the comment with a stated reason and records its
decision in the admin; the office publishes the report and an anonymous
visitor reads it. axe checks the consultation pages on the way.

The demo's consultation on the draft (demo/consultation.py) is used and
left as the journey ends (comment hidden, report published with the 2020
edition), as the other journeys leave theirs.
"""

import re
import secrets

import pytest
from playwright.sync_api import expect

from demo.workflows import DEMO_PASSWORD

from .helpers import format_violations, log_in, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
    pytest.mark.usefixtures("quiet_browser"),
]

MEMBER = "voelklingen-beirat-2"
OFFICE = "voelklingen-integrationsbuero"


@pytest.fixture
def running(demo):
    """The demo consultation on the draft."""
    from consultation.models import Consultation

    return Consultation.objects.get(page__slug="fortschreibung-entwurf")


def tab_to(page, locator, limit=400):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    target = locator.element_handle()
    for _ in range(limit):
        if page.evaluate("el => el === document.activeElement", target):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach {locator} with the Tab key")


def assert_accessible(page):
    violations = run_axe(page)
    assert not violations, "\n".join(format_violations(page.url, violations))


def test_board_comments_office_moderates_answers_and_publishes(demo, page, visitor, running):
    detail = demo.default.url(f"/de/beteiligung/{running.pk}/")
    text = f"Bitte Abendkurse auch im Stadtteil Wehrden anbieten ({secrets.token_hex(3)})."

    # --- Anonymous visitors are asked to log in; the draft stays hidden ----------
    visitor.goto(detail)
    visitor.wait_for_url(re.compile(r"/de/beteiligung/anmelden/"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Anmelden zur Beteiligung")

    # --- A board member logs in and comments, keyboard only ------------------------
    page.goto(detail)
    page.wait_for_url(re.compile(r"/de/beteiligung/anmelden/"))
    tab_to(page, page.get_by_label(re.compile("Benutzername")))
    page.keyboard.type(MEMBER)
    page.keyboard.press("Tab")
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/de/beteiligung/{running.pk}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Fortschreibung")
    assert_accessible(page)

    link = page.get_by_role("link", name="„Leitbild“ kommentieren")
    tab_to(page, link)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/abschnitt/leitbild/$"))
    assert_accessible(page)

    tab_to(page, page.get_by_role("radio", name="Anregung"))
    page.keyboard.press("Space")
    expect(page.get_by_role("radio", name="Anregung")).to_be_checked()
    tab_to(page, page.get_by_role("textbox", name=re.compile("Ihr Kommentar")))
    page.keyboard.type(text)
    tab_to(page, page.get_by_role("checkbox", name=re.compile("informieren Sie mich")))
    page.keyboard.press("Space")
    # The timing trap wants a human pace: a few seconds between form and submit.
    page.wait_for_timeout(3200)
    tab_to(page, page.get_by_role("button", name="Kommentar senden"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/eingang/B-[A-Z0-9]{4}-[A-Z0-9]{4}/$"))
    status = page.get_by_role("status")
    expect(status).to_contain_text("Ihr Beitrag ist eingegangen")
    receipt = re.search(r"B-[A-Z0-9]{4}-[A-Z0-9]{4}", page.url).group(0)
    assert_accessible(page)

    page.goto(detail)
    expect(page.locator("main")).to_contain_text(text)

    # --- The Integrationsbüro hides it with a reason and answers ------------------------
    office = visitor
    log_in(office, demo, OFFICE)
    office.goto(demo.default.url(f"/admin/beteiligungen/kommentare/?q={receipt}"))
    office.get_by_role("link", name=receipt).first.click()
    office.wait_for_url(re.compile(r"/admin/beteiligungen/kommentare/edit/\d+/$"))
    office.locator("#id_status").select_option("hidden")
    office.locator("#id_hidden_reason").fill(
        "Doppelt: steht schon in der Stellungnahme des Beirats."
    )
    office.locator("#id_decision").select_option("partly")
    office.locator("#id_justification").fill("Abendkurse ja, Wehrden wird geprüft.")
    office.get_by_role("button", name="Speichern").click()
    office.wait_for_url(re.compile(r"/admin/beteiligungen/kommentare/(\?.*)?$"))

    page.reload()
    main = page.locator("main")
    expect(main).not_to_contain_text(text)
    expect(main).to_contain_text("Doppelt: steht schon in der Stellungnahme des Beirats.")

    # --- The office publishes the report; the public reads it ---------------------------
    office.goto(demo.default.url(f"/admin/beteiligungen/edit/{running.pk}/"))
    office.locator("#id_result_page").select_option(
        label="Integrationskonzept – Fortschreibung 2020"
    )
    office.locator("#id_publish_report").check()
    office.get_by_role("button", name="Speichern").click()
    office.wait_for_url(re.compile(r"/admin/beteiligungen/(\?.*)?$"))

    office.context.clear_cookies()
    office.goto(demo.default.url(f"/de/beteiligung/{running.pk}/abwaegung/"))
    expect(office.get_by_role("heading", level=1)).to_contain_text("Abwägung")
    table = office.get_by_role("table")
    expect(table).to_contain_text(receipt)
    expect(table).to_contain_text("teilweise übernommen")
    expect(table).to_contain_text("Abendkurse ja, Wehrden wird geprüft.")
    expect(table).not_to_contain_text(text)
    assert_accessible(office)
