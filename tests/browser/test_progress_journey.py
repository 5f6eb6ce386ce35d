"""By keyboard from Völklingen's home page to „Wo stehen wir?“ and on to its data
(issue #14): the charts' tables are there, axe finds nothing, the JSON states its
licence."""

import json
import re

import pytest
from playwright.sync_api import expect

from .helpers import format_violations, run_axe

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
    pytest.mark.usefixtures("quiet_browser"),
]


def tab_to(page, locator, limit=300):
    """Press Tab until `locator` has the focus, as a keyboard user would."""
    target = locator.element_handle()
    for _ in range(limit):
        if page.evaluate("el => el === document.activeElement", target):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"could not reach {locator} with the Tab key")


def test_from_the_home_page_to_the_progress_data_by_keyboard(demo, page):
    page.goto(demo.default.url("/de/"))
    tab_to(page, page.get_by_role("link", name=re.compile(r"^Wo stehen wir\?")))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/de/integrationskonzept/wo-stehen-wir/$"))
    expect(page.get_by_role("img", name="Stand der Maßnahmen je Handlungsfeld")).to_be_visible()
    expect(page.locator("table.wo-chart-table")).to_have_count(5)  # the status and four indicators
    violations = run_axe(page)
    assert not violations, "\n".join(format_violations(page.url, violations))
    tab_to(page, page.get_by_role("link", name="Alle Zahlen als JSON-Datei"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/daten/json/$"))
    data = json.loads(page.locator("body").inner_text())
    assert data["lizenz"]["name"] == "Datenlizenz Deutschland – Namensnennung – 2.0"
    assert len(data["kennzahlen"]) >= 3 * 5
