"""The search app: the public search, its log and the editors' report."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Suche"

    def ready(self):
        from . import tasks

        tasks.connect()
