"""Background work of a demo load, each distinct task once at the end.

Loading the demo saves and publishes every page several times (created, then
its revisions, then its translations). Each save queues the same background
work again: the search index and Wagtail's reference index for the object, the
word list for the page. A real worker runs each against the rows as they are
when it runs, so only the last of each counts; run at once (the immediate
backend of development and tests) every intermediate one is paid for, half
the load. Here they are collected while the demo is built and sent to the
configured backend once it is complete.
"""

import contextlib

from django.apps import apps
from django_tasks import task_backends
from modelsearch.tasks import insert_or_update_object_task
from wagtail.tasks import update_reference_index_task

from search.tasks import refresh_word_list

# Tasks that take (app label, model name, primary key) of one object.
PER_OBJECT = {update_reference_index_task.module_path, insert_or_update_object_task.module_path}


class _Collector:
    """Stands in for the task backend: remembers what was queued, in order."""

    def __init__(self):
        self.calls = {}
        self.word_list_pages = set()

    def enqueue(self, task, args, kwargs):
        if task.module_path == refresh_word_list.module_path:
            self.word_list_pages.update(*args, *kwargs.values())  # one call for all pages
        else:
            key = (task.module_path, repr(args), repr(kwargs))
            self.calls.setdefault(key, (task, args, kwargs))


def _still_there(calls):
    """The calls whose object still exists, read with one query per model.
    Inline rows (a page's contacts, say) are replaced on every save of their
    page: a task for a replaced row has nothing left to do (the page's own task
    indexes the new rows)."""
    wanted = {}
    for task, args, _kwargs in calls:
        if task.module_path in PER_OBJECT:
            app_label, model_name, pk = args
            wanted.setdefault((app_label, model_name), set()).add(str(pk))
    existing = {
        label: {
            str(pk)
            for pk in apps.get_model(*label).objects.filter(pk__in=pks).values_list("pk", flat=True)
        }
        for label, pks in wanted.items()
    }
    return [
        (task, args, kwargs)
        for task, args, kwargs in calls
        if task.module_path not in PER_OBJECT or str(args[2]) in existing[tuple(args[:2])]
    ]


@contextlib.contextmanager
def tasks_once():
    backend = task_backends["default"]
    collector = _Collector()
    task_backends["default"] = collector
    try:
        yield
    finally:
        task_backends["default"] = backend
    for task, args, kwargs in _still_there(list(collector.calls.values())):
        task.enqueue(*args, **kwargs)
    if collector.word_list_pages:
        refresh_word_list.enqueue(sorted(collector.word_list_pages))
