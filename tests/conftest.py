"""Fixtures and hooks for Weltoffen's tests.

Test data comes from the factories in tests/factories/ (municipalities, pages,
images, documents); requests and HTML from tests/helpers.py. Here are only the
fixtures: the two municipalities every test may ask for (``voelklingen``,
``merzig``, set up once per module with ``shared_towns``), users in a role
(``role_user``), and what is reset around each test.
"""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests.factories import MERZIG, VOELKLINGEN, TownFactory, fresh


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction around a whole test module, rolled back at its end.

    Data built in module-scoped fixtures on top of this is set up once; every
    test still runs in its own savepoint (pytest-django's `db`), so what a
    test changes is gone before the next one starts.
    """
    from django.db import transaction

    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="module")
def shared_towns(module_db):
    """Völklingen and Merzig, set up once for a module that opts in with
    ``pytestmark = [..., pytest.mark.usefixtures("shared_towns")]``."""
    voelklingen = TownFactory.of(VOELKLINGEN)
    return {"voelklingen": voelklingen, "merzig": TownFactory.of(MERZIG)}


@pytest.fixture
def voelklingen(request, db):
    if "shared_towns" in request.fixturenames:
        return fresh(request.getfixturevalue("shared_towns")["voelklingen"])
    return TownFactory.of(VOELKLINGEN)


@pytest.fixture
def merzig(request, db, voelklingen):
    # Völklingen first: it is the default site every unknown host falls back to.
    if "shared_towns" in request.fixturenames:
        return fresh(request.getfixturevalue("shared_towns")["merzig"])
    return TownFactory.of(MERZIG)


@pytest.fixture(autouse=True)
def german_after_each_test():
    """A request under /en/ leaves English active in the test process; the
    next test starts in German, the site's language, whatever ran before."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def empty_cache():
    """Rate limits and rendition caches must not leak from one test into the next."""
    from core.cache import forget_hosts  # and the purge versions this process read

    cache.clear()
    forget_hosts()
    yield
    cache.clear()
    forget_hosts()


@pytest.fixture(autouse=True)
def no_waiting_search_counts():
    """Searches a test counted in a window of seconds are not written into
    the next test's database."""
    from search import counting

    yield
    counting.discard()


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: the demo loader tests (tests/test_demo.py); run with every `make test`"
    )


# --- Roles (home/roles.py) ---------------------------------------------------


@pytest.fixture
def role_user(db):
    """`role_user(town, "redaktion")`: a user with an e-mail address in that
    municipality's group for the role, created once per test and role."""
    from django.contrib.auth import get_user_model

    from home.roles import municipality_key, roles_of_site

    made = {}

    def make(town, role):
        key = (town.host, role)
        if key not in made:
            name = f"{municipality_key(town.name)}-{role}"
            user = get_user_model().objects.create_user(
                name, email=f"{name}@example.org", password="test-only", first_name="T"
            )
            user.groups.add(roles_of_site(town.site)[role])
            made[key] = user
        return made[key]

    return make
