"""The search app: the public search, its log and the editors' report."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Suche"

    def ready(self):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.cache import purge_all_on_change

        from . import tasks

        tasks.connect()
        # the promotions are kept with each search's scope (search.scope.Scope)
        purge_all_on_change(SearchPromotion)
