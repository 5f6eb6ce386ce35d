"""Settings for the database-outage probe (tests/database_outage_site.py): the
test settings on a throwaway PostgreSQL cluster, with the page cache on and
connections kept and health-checked as in production. Tables are created from
the models (no migrations), which takes seconds instead of a minute."""

from weltoffen.settings.test import *  # noqa: F403


class _NoMigrations:
    def __contains__(self, app):
        return True

    def __getitem__(self, app):
        return None


MIGRATION_MODULES = _NoMigrations()
PAGE_CACHE_ENABLED = True
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
