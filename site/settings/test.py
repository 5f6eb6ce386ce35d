"""Settings for the test suite: fast hasher, local e-mail outbox, temporary media."""

import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="weltoffen-media-"))  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
STORAGES["dbbackup"]["OPTIONS"]["location"] = tempfile.mkdtemp(prefix="weltoffen-backups-")  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
AXES_ENABLED = False
# Each search is counted at once, so a test reads its own searches in the
# log; tests/test_search_counting.py checks the batches.
SEARCH_LOG_SECONDS = 0
# The page cache stays off so that every test sees what it just changed;
# tests/test_cache*.py switch it on.
PAGE_CACHE_ENABLED = False
# The demo app, for tests/demo_content and the browser journeys.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The tests' events lie years apart; tests/test_ical.py narrows the window.
CALENDAR_DAYS_PAST = CALENDAR_DAYS_AHEAD = 36500
