"""Admin of the concepts app: consultations on drafts (concepts/consultation)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.municipality import ensure_child
from home.viewsets import OrganisationViewSet, PersonViewSet

from .consultation import admin_views
from .consultation.models import Comment, CommentReport, Consultation, Participant
from .models import FieldOfAction


class FieldOfActionViewSet(SnippetViewSet):
    model = FieldOfAction
    icon = "folder-open-inverse"
    menu_label = _("Handlungsfelder")
    list_display = ["name", "selbstcheck", "sort_order"]
    list_filter = ["selbstcheck"]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = _("Verzeichnis")
    menu_icon = "folder-open-1"
    menu_order = 200
    items = (PersonViewSet, OrganisationViewSet, FieldOfActionViewSet)


register_snippet(DirectoryGroup)

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


@hooks.register("weltoffen_municipality_sections", order=10)
def concept_section(home, municipality):
    """A new municipality gets the shared fields of action and its concept section."""
    from .models import ConceptIndexPage
    from .taxonomy import ensure_fields_of_action

    ensure_fields_of_action()
    page, _created = ensure_child(
        home,
        ConceptIndexPage,
        "integrationskonzept",
        title="Integrationskonzept",
        show_in_menus=True,
        summary=f"Das Integrationskonzept von {municipality.name} in allen Ausgaben.",
    )
    return {"concepts": page}
