"""The accessibility feedback form (BGG § 12b): validated, stored, mailed, spam- and flood-proof."""

import pytest
from django.core import mail
from django.test import override_settings

from core import protection
from home.models import AccessibilityFeedback, MunicipalitySettings
from tests.helpers import post, soup, visit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]

URL = "/de/barrierefreiheit/"
THANKS = "Vielen Dank! Ihre Nachricht ist bei uns angekommen."
VALID = {
    "message": "Die Bilder auf der Startseite haben keinen Alternativtext.",
    "affected_url": "http://merzig.localhost/",
    "name": "Eva Muster",
    "email": "eva@example.org",
}


@pytest.fixture
def statement(merzig):
    config = MunicipalitySettings.for_site(merzig.site)
    config.feedback_email = "barrierefreiheit@merzig.example"
    config.save()
    return merzig


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    # The form's minimum filling-in time (core/protection.py) is tested there.
    monkeypatch.setattr(protection, "MIN_SECONDS", 0)


def to_office():
    """The mails to the municipality (not the senders' receipts)."""
    return [m for m in mail.outbox if m.to != [VALID["email"]]]


def send(client, town, data, address="192.0.2.10"):
    data = {"form_token": protection.issue_token("feedback"), **data}
    return post(client, town, URL, data, REMOTE_ADDR=address)


def test_the_statement_page_offers_the_form(client, statement):
    html = soup(visit(client, statement, URL))
    form = html.find("form", class_="wo-form")
    assert form["action"] == "/de/barrierefreiheit/#feedback"
    textarea = form.find("textarea", attrs={"name": "message"})
    label = form.find("label", attrs={"for": textarea["id"]})
    assert label.get_text(" ", strip=True).startswith("Welche Barriere ist Ihnen begegnet?")
    assert "aria-invalid" not in textarea.attrs


def test_an_empty_message_is_refused_with_an_accessible_error(client, statement):
    response = send(client, statement, {"message": "   "})
    html = soup(response)
    textarea = html.find("textarea", attrs={"name": "message"})
    assert textarea["aria-invalid"] == "true"
    error = html.find(id=f"{textarea['id']}_error")
    assert error.get_text(strip=True) == "Bitte beschreiben Sie die Barriere."
    assert f"{textarea['id']}_error" in textarea["aria-describedby"].split()
    assert html.find(attrs={"role": "alert"}) is not None
    assert AccessibilityFeedback.objects.count() == 0
    assert mail.outbox == []


def test_an_invalid_email_is_refused_and_the_message_is_kept(client, statement):
    html = soup(send(client, statement, {**VALID, "email": "keine-adresse"}))
    email = html.find("input", attrs={"name": "email"})
    assert email["aria-invalid"] == "true"
    assert "Bitte eine gültige E-Mail-Adresse eingeben" in html.get_text()
    assert html.find("textarea").get_text().strip() == VALID["message"]
    assert AccessibilityFeedback.objects.count() == 0


def test_a_report_longer_than_5000_characters_is_refused(client, statement):
    html = soup(send(client, statement, {**VALID, "message": "x" * 5001}))
    assert html.find("textarea", attrs={"name": "message"})["aria-invalid"] == "true"
    assert AccessibilityFeedback.objects.count() == 0


def test_a_valid_report_is_stored_mailed_and_thanked_for(client, statement):
    response = send(client, statement, VALID)
    assert response.status_code == 302
    assert response["Location"] == "/de/barrierefreiheit/#feedback"

    feedback = AccessibilityFeedback.objects.get()
    assert feedback.message == VALID["message"]
    assert (feedback.name, feedback.email) == ("Eva Muster", "eva@example.org")
    assert feedback.page.pk == statement.accessibility.pk
    assert feedback.status == AccessibilityFeedback.Status.NEW

    assert len(to_office()) == 1
    message = to_office()[0]
    assert message.to == ["barrierefreiheit@merzig.example"]
    # The sender's receipt states the deadline (tests/test_feedback_inbox.py).
    assert [m.to for m in mail.outbox if m not in to_office()] == [["eva@example.org"]]
    assert message.subject == "Rückmeldung zur Barrierefreiheit"
    assert VALID["message"] in message.body
    assert "eva@example.org" in message.body

    html = soup(visit(client, statement, URL))
    status = html.find("div", attrs={"role": "status"})
    assert THANKS in status.get_text()


def test_reports_go_to_the_general_address_when_no_feedback_address_is_set(client, merzig):
    send(client, merzig, VALID)
    assert [m.to for m in to_office()] == [["integration@merzig.example"]]


def test_each_municipality_gets_its_own_reports(client, statement, voelklingen):
    send(client, voelklingen, VALID)
    assert [m.to for m in to_office()] == [["integration@voelklingen.example"]]
    assert AccessibilityFeedback.objects.get().page.pk == voelklingen.accessibility.pk


def test_a_filled_honeypot_stores_and_sends_nothing_but_thanks_all_the_same(client, statement):
    response = send(client, statement, {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"] == "/de/barrierefreiheit/#feedback"
    assert AccessibilityFeedback.objects.count() == 0
    assert mail.outbox == []
    html = soup(visit(client, statement, URL))
    assert THANKS in html.find("div", attrs={"role": "status"}).get_text()


@override_settings(FEEDBACK_RATE_LIMIT=2)
def test_too_many_reports_from_one_address_are_refused_with_a_message(client, statement):
    for _ in range(2):
        assert send(client, statement, VALID).status_code == 302
    response = send(client, statement, VALID)
    assert response.status_code == 200
    alert = soup(response).find(attrs={"role": "alert"})
    assert "Sie haben in kurzer Zeit sehr viele Nachrichten gesendet" in alert.get_text()
    assert AccessibilityFeedback.objects.count() == 2
    assert len(to_office()) == 2
    # Someone else is not affected.
    assert send(client, statement, VALID, address="198.51.100.7").status_code == 302
    assert AccessibilityFeedback.objects.count() == 3


@override_settings(FEEDBACK_RATE_LIMIT=2)
def test_the_rate_limit_starts_fresh_in_every_test(client, statement):
    # The autouse cache fixture clears the counters the previous test left behind.
    assert send(client, statement, VALID).status_code == 302


def test_markup_in_a_report_is_shown_as_text_when_the_form_comes_back(client, statement):
    payload = '<script>alert("x")</script><b>fett</b>'
    html = soup(send(client, statement, {"message": payload, "email": "kaputt"}))
    textarea = html.find("textarea", attrs={"name": "message"})
    assert textarea.get_text().strip() == payload
    assert textarea.find("b") is None
    assert html.find("main").find("b") is None
    assert not [s for s in html.find_all("script") if "alert" in (s.string or "")]


def test_markup_in_a_report_is_shown_as_text_to_editors(client, statement, django_user_model):
    payload = '<b>fett</b><img src=x onerror="alert(1)">'
    send(client, statement, {**VALID, "message": payload})
    feedback = AccessibilityFeedback.objects.get()
    admin = django_user_model.objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(admin)
    listing = client.get("/admin/snippets/home/accessibilityfeedback/")
    assert listing.status_code == 200
    html = soup(listing)
    assert html.find("b", string="fett") is None
    assert html.find("img", src="x") is None
    assert "<b>fett</b>" in html.get_text()
    edit = client.get(f"/admin/snippets/home/accessibilityfeedback/edit/{feedback.pk}/")
    assert edit.status_code == 200
    html = soup(edit)
    assert html.find("b", string="fett") is None
    assert html.find("img", src="x") is None
