"""The municipality's admin: directory, feedback inbox, users, documents, choosers, languages."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents import get_document_model, get_permission_policy
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.i18n import DEFAULT
from core.visibility import used_on_live_pages

from . import tenancy
from .tenancy_admin import (
    BULK_ACTIONS,
    MunicipalDocumentsAdminAPIViewSet,
    MunicipalImagesAdminAPIViewSet,
    MunicipalPagePolicy,
)
from .viewsets import (
    AccessibilityFeedbackViewSet,
    ConciliationBodyViewSet,
    SignLanguageVideoViewSet,
)

# wagtail.users builds its user viewset from this app config attribute when the
# admin URLs are first loaded, which is after every wagtail_hooks module has
# been imported.
apps.get_app_config("wagtailusers").user_viewset = "home.users.MunicipalUserViewSet"

register_snippet(AccessibilityFeedbackViewSet)
register_snippet(SignLanguageVideoViewSet)
register_snippet(ConciliationBodyViewSet)


@hooks.register("register_reports_menu_item")
def overdue_feedback_menu_item():
    """The overview of overdue accessibility feedback: the inbox, filtered."""
    from django.urls import reverse
    from wagtail.admin.menu import MenuItem

    class FeedbackReaders(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm(
                "home.view_accessibilityfeedback"
            ) or request.user.has_perm("home.change_accessibilityfeedback")

    return FeedbackReaders(
        _("Überfällige Rückmeldungen"),
        reverse("wagtailsnippets_home_accessibilityfeedback:list") + "?ueberfaellig=true",
        icon_name="warning",
        order=950,
    )


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


# --- Tenant isolation: only the own municipality (home/tenancy.py) -------------

register_permission_policy(Page, MunicipalPagePolicy(Page))

for _action in BULK_ACTIONS:
    # Registered after Wagtail's own, so the registry keeps these.
    hooks.register("register_bulk_action", _action, order=100)


@hooks.register("construct_admin_api", order=100)
def admin_api_lists_only_own_files(router):
    router.register_endpoint("images", MunicipalImagesAdminAPIViewSet)
    router.register_endpoint("documents", MunicipalDocumentsAdminAPIViewSet)


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_of_own_municipality(pages, request):
    """Wagtail's page chooser browses the whole tree, drafts included; a member
    of a municipality's groups sees only that municipality's pages in it."""
    return tenancy.visible_pages(request.user, pages)


@hooks.register("construct_explorer_page_queryset")
def explore_only_pages_of_own_municipality(parent_page, pages, request):
    return tenancy.visible_pages(request.user, pages)


@hooks.register("construct_image_chooser_queryset")
def choose_only_images_of_own_municipality(images, request):
    return tenancy.visible_collection_items(request.user, images)


@hooks.register("construct_document_chooser_queryset")
def choose_only_documents_of_own_municipality(documents, request):
    return tenancy.visible_collection_items(request.user, documents)


# --- Languages (home/languages/) -------------------------------------------------


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

    from .languages.offered import live_translations, offered_for_request

    language = _language_of(page, request)
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

    from .languages.exchange import exchange_view
    from .languages.report import translation_report_view

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


def _language_of(page, request):
    """A page's language without a query for its locale (the few locales
    of the installation are a fragment)."""
    from core.fragments import locale_codes

    return locale_codes(request).get(page.locale_id) or page.locale.language_code
