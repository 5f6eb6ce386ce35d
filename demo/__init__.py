"""The demo: five municipalities and their integration work (`manage.py load_demo`).

A Django app of its own, without models, so that only the settings that want
the demo install it (development, tests, and production with WELTOFFEN_DEMO).
The loader is demo/loader.py; this package imports nothing at start-up.
"""
