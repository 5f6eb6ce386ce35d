"""WSGI entry point: `gunicorn weltoffen.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "weltoffen.settings.production")

application = get_wsgi_application()
