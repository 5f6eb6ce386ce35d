"""Admin viewsets of the municipality's snippets: people, organisations, feedback.

The "Verzeichnis" menu that groups people, organisations and fields of action
is assembled in concepts.wagtail_hooks, the app that owns the fields.
"""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import (
    AccessibilityFeedback,
    ConciliationBody,
    Organisation,
    Person,
    SignLanguageVideo,
)
from .video_forms import SignLanguageVideoForm


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


class FeedbackFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=AccessibilityFeedback.Status.choices
    )
    ueberfaellig = django_filters.BooleanFilter(label=_("Überfällig"), method="filter_overdue")

    class Meta:
        model = AccessibilityFeedback
        fields = []

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = queryset.overdue(timezone.localdate())
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))


class DueColumn(Column):
    """The due date, with "überfällig" in words (not only colour) when it has passed."""

    def get_value(self, instance):
        due = f"{instance.due_date:%d.%m.%Y}" if instance.due_date else "–"
        return f"{due} – {_('überfällig')}" if instance.is_overdue else due


class AccessibilityFeedbackViewSet(SnippetViewSet):
    """The feedback inbox: status, due date one month after receipt, the reply."""

    model = AccessibilityFeedback
    icon = "help"
    menu_label = _("Barrierefreiheit: Rückmeldungen")
    menu_order = 300
    chooser_viewset_class = OwnedSnippetChooserViewSet
    add_to_admin_menu = True
    list_display = [
        "created_at",
        "message",
        "status",
        DueColumn("due_date", label=_("Antwort fällig bis"), sort_key="due_date"),
    ]
    filterset_class = FeedbackFilterSet

    def get_queryset(self, request):
        """Only the feedback on the own municipality's statement (home/tenancy.py)."""
        from .tenancy import visible_owned

        return visible_owned(request.user, AccessibilityFeedback.objects.select_related("page"))


class SignLanguageVideoViewSet(SnippetViewSet):
    """The municipality's DGS videos; the file is checked on upload (home/video.py)."""

    model = SignLanguageVideo
    icon = "media"
    menu_label = _("Gebärdensprache: Videos")
    menu_order = 310
    chooser_viewset_class = OwnedSnippetChooserViewSet
    add_to_admin_menu = True
    list_display = ["title", "duration", "width", "height", "frame_rate"]
    edit_handler = ObjectList(SignLanguageVideo.panels, base_form_class=SignLanguageVideoForm)

    def get_queryset(self, request):
        from .tenancy import visible_owned

        return visible_owned(request.user, SignLanguageVideo.objects.all())


class ConciliationBodyViewSet(SnippetViewSet):
    """The Länder's conciliation bodies, shared by all municipalities (superusers edit)."""

    model = ConciliationBody
    icon = "doc-full"
    menu_label = _("Schlichtungsstellen")
    list_display = ["state", "name", "enforcement_name", "verified"]
