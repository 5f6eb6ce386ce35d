"""The news app: press releases and events."""

from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Presse und Veranstaltungen"
