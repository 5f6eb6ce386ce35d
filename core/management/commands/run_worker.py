"""`manage.py run_worker`: the task worker (django-tasks-db), kept alive across database restarts.

``db_worker`` ends with ``OperationalError`` as soon as one of its polls
meets a database that is restarting, and mails and index updates then wait
until someone starts it again. This command runs the same worker (same
options) and, when the database fails, closes the connections, waits (half a
second, doubling up to ``MAX_WAIT``), checks that the database answers and
carries on. Anything else still ends the worker, so that the service manager
restarts it and the log shows why.

A worker that was killed in the middle of a task (a deploy, the OOM killer, a
power cut) leaves that task RUNNING for ever, and its e-mail is never sent.
On start, this command puts tasks that have been RUNNING for longer than
``TASK_INTERRUPTED_AFTER`` seconds (default 15 minutes; ours take seconds)
back in the queue. The task may then run a second time if it had done its
work just before the kill: a mail sent twice is better than one never sent.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError, connections
from django.utils import timezone
from django_tasks_db.management.commands import db_worker

logger = logging.getLogger("django_tasks_db")
FIRST_WAIT = 0.5
MAX_WAIT = 10.0


def database_answers():
    try:
        for connection in connections.all():
            connection.ensure_connection()
        return True
    except (OperationalError, InterfaceError):
        return False


def close_connections():
    for connection in connections.all():
        try:
            connection.close()
        except (OperationalError, InterfaceError):  # already gone
            connection.connection = None


def run_resiliently(run, sleep=time.sleep):
    """Calls `run` until it returns, resuming after database errors."""
    while True:
        try:
            return run()
        except (OperationalError, InterfaceError) as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else ""
            logger.warning("Datenbank nicht erreichbar (%s); der Worker wartet.", first_line)
        close_connections()
        wait, waited = FIRST_WAIT, 0.0
        while True:
            sleep(wait)
            waited += wait
            if database_answers():
                break
            close_connections()
            wait = min(wait * 2, MAX_WAIT)
        logger.warning("Datenbank wieder erreichbar nach %.1f s; der Worker macht weiter.", waited)


def requeue_interrupted(now=None):
    """Tasks RUNNING for longer than a task may take go back to READY; returns how many."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    limit = getattr(settings, "TASK_INTERRUPTED_AFTER", 15 * 60)
    cutoff = (now or timezone.now()) - timedelta(seconds=limit)
    count = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    ).update(status=TaskResultStatus.READY, started_at=None)
    if count:
        logger.warning("%d unterbrochene Aufgabe(n) wieder in die Warteschlange gestellt.", count)
    return count


class Command(db_worker.Command):
    help = "Runs the task worker (db_worker) and resumes it after database restarts."

    def handle(self, *args, **options):
        options["reload"] = False  # the reloader would restart the process, not resume
        run_resiliently(requeue_interrupted)
        run_resiliently(lambda: super(Command, self).handle(*args, **options))
