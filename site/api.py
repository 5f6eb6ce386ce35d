"""Read-only API (Wagtail API v2): live pages of the requesting site, and the
images and documents those pages use.

Every endpoint checks its query parameters before it touches the database
(:class:`CheckedParametersMixin`): a value Wagtail would pass on unchecked (a
date that is none, an offset beyond what a database counts, an unknown search
operator) is answered with 400 and a JSON message, as Wagtail does for the
parameters it checks itself. Control characters never get this far
(core/malformed.py).
"""

from datetime import UTC, datetime

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection
from django.http import Http404
from django.utils import timezone
from taggit.managers import TaggableManager
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.visibility import used_on_live_pages

# Far beyond any municipality's number of pages, far below what a database
# (or Python's slicing into SQL) chokes on.
MAX_OFFSET = 1_000_000
SEARCH_OPERATORS = ("and", "or")


def _check_number(params, name, maximum=None):
    value = params.get(name)
    if value is None:
        return
    if not value.isascii() or not value.isdigit():
        raise BadRequestError(f"{name} must be a positive integer")
    if maximum is not None and int(value) > maximum:
        raise BadRequestError(f"{name} must not be larger than {maximum}")


def _check_field_value(model, name, value):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return
    if isinstance(field, TaggableManager) or not getattr(field, "concrete", False):
        return
    if field.is_relation:
        field = field.target_field
    try:
        python = field.to_python(value)
        if isinstance(python, int) and not isinstance(python, bool):
            ranges = connection.ops.integer_field_ranges
            low, high = ranges.get(field.get_internal_type(), (None, None))
            if (low is not None and python < low) or (high is not None and python > high):
                raise OverflowError(value)
        if isinstance(python, datetime):
            # Stored in UTC: 0001-01-01 on the German clock lies before year 1.
            aware = python if timezone.is_aware(python) else timezone.make_aware(python)
            aware.astimezone(UTC)
    except (ValidationError, ValueError, TypeError, OverflowError) as exc:
        raise BadRequestError(f"field filter error. not a valid value for {name}") from exc


def check_parameters(params, model, view):
    """Raise BadRequestError for a parameter Wagtail would let through to a 500."""
    _check_number(params, "offset", MAX_OFFSET)
    _check_number(params, "limit")
    operator = params.get("search_operator")
    if operator is not None and operator not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")
    # As Wagtail's FieldsFilter: "locale" is the LocaleFilter's, by language code.
    filterable = set(view.get_available_fields(model, db_fields_only=True)) - {"locale"}
    filterable -= set(view.known_query_parameters)
    for name, value in params.items():
        if name in filterable:
            _check_field_value(model, name, value)


class CheckedParametersMixin:
    def filter_queryset(self, queryset):
        # Listing and detail views both filter by the query string.
        check_parameters(self.request.GET, queryset.model, self)
        return super().filter_queryset(queryset)

    def handle_exception(self, exc):
        # A detail view whose object a filter (e.g. ?search=) leaves out raises
        # a 404 without words; every 4xx of the API says what happened.
        if isinstance(exc, Http404) and not str(exc):
            exc = Http404("not found")
        return super().handle_exception(exc)

    def find_object(self, queryset, request):
        _check_number(request.GET, "id")
        return super().find_object(queryset, request)


class PublicPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
    pass


class PublicImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    body_fields = [*ImagesAPIViewSet.body_fields, "credit", "description"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit"]

    def get_queryset(self):
        return used_on_live_pages(super().get_queryset())


class PublicDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    def get_queryset(self):
        return used_on_live_pages(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
