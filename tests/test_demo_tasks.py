"""The demo with the database task queue (as `make serve` loads it) leaves no
failed task behind: translating pages rewrites their inline rows, and the
reference-index tasks of the replaced rows are withdrawn (core/tasks.py)."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, ReferenceIndex

from core.tasks import REFERENCE_INDEX_TASK
from demo import merzig
from demo.base import Context, set_up_site
from demo.localize import translate_page, translate_people
from demo.people import shared

pytestmark = [pytest.mark.django_db, pytest.mark.sqlite]


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker():
    """The worker of `make serve`, until the queue is empty. It closes "old"
    connections between tasks, which inside the test's transaction would be
    the test's own connection (PostgreSQL): that check is left out here."""
    with mock.patch(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    ):
        call_command(
            "db_worker", "--batch", "--no-startup-delay", verbosity=0, stdout=io.StringIO()
        )


def test_translating_the_demo_leaves_no_failed_task(database_queue):
    ctx = Context(merzig.MUNICIPALITY)
    ctx.people.update(shared())
    set_up_site(ctx)
    merzig.build_people(ctx)  # the home page's contacts (inline rows)
    merzig.build_events(ctx)  # events with contributors (inline rows)
    home = ctx.site.root_page.specific
    event = ctx.events["selbstcheck"]
    assert home.contacts.count() == 2 and event.contributors.exists()
    for page in (home, ctx.sections["events"], event):
        translate_people(page, "en")
        translate_page(page, "en")
    assert DBTaskResult.objects.ready().filter(task_path=REFERENCE_INDEX_TASK).exists()

    run_worker()

    failed = DBTaskResult.objects.failed()
    assert not failed.exists(), [(r.args_kwargs, r.exception_class_path) for r in failed]
    assert not DBTaskResult.objects.ready().exists()
    # The index was still brought up to date: the English home page names its
    # contacts, the English event its organiser.
    english = Locale.objects.get(language_code="en")
    for page, related in (
        (home, "contacts"),
        (event, "contributors"),
    ):
        translated = page.get_translation(english).specific
        kept = getattr(translated, related).all()
        assert kept.exists()
        referenced = {
            (ref.to_content_type.model_class(), str(ref.to_object_id))
            for ref in ReferenceIndex.get_references_for_object(translated)
        }
        for row in kept:
            target = row.person or getattr(row, "organisation", None)
            assert (type(target), str(target.pk)) in referenced, (page, row)
