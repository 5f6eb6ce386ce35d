"""Admin of the consultation app: menu, permission policies and the export addresses."""

from django.urls import path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin import ConsultationGroup
from .admin.export import export_view
from .admin.policies import comment_policy, consultation_policy, participant_policy, report_policy
from .models import Comment, CommentReport, Consultation, Participant

register_permission_policy(Consultation, consultation_policy)
register_permission_policy(Comment, comment_policy)
register_permission_policy(CommentReport, report_policy)
register_permission_policy(Participant, participant_policy)


@hooks.register("register_admin_viewset")
def register_consultation_admin():
    return ConsultationGroup()


@hooks.register("register_admin_urls")
def consultation_admin_urls():
    return [
        path(
            "beteiligungen/<int:pk>/export.csv",
            export_view,
            name="consultation_export",
        ),
        path(
            "beteiligungen/<int:pk>/export.xlsx",
            export_view,
            {"fmt": "xlsx"},
            name="consultation_export_xlsx",
        ),
    ]


@hooks.register("weltoffen_comparison_answers")
def comparison_answers(newer, keys):
    """The Abwägung's decisions behind the changes of an edition (concepts/comparison/)."""
    from .comparison import answers_behind

    return answers_behind(newer, keys)
