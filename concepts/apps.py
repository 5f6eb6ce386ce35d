"""The concepts app: purges the page cache when a field of action changes."""

from django.apps import AppConfig


class ConceptsConfig(AppConfig):
    name = "concepts"
    verbose_name = "Integrationskonzepte"

    def ready(self):
        from core.cache import purge_all_on_change

        from .models import FieldOfAction

        # Fields of action appear on many pages of every municipality.
        purge_all_on_change(FieldOfAction)
