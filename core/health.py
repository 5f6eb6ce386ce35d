"""The health endpoint for load balancers: database, cache and task queue, one word each.

``GET /health/`` (outside the language prefixes, never in the page cache,
``Cache-Control: no-store``) runs django-health-check's database and cache
checks and one of its own, the age of the oldest task waiting in the
database queue (django-tasks-db), and answers a short JSON document:

* ``{"status": "ok", ...}`` with 200 when everything answers;
* ``"degraded"`` with 200 when the site still serves but something lags: the
  cache is unreachable (pages come from the database, slower) or a task has
  been waiting longer than ``HEALTH_TASK_MAX_WAIT_SECONDS`` (default 300: the
  worker is down or behind, mails wait);
* ``"down"`` with 503 when the database does not answer: take this server out
  of rotation.

Each component is reported as one word (``ok``, ``down``, ``delayed``,
``unknown``): no versions, host names, exception texts or timings, nothing an
attacker could use. The details go to the server log (logger ``health_check``).
"""

import asyncio
import dataclasses
import datetime

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db.models import Case, F, When
from django.http import JsonResponse
from django.utils import timezone
from health_check import checks
from health_check.base import HealthCheck
from health_check.exceptions import ServiceWarning
from health_check.views import HealthCheckView


@dataclasses.dataclass
class Database(checks.Database):
    """The library's ``SELECT 1``, run in the request's own thread (and so on
    the request's own connection, the one the pages use)."""

    async def run(self):
        await sync_to_async(super().run)()


@dataclasses.dataclass
class TaskQueue(HealthCheck):
    """Warns when the oldest task that could run has been waiting too long."""

    def max_wait(self):
        return datetime.timedelta(seconds=getattr(settings, "HEALTH_TASK_MAX_WAIT_SECONDS", 300))

    @staticmethod
    def oldest_waiting():
        """When the longest-waiting ready task became due (None: none waits)."""
        from django_tasks_db.models import DBTaskResult, get_date_max

        return (
            DBTaskResult.objects.ready()
            .annotate(
                due=Case(
                    When(run_after=get_date_max(), then=F("enqueued_at")),
                    default=F("run_after"),
                )
            )
            .order_by("due")
            .values_list("due", flat=True)
            .first()
        )

    async def run(self):
        due = await sync_to_async(self.oldest_waiting)()
        if due is not None and timezone.now() - due > self.max_wait():
            raise ServiceWarning("tasks waiting")


# name in the answer -> (check, its word when it fails)
COMPONENTS = {
    "database": (Database, "down"),
    "cache": (checks.Cache, "down"),
    "tasks": (TaskQueue, "delayed"),
}


class HealthView(HealthCheckView):
    """django-health-check's view with an answer of our own (see the module
    docstring); the library's own formats would name the checks' settings and
    quote exception texts."""

    checks = tuple(check for check, _ in COMPONENTS.values())

    async def get(self, request, *args, **kwargs):
        instances = list(self.get_checks())
        results = await asyncio.gather(*(check.get_result() for check in instances))
        report = {}
        for name, result in zip(COMPONENTS, results, strict=True):
            report[name] = COMPONENTS[name][1] if result.error else "ok"
        if report["database"] != "ok":
            # Without the database the queue cannot be read at all.
            report["tasks"] = "unknown"
            status, code = "down", 503
        elif any(word != "ok" for word in report.values()):
            status, code = "degraded", 200
        else:
            status, code = "ok", 200
        return JsonResponse({"status": status, **report}, status=code)


health = HealthView.as_view()
