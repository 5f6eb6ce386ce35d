from django.apps import AppConfig


class ConsultationConfig(AppConfig):
    """Consultations on draft concept editions. The tables keep the names they
    had while this lived in the concepts app (Meta.db_table on every model)."""

    name = "consultation"
    label = "consultation"
    verbose_name = "Beteiligung"
