"""The admin's side of tenant isolation: the page policy, bulk actions, admin API, guard.

Which objects a user may see is decided in home/tenancy.py; this module applies
it where Wagtail offers no hook of its own (the hooks are registered in
home/wagtail_hooks.py):

* ``MunicipalPagePolicy`` narrows what the page explorer, the admin API, the
  reports and the history consider explorable or permitted;
* the bulk actions drop another municipality's objects before their
  confirmation page lists them (and answer 404 if nothing is left);
* the admin API's image and document endpoints list only visible files;
* ``AdminTenancyMiddleware`` answers 404 to any admin address whose page,
  image, document or owned snippet id belongs to another municipality, so
  that no view (move confirmation, chooser, revisions, previews, wagtail-localize)
  shows its title; and keeps non-superusers out of the reports that count the
  pages of every municipality.
"""

from django.contrib.auth import get_user_model
from django.http import Http404
from wagtail.admin.views.pages import bulk_actions as page_bulk
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.views import bulk_actions as document_bulk
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.views import bulk_actions as image_bulk
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.bulk_actions.delete import DeleteBulkAction as SnippetDeleteBulkAction

from . import tenancy

# --- Pages -------------------------------------------------------------------------


class MunicipalPagePolicy(PagePermissionPolicy):
    """Wagtail's page policy, without the pages of other municipalities."""

    def instances_user_has_any_permission_for(self, user, actions):
        pages = super().instances_user_has_any_permission_for(user, actions)
        return tenancy.visible_pages(user, pages)

    def explorable_instances(self, user):
        return tenancy.visible_pages(user, super().explorable_instances(user))


# --- Bulk actions ----------------------------------------------------------------


class MunicipalBulkActionMixin:
    """Objects of another municipality are not even listed as "no access"."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        user = self.request.user
        objects = [obj for obj in objects if tenancy.may_see(user, obj)]
        denied = [obj for obj in extra["items_with_no_access"] if tenancy.may_see(user, obj)]
        if not objects and not denied:
            raise Http404
        return objects, {**extra, "items_with_no_access": denied}


def _scoped(action_class):
    return type(action_class.__name__, (MunicipalBulkActionMixin, action_class), {})


BULK_ACTIONS = [
    _scoped(action)
    for action in (
        page_bulk.DeleteBulkAction,
        page_bulk.MoveBulkAction,
        page_bulk.PublishBulkAction,
        page_bulk.UnpublishBulkAction,
        image_bulk.AddTagsBulkAction,
        image_bulk.AddToCollectionBulkAction,
        image_bulk.DeleteBulkAction,
        document_bulk.AddTagsBulkAction,
        document_bulk.AddToCollectionBulkAction,
        document_bulk.DeleteBulkAction,
        SnippetDeleteBulkAction,
    )
]


# --- Admin API ----------------------------------------------------------------------


class MunicipalImagesAdminAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return tenancy.visible_collection_items(self.request.user, super().get_queryset())


class MunicipalDocumentsAdminAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return tenancy.visible_collection_items(self.request.user, super().get_queryset())


# --- The guard in front of the admin views --------------------------------------

PAGE_PARAMETERS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
IMAGE_PARAMETERS = ("image_id",)
DOCUMENT_PARAMETERS = ("document_id", "doc_id")

# Reports that count or name the pages of every municipality; Wagtail offers no
# way to narrow them, so they stay with the superusers.
SUPERUSER_ONLY_ROUTES = ("reports/page-types-usage/", "localize/reports/")


def _is_user_model(kwargs):
    model = get_user_model()
    return (kwargs.get("app_label"), kwargs.get("model_name")) == (
        model._meta.app_label,
        model._meta.model_name,
    )


def _objects_named(match):
    """(model, pk) of every object an admin address is about."""
    kwargs, route = match.kwargs, match.route
    for parameters, model in (
        (PAGE_PARAMETERS, Page),
        (IMAGE_PARAMETERS, get_image_model()),
        (DOCUMENT_PARAMETERS, get_document_model()),
    ):
        for name in parameters:
            if name in kwargs:
                yield model, kwargs[name]
    if "pk" in kwargs:
        for part, model in (
            ("pages/", Page),
            ("images/", get_image_model()),
            ("documents/", get_document_model()),
        ):
            if part in route:
                yield model, kwargs["pk"]
    model = _owned_snippet(kwargs, route)
    if model is not None and "pk" in kwargs:
        yield model, kwargs["pk"]
    translated = _translated_object(kwargs)
    if translated is not None:
        yield type(translated), translated.pk


def _translated_object(kwargs):
    """The source page or snippet of a wagtail-localize translation address."""
    from django.core.exceptions import ObjectDoesNotExist
    from wagtail_localize.models import Translation, TranslationSource

    source = None
    if "translation_id" in kwargs:
        translation = Translation.objects.filter(pk=kwargs["translation_id"]).first()
        source = translation and translation.source
    elif "translation_source_id" in kwargs:
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
    if source is None:
        return None
    try:
        return source.get_source_instance()
    except ObjectDoesNotExist:
        return None


def _owned_snippet(kwargs, route):
    from django.apps import apps

    for label in tenancy.OWNED:
        app_label, model_name = label.split(".")
        if kwargs.get("app_label") == app_label and kwargs.get("model_name") == model_name:
            return apps.get_model(label)
        if f"{app_label}/{model_name}/" in route:
            return apps.get_model(label)
    return None


def _foreign(user, model, pk):
    try:
        obj = model._default_manager.filter(pk=pk).first()
    except (TypeError, ValueError):
        return False
    return obj is not None and not tenancy.may_see(user, obj)


class AdminTenancyMiddleware:
    """404 for admin addresses about another municipality's objects."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        user = getattr(request, "user", None)
        if match is None or user is None or not match.route.startswith("admin/"):
            return None
        if not user.is_authenticated or tenancy.unrestricted(user):
            return None
        route = match.route
        if any(part in route for part in SUPERUSER_ONLY_ROUTES):
            raise Http404
        if route.startswith("admin/bulk/") and _is_user_model(match.kwargs):
            # Only superusers run bulk actions on users (home/wagtail_hooks.py);
            # the confirmation page would name other municipalities' staff.
            raise Http404
        if "localize/api/snippets/" in route and _owned_snippet(match.kwargs, route):
            # Owned snippets are not translated; their listing is nobody else's business.
            raise Http404
        for model, pk in _objects_named(match):
            if _foreign(user, model, pk):
                raise Http404
        return None
