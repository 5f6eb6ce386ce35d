"""The core app: connects the page cache's purges and withdraws tasks of deleted objects."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The floor every other app stands on: no concrete models, no project imports."""

    name = "core"
    verbose_name = "Grundlagen"

    def ready(self):
        from . import cache, tasks

        cache.connect()
        tasks.connect()
