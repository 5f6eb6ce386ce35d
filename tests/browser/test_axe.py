"""axe-core (WCAG 2.0/2.1, levels A and AA) on every page of every demo site.

For each municipality and content language: every live page (so every page
type the site has; in a translation, one page per type, and a municipality
whose translated page types are all covered by another's is left to that
one), a filtered press archive, search with results, with no
results and without a query, the 404 page, the accessibility feedback form
after an empty submit, and the home page at phone width. Zero violations.
"""

import pytest
from django.conf import settings

from .helpers import LOCALES, browser_problems, demo_hostnames, format_violations, run_axe

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PHONE = {"width": 375, "height": 812}


def check(page, url, problems, checked):
    response = page.goto(url)
    assert response is not None, url
    violations = run_axe(page)
    checked.append(url)
    problems += format_violations(url, violations)


def covered_elsewhere(demo, locale, hostname):
    """For a translation: another municipality whose tree in that language
    has every page type this one has (and more), so the same templates in the
    same language are checked there; German is checked everywhere, in full.
    Keeps the gate within the time budget as translations grow."""
    if locale == settings.LANGUAGE_CODE:
        return None
    kinds = {e.kind for e in demo.site(hostname).entries[locale]}
    for other in demo_hostnames():
        entries = demo.site(other).entries.get(locale)
        if other == hostname or not entries:
            continue
        other_kinds = {e.kind for e in entries}
        if kinds < other_kinds or (kinds == other_kinds and other < hostname):
            return other
    return None


@pytest.mark.parametrize("hostname", demo_hostnames())
@pytest.mark.parametrize("locale", LOCALES)
def test_axe_finds_no_violations(demo, context, locale, hostname):
    site = demo.site(hostname)
    if locale not in site.entries:
        pytest.skip(f"{hostname} has no pages in {locale!r} yet")
    covering = covered_elsewhere(demo, locale, hostname)
    if covering:
        pytest.skip(f"every page type of {hostname} in {locale!r} is checked on {covering}")
    page = context.new_page()
    problems, checked = [], []
    for entry in site.entries[locale]:
        check(page, entry.url, problems, checked)

    # The feedback form in its error state, as a visitor sees it after an
    # empty submit.
    statements = [e for e in site.entries[locale] if e.kind == "AccessibilityStatementPage"]
    assert statements, f"{hostname} has no accessibility statement"
    page.goto(statements[0].url)
    page.get_by_role("button", name="Nachricht senden").click()
    page.wait_for_load_state()
    alert = page.get_by_role("alert")
    assert alert.count() >= 1, "the empty submit should show an error summary"
    problems += format_violations(page.url + " (Formular mit Fehlern)", run_axe(page))
    checked.append(page.url)

    # The home page on a phone (menu toggle, stacked layout).
    phone = context.new_page()
    phone.set_viewport_size(PHONE)
    home = site.entries[locale][0].url
    phone.goto(home)
    problems += format_violations(home + " (375 px)", run_axe(phone))
    checked.append(home)

    problems += browser_problems(context)
    assert not problems, (
        f"axe found {len(problems)} problem lines on {hostname} ({locale}), "
        f"{len(checked)} URLs checked:\n" + "\n".join(problems)
    )


def test_axe_itself_reports_a_known_violation(demo, page):
    """The gate is only worth something if axe runs: a page with an image
    without alternative text and an unlabelled field must fail it."""
    page.set_content(
        '<!DOCTYPE html><html lang="de"><head><title>Probe</title></head><body><main>'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
        '<input type="text"></main></body></html>'
    )
    rules = {v["id"] for v in run_axe(page)}
    assert {"image-alt", "label"} <= rules, rules
