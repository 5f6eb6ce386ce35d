from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from concepts.models import FieldOfAction

from .models import AccessibilityFeedback, Organisation, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Personen")
    list_display = ["name", "role", "organisation"]
    search_fields = ["name", "role"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisationen")
    list_display = ["name", "kind", "city"]
    list_filter = ["kind"]


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


class AccessibilityFeedbackViewSet(SnippetViewSet):
    model = AccessibilityFeedback
    icon = "help"
    menu_label = _("Barrierefreiheit: Rückmeldungen")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["created_at", "message", "answered"]
    list_filter = ["answered"]


register_snippet(DirectoryGroup)
register_snippet(AccessibilityFeedbackViewSet)
