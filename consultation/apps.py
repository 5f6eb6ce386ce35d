from django.apps import AppConfig


class ConsultationConfig(AppConfig):
    """Consultations on draft concept editions. The tables keep the names they
    had while this lived in the concepts app (Meta.db_table on every model)."""

    name = "consultation"
    label = "consultation"
    verbose_name = "Beteiligung"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .models import Comment, Consultation

        # An edition page shows its consultations and, once a report is
        # published, the report's counts (templatetags/consultation_tags.py):
        # both are kept with the site's pages and purged with them.
        for name, signal in (("save", post_save), ("delete", post_delete)):
            uid = f"weltoffen-page-cache-consultation-{name}"
            signal.connect(purge_consultation, sender=Consultation, dispatch_uid=uid)
            signal.connect(purge_report_comment, sender=Comment, dispatch_uid=f"{uid}-comment")


def purge_consultation(sender, instance, **kwargs):
    from core.cache import bump_site

    bump_site(instance.site_id)


def purge_report_comment(sender, instance, **kwargs):
    """A comment counts on the edition page once its consultation's report is
    published (hidden later, or its decision changed); before, only the
    report's publication does."""
    from core.cache import bump_site

    from .models import Consultation

    # Read as values: when a consultation is deleted, its comments go first.
    found = (
        Consultation.objects.filter(pk=instance.consultation_id, report_published_at__isnull=False)
        .values_list("site_id", flat=True)
        .first()
    )
    if found is not None:
        bump_site(found)
