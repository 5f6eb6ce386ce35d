"""Admin viewsets of the municipality's snippets: people, organisations, feedback.

The "Verzeichnis" menu that groups people, organisations and fields of action
is assembled in concepts.wagtail_hooks, the app that owns the fields.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

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


class AccessibilityFeedbackViewSet(SnippetViewSet):
    model = AccessibilityFeedback
    icon = "help"
    menu_label = _("Barrierefreiheit: Rückmeldungen")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["created_at", "message", "answered"]
    list_filter = ["answered"]
