"""Security headers on the public site, feeds, the API and the Wagtail admin."""

import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings

from tests.factories import PressReleaseFactory, StandardPageFactory
from tests.helpers import visit

PRODUCTION_LIKE = {
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
}


def directives(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    header = response["Content-Security-Policy"]
    parsed = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert f"{feature}=()" in permissions
    assert "Content-Security-Policy" in response


def assert_public_policy(response):
    assert_common_headers(response)
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


def assert_admin_policy(response):
    assert_common_headers(response)
    csp = directives(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.django_db
def test_public_page_headers(client, voelklingen):
    page = StandardPageFactory(town=voelklingen, title="Angebote")
    response = visit(client, voelklingen, page.url)
    assert response.status_code == 200
    assert_public_policy(response)


@pytest.mark.django_db
def test_home_page_and_404_headers(client, voelklingen):
    assert_public_policy(visit(client, voelklingen, "/"))
    missing = visit(client, voelklingen, "/gibt-es-nicht/")
    assert missing.status_code == 404
    assert_public_policy(missing)


@pytest.mark.django_db
@pytest.mark.parametrize("feed", ["rss", "atom"])
def test_feed_headers(client, voelklingen, feed):
    PressReleaseFactory(town=voelklingen, title="Neue Sprachkurse")
    response = visit(client, voelklingen, f"/de/presse/feed/{feed}/")
    assert response.status_code == 200
    assert_public_policy(response)


@pytest.mark.django_db
def test_api_headers(client, voelklingen):
    response = visit(client, voelklingen, "/api/v2/pages/")
    assert response.status_code == 200
    assert_public_policy(response)


@pytest.mark.django_db
def test_admin_login_page_headers(client, voelklingen):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_admin_policy(response)


@pytest.mark.django_db
def test_admin_pages_and_preview_may_be_framed_by_the_admin(client, voelklingen):
    user = get_user_model().objects.create_superuser("chefin", "c@example.org", "x-Passwort-123")
    client.force_login(user)
    page = StandardPageFactory(town=voelklingen, title="Vorschau-Seite")

    listing = client.get(f"/admin/pages/{voelklingen.home.pk}/")
    assert listing.status_code == 200
    assert_admin_policy(listing)

    edit = client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    assert_admin_policy(edit)

    preview = client.get(f"/admin/pages/{page.pk}/edit/preview/")
    assert preview.status_code == 200
    assert_admin_policy(preview)


@pytest.mark.django_db
def test_rendered_preview_gets_the_admin_framing_rules(rf, voelklingen):
    """The preview iframe shows the page rendered through a simulated request to its
    public URL; that response must allow being framed by the admin."""
    page = StandardPageFactory(town=voelklingen, title="Vorschau-Inhalt")
    original = rf.get(f"/admin/pages/{page.pk}/edit/preview/", HTTP_HOST=voelklingen.host)
    response = page.make_preview_request(original_request=original)
    assert response.status_code == 200
    assert b"Vorschau-Inhalt" in response.content
    assert_admin_policy(response)
    # The live page itself stays unframeable.


@pytest.mark.django_db
def test_hsts_on_https_with_production_values(client, voelklingen):
    with override_settings(**PRODUCTION_LIKE):
        secure = visit(client, voelklingen, "/", secure=True)
        plain = visit(client, voelklingen, "/")
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    # Never over plain HTTP (browsers would ignore it anyway).
    assert "Strict-Transport-Security" not in plain


@pytest.mark.django_db
def test_public_templates_need_no_inline_script_or_style(client, voelklingen):
    """What the strict public policy relies on: no inline code in our pages."""
    from bs4 import BeautifulSoup

    page = PressReleaseFactory(town=voelklingen, title="Mitteilung mit JSON-LD")
    for path in ("/", page.url, "/de/presse/"):
        document = BeautifulSoup(visit(client, voelklingen, path).content.decode(), "html.parser")
        for script in document.find_all("script"):
            if script.get("type") == "application/ld+json":
                continue
            assert script.get("src", "").startswith("/static/"), script
        assert not document.find_all("style")
        assert not document.find_all(style=True)
        for element in document.find_all(True):
            assert not any(name.startswith("on") for name in element.attrs), element


def test_production_settings_pass_check_deploy():
    env = {
        "DJANGO_SETTINGS_MODULE": "weltoffen.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
