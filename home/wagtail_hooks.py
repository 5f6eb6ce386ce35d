from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents import get_document_model, get_permission_policy
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail.users.views import users as user_views

from concepts.models import FieldOfAction

from .models import AccessibilityFeedback, Organisation, Person
from .roles import administered_groups, administered_users
from .visibility import used_on_live_pages


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


# --- Per-municipality user administration -----------------------------------
#
# Wagtail's user admin is global: whoever may change users sees all of them and
# may make anyone a superuser. The "Administration" group of a municipality
# gets a narrowed version instead: it sees and changes only users whose groups
# all belong to its municipality, may give only those groups, never sees or
# sets the superuser flag, and may not run bulk actions on users. Groups
# themselves (and their permissions) stay with the superusers.


def _restrict_user_form(form, user):
    if user.is_superuser:
        return form
    form.fields.pop("is_superuser", None)
    if "groups" in form.fields:
        form.fields["groups"].queryset = administered_groups(user).order_by("name")
        form.fields["groups"].required = True
    return form


class _AdministeredUserMixin:
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not administered_users(self.request.user).filter(pk=obj.pk).exists():
            raise Http404
        return obj


class _UserFormMixin:
    def get_form(self, form_class=None):
        return _restrict_user_form(super().get_form(form_class), self.request.user)


class MunicipalUserFilterSet(user_views.UserFilterSet):
    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None and not request.user.is_superuser:
            self.filters.pop("is_superuser", None)
            self.filters["group"].queryset = administered_groups(request.user)


class MunicipalUserIndexView(user_views.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=administered_users(self.request.user))


class MunicipalUserCreateView(_UserFormMixin, user_views.CreateView):
    pass


class MunicipalUserEditView(_AdministeredUserMixin, _UserFormMixin, user_views.EditView):
    pass


class MunicipalUserDeleteView(_AdministeredUserMixin, user_views.DeleteView):
    pass


class MunicipalUserHistoryView(_AdministeredUserMixin, user_views.HistoryView):
    pass


class MunicipalUserViewSet(user_views.UserViewSet):
    filterset_class = MunicipalUserFilterSet
    index_view_class = MunicipalUserIndexView
    add_view_class = MunicipalUserCreateView
    edit_view_class = MunicipalUserEditView
    delete_view_class = MunicipalUserDeleteView
    history_view_class = MunicipalUserHistoryView


# wagtail.users builds its user viewset from this app config attribute when the
# admin URLs are first loaded, which is after every wagtail_hooks module has
# been imported.
apps.get_app_config("wagtailusers").user_viewset = "home.wagtail_hooks.MunicipalUserViewSet"


@hooks.register("before_bulk_action")
def only_superusers_change_users_in_bulk(request, action_type, objects, action_class_instance):
    if action_class_instance.model is get_user_model() and not request.user.is_superuser:
        raise PermissionDenied


# --- Documents: only those that live pages use -------------------------------


@hooks.register("before_serve_document")
def serve_only_published_documents(document, request):
    """A document is public once a live, unrestricted page uses it. Before that
    (used only on a draft, a scheduled or an expired page, or on nothing) only
    people who may change or choose it in the admin get the file; everyone else
    gets 404, as if it did not exist."""
    Document = get_document_model()
    if used_on_live_pages(Document.objects.filter(pk=document.pk)).exists():
        return None
    policy = get_permission_policy()
    user = request.user
    if user.is_authenticated and policy.user_has_any_permission_for_instance(
        user, ["change", "choose"], document
    ):
        return None
    raise Http404


# --- Page chooser: only the own municipality ----------------------------------


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_of_own_municipality(pages, request):
    """Wagtail's page chooser browses the whole tree, drafts included; a member
    of a municipality's groups sees only that municipality's pages in it."""
    user = request.user
    if user.is_superuser:
        return pages
    roots = Page.objects.filter(
        sites_rooted_here__municipality_groups__group__in=user.groups.all()
    ).distinct()
    allowed = Q(pk__in=[])
    for root in roots:
        allowed |= Q(path__startswith=root.path)
    return pages.filter(allowed)


# --- Languages (home/i18n.py) -------------------------------------------------


@hooks.register("before_serve_page")
def serve_pages_in_their_own_language(page, request, args, kwargs):
    """A page is only shown under its own language prefix, and only in a
    language its municipality offers. Wagtail falls back to the German home
    page when a language has no home page yet; the reader then gets the "not
    yet translated" notice in their language instead. A translation in a
    language the municipality no longer offers sends the reader to the
    German original."""
    from django.http import Http404
    from django.shortcuts import redirect
    from django.urls import reverse
    from django.utils import translation

    from .i18n import DEFAULT, live_translations, offered_for_request

    language = page.locale.language_code
    if language not in offered_for_request(request):
        original = live_translations(page, offered=[DEFAULT]).get(DEFAULT)
        if original is None:
            raise Http404
        return redirect(original.get_url(request))
    active = translation.get_language_from_path(request.path_info)
    if active and language != active:
        return redirect(reverse("not_translated", kwargs={"page_id": page.pk}))
    return None


@hooks.register("register_admin_urls")
def translation_report_urls():
    from django.contrib.auth.decorators import user_passes_test
    from django.urls import path

    from .i18n import translation_report_view
    from .translation_exchange import exchange_view

    superuser = user_passes_test(lambda user: user.is_superuser)
    return [
        path("uebersetzungen/", superuser(translation_report_view), name="translation_report"),
        # Open to every editor; the view offers only pages they may edit.
        path("uebersetzungen/austausch/", exchange_view, name="translation_exchange"),
    ]


@hooks.register("register_admin_menu_item")
def translation_exchange_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem
    from wagtail.models import GroupPagePermission

    class EditorsMenuItem(MenuItem):
        """Shown to those who may edit pages (the board and the user
        administration have nothing to translate)."""

        def is_shown(self, request):
            user = request.user
            return user.is_superuser or (
                GroupPagePermission.objects.filter(
                    group__user=user, permission__codename="change_page"
                ).exists()
            )

    return EditorsMenuItem(
        _("Übersetzungen (PO)"), reverse("translation_exchange"), icon_name="globe", order=850
    )


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    from django.urls import reverse
    from wagtail.admin.menu import AdminOnlyMenuItem

    return AdminOnlyMenuItem(
        _("Übersetzungsstand"), reverse("translation_report"), icon_name="globe", order=900
    )
