"""The inputs that once gave a 500 (found by test_generated.py and by hand),
one by one: each gets a clear answer now."""

import pytest

from consultation.models import Comment, CommentReport, Participant
from consultation.sections import MISSION
from core import protection
from home.models import AccessibilityFeedback
from tests.bad_input.conftest import HUGE
from tests.helpers import german, path_of

# Admin views and input handling behave alike on both databases; make test
# runs this slow file once, in the SQLite pass.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns"), pytest.mark.once]


# --- The inputs that used to give a 500 ------------------------------------------

KNOWN = [
    ("/api/v2/images/?search=rathaus", 200),
    ("/api/v2/documents/?search=konzept", 200),
    ("/api/v2/pages/?search=a%00b", 400),
    ("/api/v2/pages/?locale=de%00", 400),
    ("/api/v2/pages/?site=voelklingen.localhost%00", 400),
    ("/api/v2/pages/find/?html_path=/presse/%00/", 400),
    (f"/api/v2/pages/?offset={HUGE}", 400),
    ("/api/v2/pages/?search=kurs&search_operator=xor", 400),
    ("/api/v2/pages/?type=news.PressReleasePage&first_published_at=gestern", 400),
    ("/api/v2/pages/?type=news.PressReleasePage&date=2024-02-30", 400),
    ("/api/v2/pages/?type=news.EventPage&start=0001-01-01T00:00", 400),
    (f"/api/v2/pages/?id={HUGE}", 400),
    ("/api/v2/pages/find/?id=abc", 400),
]


@pytest.mark.parametrize("path,status", KNOWN)
def test_known_bad_api_input_gets_a_clear_answer(client, world, path, status):
    response = client.get(path, HTTP_HOST=world["town"].host)
    assert response.status_code == status
    if status == 400:
        assert response.json()["message"]


def test_the_image_and_document_search_finds_what_live_pages_use(client, world):
    found = client.get("/api/v2/images/?search=Rathaus", HTTP_HOST=world["town"].host).json()
    assert [item["id"] for item in found["items"]] == [world["image"].pk]
    found = client.get("/api/v2/documents/?search=Konzept", HTTP_HOST=world["town"].host).json()
    assert [item["id"] for item in found["items"]] == [world["document"].pk]


@pytest.mark.parametrize("path", ["/de/suche/?q=a%00b", "/de/presse/?seite=%01", "/de/a%00b/"])
def test_control_characters_in_an_address_get_the_german_400_page(client, world, path):
    response = client.get(path, HTTP_HOST=world["town"].host)
    assert response.status_code == 400
    text = response.content.decode()
    assert "Ungültige Anfrage" in text and "Steuerzeichen" in text


def test_an_over_long_log_in_name_is_a_form_error_not_a_stored_attempt(client, world, settings):
    from axes.models import AccessAttempt

    settings.AXES_ENABLED = True
    response = client.post(
        "/de/beteiligung/anmelden/",
        {"username": "x" * 300, "password": "falsch"},
        HTTP_HOST=world["town"].host,
    )
    assert response.status_code == 200
    assert "Dieser Benutzername ist zu lang" in response.content.decode()
    assert not AccessAttempt.objects.exists()
    # A wrong password for a name of normal length is still counted.
    client.post(
        "/de/beteiligung/anmelden/",
        {"username": "beirat-eingabe", "password": "falsch"},
        HTTP_HOST=world["town"].host,
    )
    assert AccessAttempt.objects.count() == 1


def send_twice(client, world, address, body):
    first = client.post(address, body, HTTP_HOST=world["town"].host)
    second = client.post(address, body, HTTP_HOST=world["town"].host)
    return first, second


def test_a_report_key_is_used_up_by_the_first_report(client, world):
    comment = world["comment"]
    address = f"/de/beteiligung/{world['consultation'].pk}/kommentar/{comment.pk}/melden/"
    body = {
        "reason": "spam",
        "note": "",
        "form_token": protection.issue_token(f"report:{comment.pk}"),
    }
    first, second = send_twice(client, world, address, body)
    assert first.status_code == 302 and second.status_code == 200
    assert "bereits abgeschickt" in second.content.decode()
    assert CommentReport.objects.filter(comment=comment).count() == 1


def test_a_feedback_key_is_used_up_by_the_first_message(client, world):
    address = german(path_of(world["statement_page"]))
    body = {"message": "Zu wenig Kontrast.", "form_token": protection.issue_token("feedback")}
    first, second = send_twice(client, world, address, body)
    assert first.status_code == 302 and second.status_code == 200
    assert "bereits abgeschickt" in second.content.decode()
    assert AccessibilityFeedback.objects.count() == 1


def test_a_comment_sent_twice_still_leads_to_its_receipt(client, world):
    c = world["consultation"]
    client.force_login(world["board"])
    body = {
        "category": "question",
        "text": "Wann beginnen die Kurse?",
        "language": "de",
        "form_token": protection.issue_token(f"comment:{c.pk}:{MISSION}"),
    }
    first, second = send_twice(client, world, f"/de/beteiligung/{c.pk}/abschnitt/{MISSION}/", body)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Comment.objects.filter(text="Wann beginnen die Kurse?").count() == 1


@pytest.mark.parametrize("field", ["message", "name", "email", "affected_url"])
def test_the_feedback_form_refuses_control_characters_in_every_field(client, world, field):
    address = german(path_of(world["statement_page"]))
    body = {
        "message": "Zu wenig Kontrast.",
        "name": "Ayşe",
        "email": "a@example.org",
        "affected_url": "/de/presse/",
        "form_token": protection.issue_token("feedback"),
    }
    body[field] = body[field][:3] + "\x1b\x01\x7f" + body[field][3:]
    response = client.post(address, body, HTTP_HOST=world["town"].host)
    assert response.status_code == 200
    assert "Steuerzeichen" in response.content.decode()
    assert not AccessibilityFeedback.objects.exists()


def test_history_and_usage_of_consultation_objects_open_for_moderators_only(
    client, world, role_user
):
    c, comment = world["consultation"], world["comment"]
    report = CommentReport.objects.create(comment=comment, reason="spam")
    participant = Participant.objects.get(user=world["board"])
    objects = {
        "beteiligungen": c,
        "beteiligungen/kommentare": comment,
        "beteiligungen/meldungen": report,
        "beteiligungen/teilnehmende": participant,
    }
    client.force_login(role_user(world["town"], "integrationsbuero"))
    for prefix, obj in objects.items():
        for view in ("history", "usage"):
            response = client.get(f"/admin/{prefix}/{view}/{obj.pk}/")
            assert response.status_code == 200, (prefix, view, response.status_code)
    client.force_login(role_user(world["merzig"], "integrationsbuero"))
    for prefix, obj in objects.items():
        for view in ("history", "usage"):
            assert client.get(f"/admin/{prefix}/{view}/{obj.pk}/").status_code == 404
