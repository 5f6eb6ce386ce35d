"""The core app: connects the page cache's purges and withdraws tasks of deleted objects."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The floor every other app stands on: no concrete models, no project imports."""

    name = "core"
    verbose_name = "Grundlagen"

    def ready(self):
        from . import cache, root_paths, tasks

        cache.connect()
        root_paths.connect()
        tasks.connect()
        build_routable_resolvers()


def build_routable_resolvers():
    """Build every routable page type's URL resolver now, in one thread.

    Wagtail builds it lazily on the first request, reading the class's
    ``__dict__`` while it sets the resolver as a class attribute; two threads
    of a threaded gunicorn worker doing that at once for the same class end in
    "dictionary changed size during iteration" (seen in the benchmark log)."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            model.get_resolver()
