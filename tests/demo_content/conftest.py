"""The demo, loaded once for every module of this package.

Loading it draws all demo pictures and PDFs and translates through
wagtail-localize (about half a minute), so the modules that read the demo
share one load inside a transaction that is rolled back at the end. Each test
runs in its own nested transaction on top of it, as usual.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo_db(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", "--quiet", stdout=io.StringIO())
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
