"""The accessibility feedback inbox: a due date one month after receipt, status and
reply, a reminder a week before the deadline, and no municipality sees another's."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from core import protection
from home.inbox import queue_due_reminders
from home.models import AccessibilityFeedback, MunicipalitySettings
from tests.helpers import berlin, post, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def report(town, received, message="Das Formular ist ohne Maus nicht bedienbar.", **fields):
    return AccessibilityFeedback.objects.create(
        page=town.accessibility, message=message, created_at=received, **fields
    )


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.mark.parametrize(
    "received, due",
    [
        (berlin(2026, 3, 10, 9), date(2026, 4, 10)),
        (berlin(2026, 1, 31, 12), date(2026, 2, 28)),  # no 31 February
        (berlin(2026, 5, 31, 23, 30), date(2026, 6, 30)),  # late at night, Berlin time
    ],
)
def test_an_answer_is_due_one_month_after_receipt(voelklingen, received, due):
    assert report(voelklingen, received).due_date == due


def test_the_sender_is_told_the_deadline_on_screen_and_by_mail(client, voelklingen, monkeypatch):
    monkeypatch.setattr(protection, "MIN_SECONDS", 0)
    data = {
        "form_token": protection.issue_token("feedback"),
        "message": "Der Kontrast der Links ist zu schwach.",
        "email": "eva@example.org",
    }
    response = post(client, voelklingen, "/barrierefreiheit/", data, follow=True)
    feedback = AccessibilityFeedback.objects.get()
    due = f"{feedback.due_date.day}. "
    assert "Wir antworten bis spätestens" in soup(response).get_text()
    receipt = next(m for m in mail.outbox if m.to == ["eva@example.org"])
    assert "bis spätestens" in receipt.body and due in receipt.body
    assert feedback.status == AccessibilityFeedback.Status.NEW


def test_a_reminder_goes_to_the_responsible_group_a_week_before_the_deadline(
    voelklingen, role_user
):
    editor = role_user(voelklingen, "redaktion")
    soon = report(voelklingen, days_ago(25))  # due in about six days
    report(voelklingen, days_ago(10))  # due in three weeks: not yet
    report(voelklingen, days_ago(27), status=AccessibilityFeedback.Status.ANSWERED)
    mail.outbox.clear()
    assert queue_due_reminders() == 1
    assert len(mail.outbox) == 1
    reminder = mail.outbox[0]
    assert reminder.to == [editor.email]
    assert soon.message in reminder.body and "Antwortfrist endet am" in reminder.body
    # Once per report, however often the scheduler runs.
    assert queue_due_reminders() == 0
    call_command("run_scheduler", "--once", stdout=__import__("io").StringIO())
    assert len(mail.outbox) == 1


def test_the_reminder_follows_the_group_chosen_in_the_settings(voelklingen, role_user):
    office = role_user(voelklingen, "integrationsbuero")
    config = MunicipalitySettings.for_site(voelklingen.site)
    config.feedback_group = office.groups.get()
    config.save()
    report(voelklingen, days_ago(30))
    mail.outbox.clear()
    queue_due_reminders()
    assert [m.to for m in mail.outbox] == [[office.email]]


def test_the_office_records_status_and_reply(client, voelklingen, role_user):
    feedback = report(voelklingen, days_ago(3))
    client.force_login(role_user(voelklingen, "redaktion"))
    url = reverse("wagtailsnippets_home_accessibilityfeedback:edit", args=[feedback.pk])
    response = client.post(
        url, {"status": "beantwortet", "reply": "Wir haben den Kontrast erhöht.", "replied_at": ""}
    )
    assert response.status_code == 302
    feedback.refresh_from_db()
    assert feedback.status == "beantwortet" and feedback.reply.startswith("Wir haben")
    assert feedback.replied_at == timezone.localdate()
    assert feedback.message == "Das Formular ist ohne Maus nicht bedienbar."  # read-only


def test_the_overview_lists_overdue_messages_in_words(client, voelklingen, role_user):
    late = report(voelklingen, days_ago(40), message="Überfällige Meldung zum Kontrast")
    report(voelklingen, days_ago(2), message="Frische Meldung zur Tastatur")
    report(voelklingen, days_ago(50), message="Beantwortete Meldung", status="beantwortet")
    client.force_login(role_user(voelklingen, "redaktion"))
    listing = client.get(
        reverse("wagtailsnippets_home_accessibilityfeedback:list") + "?ueberfaellig=true"
    )
    text = " ".join(soup(listing).get_text(" ").split())
    assert late.message in text and "überfällig" in text
    assert "Frische Meldung" not in text and "Beantwortete Meldung" not in text


def test_members_of_one_municipality_see_nothing_of_anothers_feedback(
    client, voelklingen, merzig, role_user
):
    secret = report(voelklingen, days_ago(40), message="Geheime Meldung aus Völklingen")
    client.force_login(role_user(merzig, "redaktion"))
    base = "wagtailsnippets_home_accessibilityfeedback"
    for url in (
        reverse(f"{base}:list"),
        reverse(f"{base}:list") + "?ueberfaellig=true",
        reverse("wagtailsnippetchoosers_home_accessibilityfeedback:choose"),
    ):
        response = client.get(url)
        assert response.status_code == 200 and secret.message not in response.content.decode()
    for name in ("edit", "delete", "history", "usage"):
        assert client.get(reverse(f"{base}:{name}", args=[secret.pk])).status_code == 404
    bulk = client.get(f"/admin/bulk/home/accessibilityfeedback/delete/?next=/admin/&id={secret.pk}")
    assert secret.message not in bulk.content.decode()
