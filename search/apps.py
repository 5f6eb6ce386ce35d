"""The search app: the public search, its log and the editors' report."""

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Suche"

    def ready(self):
        from django.db.models.signals import post_migrate
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from core.cache import purge_all_on_change

        from . import postings, tasks

        tasks.connect()
        # the postings' ranks follow the search fields' boosts (search.postings)
        post_migrate.connect(postings.sync_weights, sender=self)
        # the promotions are kept with each search's scope (search.scope.Scope)
        purge_all_on_change(SearchPromotion)
