"""The comment form's defences: bad input, the one-time form key, the honeypot
and timing traps, the rate limit, and posts to sections or by people that do
not belong."""

import pytest
from bs4 import BeautifulSoup

from consultation.models import Comment
from consultation.sections import GUIDING_GOALS, MISSION
from core import protection
from tests.consultation.helpers import comment_on, host, open_consultation, page_text, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_towns")]


def test_over_long_text_is_refused_with_a_linked_error(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, text="x" * 3001)
    assert response.status_code == 200
    assert not Comment.objects.exists()
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.select_one('[role=alert] a[href="#id_text"]') is not None
    field = soup.select_one("#id_text")
    assert field["aria-invalid"] == "true"
    assert "id_text_error" in field["aria-describedby"]
    assert "höchstens 3000 Zeichen" in page_text(response)


@pytest.mark.parametrize(
    "data,message",
    [
        ({"text": "   "}, "Bitte schreiben Sie Ihren Kommentar."),
        ({"category": ""}, "Bitte wählen Sie"),
        ({"category": "lob"}, "keine gültige Auswahl"),
        ({"language": "xx"}, "keine gültige Auswahl"),
        ({"text": "Klingel\x07Zeichen"}, "Steuerzeichen"),
        ({"text": "Null\x00Byte"}, "Bitte prüfen Sie Ihre Angaben"),
    ],
)
def test_bad_input_is_refused(client, draft, people, voelklingen, data, message):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, **data)
    assert response.status_code == 200
    assert message in page_text(response)
    assert not Comment.objects.exists()


def test_a_replayed_form_creates_one_comment(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    first, fields = comment_on(client, voelklingen, consultation)
    again = client.post(
        url("comment", pk=consultation.pk, key=MISSION), fields, **host(voelklingen)
    )
    assert again.status_code == 302 and again["Location"] == first["Location"]
    assert Comment.objects.count() == 1


def test_forged_or_foreign_tokens_are_refused(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, form_token="gefälscht")
    assert "abgelaufen oder ungültig" in page_text(response)
    # A token issued for another section is no good here either.
    other = protection.issue_token(f"comment:{consultation.pk}:{GUIDING_GOALS}")
    response, _ = comment_on(client, voelklingen, consultation, form_token=other)
    assert "abgelaufen oder ungültig" in page_text(response)
    assert not Comment.objects.exists()


def test_spam_traps(client, draft, people, voelklingen, monkeypatch):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    response, _ = comment_on(client, voelklingen, consultation, website="http://spam.example")
    assert response.status_code == 302 and not Comment.objects.exists()
    monkeypatch.setattr(protection, "MIN_SECONDS", 60)
    response, _ = comment_on(client, voelklingen, consultation)
    assert "Das ging sehr schnell" in page_text(response)
    assert not Comment.objects.exists()


def test_comments_are_rate_limited(client, draft, people, voelklingen, settings):
    settings.CONSULTATION_RATE_LIMITS = {"comment": 2, "statement": 1, "report": 1, "register": 1}
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    for _ in range(2):
        assert comment_on(client, voelklingen, consultation)[0].status_code == 302
    response, _ = comment_on(client, voelklingen, consultation)
    assert "sehr viele Beiträge" in page_text(response)
    assert Comment.objects.count() == 2


def test_unknown_section_and_foreign_people_cannot_post(client, draft, people, voelklingen):
    consultation = open_consultation(draft)
    client.force_login(people["beirat"])
    assert (
        client.get(
            url("comment", pk=consultation.pk, key="gibt-es-nicht"), **host(voelklingen)
        ).status_code
        == 404
    )
    client.force_login(people["öffentlich"])
    response = client.post(url("comment", pk=consultation.pk, key=MISSION), {}, **host(voelklingen))
    assert response.status_code == 404
    client.logout()
    response = client.post(url("comment", pk=consultation.pk, key=MISSION), {}, **host(voelklingen))
    assert response.status_code == 302 and not Comment.objects.exists()
