"""The demo app: installed by the dev and test settings, in production only with WELTOFFEN_DEMO."""

from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (five municipalities, `manage.py load_demo`): installed by
    the development and test settings, and in production only with WELTOFFEN_DEMO."""

    name = "demo"
    label = "demo"
    verbose_name = "Demo"
