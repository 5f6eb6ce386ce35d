"""Local development: the demo at http://127.0.0.1:8000/ and *.localhost:8000."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = "dev-only-not-secret-weltoffen"  # noqa: S105
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1", "[::1]"]

# The demo content and its accounts (`manage.py load_demo`, `make run`).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
