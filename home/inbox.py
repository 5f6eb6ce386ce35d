"""The accessibility feedback inbox's clock: reminders a week before an answer is due.

`run_scheduler` calls `queue_due_reminders` on every run; each open report
due within a week is marked and one reminder task per report goes into the
task queue (django-tasks), so a report is reminded of once, whatever the
number of scheduler runs or workers.
"""

from django.db import transaction
from django.utils import timezone

from .models import AccessibilityFeedback


def queue_due_reminders(today=None):
    """Queue a reminder for every open report due within a week; returns how many."""
    from .tasks import send_feedback_reminder

    queued = 0
    for pk in AccessibilityFeedback.objects.to_remind(today).values_list("pk", flat=True):
        with transaction.atomic():
            # Marked first, so that a second scheduler never queues the same report.
            claimed = AccessibilityFeedback.objects.filter(pk=pk, reminded_at__isnull=True).update(
                reminded_at=timezone.now()
            )
            if claimed:
                # In the same transaction: the queued task and the mark stand or fall together.
                send_feedback_reminder.enqueue(pk)
                queued += 1
    return queued


def responsible_addresses(feedback):
    """The e-mail addresses of the group that answers the municipality's feedback:
    the one chosen in its settings, else its Redaktion; else the feedback address."""
    from .models import MunicipalityGroup

    config = feedback.settings
    group = config.feedback_group if config else None
    if group is None and config is not None:
        entry = MunicipalityGroup.objects.filter(
            site_id=config.site_id, role=MunicipalityGroup.Role.EDITORIAL
        ).first()
        group = entry.group if entry else None
    addresses = []
    if group is not None:
        addresses = sorted(
            {u.email for u in group.user_set.filter(is_active=True).exclude(email="")}
        )
    return addresses or [feedback.recipient]
