"""Admin viewsets of the municipality's snippets: people, organisations, feedback.

The "Verzeichnis" menu that groups people, organisations and fields of action
is assembled in concepts.wagtail_hooks, the app that owns the fields.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views import chooser as snippet_chooser
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


class _OwnedChoices:
    """A chooser offering only the objects of the user's municipality (home/tenancy.py)."""

    def get_object_list(self):
        from .tenancy import visible_owned

        return visible_owned(self.request.user, super().get_object_list())


class OwnedSnippetChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (_OwnedChoices, snippet_chooser.ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (_OwnedChoices, snippet_chooser.ChooseResultsView), {}
    )


class AccessibilityFeedbackViewSet(SnippetViewSet):
    model = AccessibilityFeedback
    icon = "help"
    menu_label = _("Barrierefreiheit: Rückmeldungen")
    menu_order = 300
    chooser_viewset_class = OwnedSnippetChooserViewSet
    add_to_admin_menu = True
    list_display = ["created_at", "message", "answered"]
    list_filter = ["answered"]

    def get_queryset(self, request):
        """Only the feedback on the own municipality's statement (home/tenancy.py)."""
        from .tenancy import visible_owned

        return visible_owned(request.user, AccessibilityFeedback.objects.all())
