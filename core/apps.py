"""The core app: connects the page cache's purges for pages, images, documents and sites."""

from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The floor every other app stands on: no concrete models, no project imports."""

    name = "core"
    verbose_name = "Grundlagen"

    def ready(self):
        from . import cache

        cache.connect()
