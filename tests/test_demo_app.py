"""The demo is an app of its own (demo/): production settings offer `load_demo` only
with WELTOFFEN_DEMO, so a real installation cannot load the demo accounts."""

import secrets
import subprocess
import sys

import pytest
from django.conf import settings


def production_commands(**extra):
    env = {
        "DJANGO_SETTINGS_MODULE": "weltoffen.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org",
        "PATH": "/usr/bin:/bin",
        **extra,
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "help"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_production_settings_leave_the_demo_out():
    commands = production_commands()
    assert "load_demo" not in commands
    assert "[demo]" not in commands
    assert "create_municipality" in commands  # the production commands are there


@pytest.mark.parametrize("value", ["true", "1", "True"])
def test_weltoffen_demo_installs_the_demo(value):
    assert "load_demo" in production_commands(WELTOFFEN_DEMO=value)


def test_weltoffen_demo_must_say_yes():
    assert "load_demo" not in production_commands(WELTOFFEN_DEMO="false")


def test_development_and_test_settings_install_the_demo():
    assert "demo" in settings.INSTALLED_APPS


def test_demo_accounts_prints_the_log_in_lines():
    """What `make run` shows instead of a password of its own (Makefile)."""
    import io

    from django.core.management import call_command

    from demo.loader import ADMIN_PASSWORD, ADMIN_USERNAME, DEMO_PASSWORD

    out = io.StringIO()
    call_command("demo_accounts", stdout=out)
    assert out.getvalue().strip() == (
        f"Demo-Zugang (nur für die Demo): {ADMIN_USERNAME} / {ADMIN_PASSWORD} "
        "→ http://127.0.0.1:8000/admin/"
    )
    out = io.StringIO()
    call_command("demo_accounts", "--roles", stdout=out)
    assert f"„{DEMO_PASSWORD}“" in out.getvalue()
    assert "voelklingen-pressestelle" in out.getvalue()
