"""What press releases and events share: the fields-of-action form, paging, related pages."""

from django.core.paginator import Paginator
from django.db import models
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale

PAGE_SIZE = 10


class FieldsOfActionPageForm(WagtailAdminPageForm):
    """Offers the fields of action once, in German: pages link to the German
    fields and readers see them in their language (localized_fields). Fields
    a page already links to stay selectable."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("fields_of_action")
        if field is not None:
            chosen = self.instance.fields_of_action.all() if self.instance.pk else []
            field.queryset = field.queryset.filter(
                models.Q(locale=Locale.get_default()) | models.Q(pk__in=[f.pk for f in chosen])
            )


def paginate(request, queryset, count=None):
    """The requested page of `queryset`; `count`, where known, spares counting it."""
    paginator = Paginator(queryset, PAGE_SIZE)
    if count is not None:
        paginator.count = count  # a cached_property: set, it is not computed
    return paginator.get_page(request.GET.get("seite"))


def _year_or_none(value):
    """A plausible year from the address, or None: a hand-edited ?jahr= is never a 500."""
    try:
        year = int(value)
    except (TypeError, ValueError):
        return None
    return year if 1900 <= year <= 2999 else None


def related_pages(*links):
    """Only the related pages the public may see: never a draft through a
    related box. `links` are (page model, id or None) pairs, from the foreign
    keys' ids: one query per related page, none to follow the keys first."""
    found = []
    for model, pk in links:
        if pk is not None:
            found += model.objects.visible().filter(pk=pk).defer_streamfields()
    return found
