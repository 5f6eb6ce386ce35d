"""Admin of the concepts app: the fields of action (in the "Verzeichnis" menu) and the
concept section of a new municipality."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.municipality import ensure_child
from home.viewsets import OrganisationViewSet, PersonViewSet

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


@hooks.register("register_admin_urls")
def fortschreibung_urls():
    from django.urls import path

    from .fortschreibung import fortschreibung_view

    return [
        path(
            "integrationskonzept/<int:page_id>/fortschreibung/",
            fortschreibung_view,
            name="concepts_fortschreibung",
        )
    ]


@hooks.register("register_admin_urls")
def progress_admin_urls():
    from django.urls import path

    from .progress.admin_views import import_view

    return [
        path("fortschritt/<int:page_id>/import/", import_view, name="progress_import"),
    ]


@hooks.register("register_page_header_buttons")
def fortschreibung_header_button(page, user, view_name=None, next_url=None):
    from .fortschreibung import header_buttons

    return header_buttons(page, user, view_name, next_url)


@hooks.register("register_page_listing_more_buttons")
def fortschreibung_listing_button(page, user, next_url=None):
    from .fortschreibung import header_buttons

    return header_buttons(page, user)


@hooks.register("register_page_header_buttons")
def progress_import_button(page, user, view_name, next_url=None):
    """On an implementation report: import indicator values from a CSV file."""
    from django.urls import reverse
    from wagtail.admin.widgets import Button

    from .progress.models import ProgressReportPage

    if page.specific_class is ProgressReportPage and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Kennzahlen aus CSV importieren"),
            reverse("progress_import", args=[page.pk]),
            icon_name="table",
            priority=90,
        )
