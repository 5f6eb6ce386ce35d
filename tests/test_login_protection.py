"""Password guessing on the Wagtail login (django-axes).

The test settings switch axes off so other tests can use ``client.login``;
these tests switch it on again.
"""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import override_settings

LOGIN = "/admin/login/"
PASSWORD = "Rathaus-Passwort-2024!"

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("voelklingen")]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "redakteurin", "redaktion@voelklingen.example", PASSWORD, is_staff=True
    )


@pytest.fixture(autouse=True)
def axes_on():
    with override_settings(AXES_ENABLED=True):
        yield


def attempt(client, password, username="redakteurin", ip="203.0.113.7"):
    return client.post(
        LOGIN, {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=ip
    )


def logged_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_correct_password_logs_in(client, editor):
    assert logged_in(attempt(client, PASSWORD))


def test_wrong_password_shows_the_login_form_again(client, editor):
    response = attempt(client, "falsch")
    assert response.status_code == 200
    assert b'name="password"' in response.content


def test_sixth_attempt_is_refused_even_with_the_right_password(client, editor):
    for _ in range(5):
        response = attempt(client, "falsch")
        assert response.status_code in (200, 429)
    response = attempt(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    text = response.content.decode()
    assert "Zu viele fehlgeschlagene Anmeldeversuche" in text
    assert "30 Minuten" in text
    # Still locked on the next try, and the lock-out page carries the admin's headers.
    again = attempt(client, PASSWORD)
    assert again.status_code == 429
    assert again["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in again


def test_lockout_is_per_username_and_address(client, editor):
    for _ in range(5):
        attempt(client, "falsch")
    # The same person from another address is not locked out...
    assert logged_in(attempt(client, PASSWORD, ip="198.51.100.20"))
    client.logout()
    # ...and someone else from the locked address can still log in.
    get_user_model().objects.create_user(
        "kollege", "k@voelklingen.example", PASSWORD, is_staff=True
    )
    assert logged_in(attempt(client, PASSWORD, username="kollege"))


def test_lockout_ends_after_thirty_minutes(client, editor):
    from datetime import timedelta

    for _ in range(5):
        attempt(client, "falsch")
    assert attempt(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time - timedelta(minutes=31)
    )
    assert logged_in(attempt(client, PASSWORD))


def test_successful_login_resets_the_count(client, editor):
    for _ in range(4):
        attempt(client, "falsch")
    assert logged_in(attempt(client, PASSWORD))
    client.logout()
    # The four earlier failures are forgotten: four more still leave a way in.
    for _ in range(4):
        assert attempt(client, "falsch").status_code == 200
    assert logged_in(attempt(client, PASSWORD))


def test_forwarded_for_is_ignored_without_trusted_proxies(client, editor):
    """A client cannot escape the lock-out by inventing X-Forwarded-For addresses."""
    for number in range(5):
        client.post(
            LOGIN,
            {"username": "redakteurin", "password": "falsch"},
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    assert attempt(client, PASSWORD).status_code == 429


def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, editor):
    with override_settings(TRUSTED_PROXY_COUNT=1):
        for _ in range(5):
            client.post(
                LOGIN,
                {"username": "redakteurin", "password": "falsch"},
                REMOTE_ADDR="10.0.0.1",
                HTTP_X_FORWARDED_FOR="spoofed, 203.0.113.7",
            )
        locked = client.post(
            LOGIN,
            {"username": "redakteurin", "password": PASSWORD},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
        assert locked.status_code == 429
        other = client.post(
            LOGIN,
            {"username": "redakteurin", "password": PASSWORD, "next": "/admin/"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="198.51.100.20",
        )
        assert logged_in(other)


def test_client_login_works_with_axes_on(client, editor):
    """Other tests may log in with the test client; axes needs a request for that."""
    from django.test import RequestFactory

    request = RequestFactory().post(LOGIN)
    assert client.login(request=request, username="redakteurin", password=PASSWORD)
