"""Publish and unpublish scheduled pages in a loop: the embargo clock (and feedback reminders).

Wagtail stores a scheduled go-live (Sperrfrist) and an expiry on the page and
its revision; `publish_scheduled` acts on them when it runs. This command runs
it every SCHEDULER_INTERVAL_SECONDS (60) until it receives SIGTERM or SIGINT,
so a scheduled press release appears at the latest one interval after its
time, never before.
"""

import io
import logging
import signal
import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections, connection
from django.utils import timezone
from wagtail.models import Page, Revision

from home.inbox import queue_due_reminders

logger = logging.getLogger("weltoffen.scheduler")


class Command(BaseCommand):
    help = (
        "Veröffentlicht terminierte Seiten und zieht abgelaufene zurück "
        "(publish_scheduled), jede Minute, bis das Programm beendet wird."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=float,
            default=settings.SCHEDULER_INTERVAL_SECONDS,
            help="Sekunden zwischen zwei Läufen (Standard: 60).",
        )
        parser.add_argument(
            "--once", action="store_true", help="Nur einmal laufen (z. B. für cron)."
        )

    def handle(self, *args, interval=60, once=False, **options):
        self.stop = threading.Event()
        previous = {}
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGTERM, signal.SIGINT):
                previous[signum] = signal.signal(signum, self._request_stop)
        self.stdout.write(f"Zeitplan läuft: alle {interval:g} s publish_scheduled.")
        runs = 0
        try:
            while True:
                self.run_once()
                runs += 1
                if once or self.stop.wait(interval):
                    break
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        self.stdout.write(f"Zeitplan beendet nach {runs} Lauf/Läufen.")

    def _request_stop(self, signum, frame):
        logger.info("Signal %s: Zeitplan wird beendet.", signum)
        self.stop.set()

    def _fresh_connection(self):
        """Drop a connection the database closed while we slept (as Django does
        around each request); never inside a transaction, e.g. in tests."""
        if not connection.in_atomic_block:
            close_old_connections()

    def run_once(self):
        self._fresh_connection()
        try:
            now = timezone.now()
            due = Revision.objects.filter(approved_go_live_at__lt=now).count()
            expired = Page.objects.filter(live=True, expire_at__lt=now).count()
            call_command("publish_scheduled", stdout=io.StringIO())
            # Accessibility feedback due within a week: a reminder each (home/inbox.py).
            reminders = queue_due_reminders()
        except Exception:
            # One failed run (database restart, …) must not end the loop.
            logger.exception("publish_scheduled ist fehlgeschlagen.")
        else:
            message = f"{due} veröffentlicht, {expired} abgelaufen und zurückgezogen."
            if reminders:
                message += f" {reminders} Erinnerung(en) zu Rückmeldungen eingereiht."
            if due or expired or reminders:
                logger.info(message)
                self.stdout.write(f"{now:%Y-%m-%d %H:%M:%S}: {message}")
            else:
                logger.debug(message)
        finally:
            self._fresh_connection()
