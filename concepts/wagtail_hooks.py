"""Admin of the concepts app: consultations on drafts (concepts/consultation)."""

from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .consultation import admin_views
from .consultation.models import Comment, CommentReport, Consultation, Participant

register_permission_policy(Consultation, admin_views.consultation_policy)
register_permission_policy(Comment, admin_views.comment_policy)
register_permission_policy(CommentReport, admin_views.report_policy)
register_permission_policy(Participant, admin_views.participant_policy)


@hooks.register("register_admin_viewset")
def register_consultation_admin():
    return admin_views.ConsultationGroup()


@hooks.register("register_admin_urls")
def consultation_admin_urls():
    return [
        path(
            "beteiligungen/<int:pk>/export.csv",
            admin_views.export_view,
            name="consultation_export",
        ),
        path(
            "beteiligungen/<int:pk>/export.xlsx",
            admin_views.export_view,
            {"fmt": "xlsx"},
            name="consultation_export_xlsx",
        ),
    ]
