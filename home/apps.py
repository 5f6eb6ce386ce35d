from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Kommune"

    def ready(self):
        from . import cache

        cache.connect()  # page cache purging (home/cache.py)
