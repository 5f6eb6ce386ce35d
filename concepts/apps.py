"""The concepts app: purges the page cache when a field of action changes and
notes changes to adopted editions."""

from django.apps import AppConfig


class ConceptsConfig(AppConfig):
    name = "concepts"
    verbose_name = "Integrationskonzepte"

    def ready(self):
        from core.cache import purge_all_on_change

        from .models import FieldOfAction

        # Fields of action appear on many pages of every municipality.
        purge_all_on_change(FieldOfAction)

        from wagtail.signals import page_published

        from .change_notes import note_change
        from .models import ConceptEditionPage

        def on_published(sender, instance, revision=None, **kwargs):
            note_change(instance, revision)

        page_published.connect(on_published, sender=ConceptEditionPage, weak=False)
