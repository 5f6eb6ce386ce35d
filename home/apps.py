"""The home app: purges the page cache when people, organisations or settings change."""

from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Kommune"

    def ready(self):
        from core.cache import purge_all_on_change, purge_site_on_change

        from .models import MunicipalitySettings, Organisation, Person

        # Stored pages go stale when these change (core/cache.py).
        purge_all_on_change(Person, Organisation)
        purge_site_on_change(MunicipalitySettings)
