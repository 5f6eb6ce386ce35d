"""Which images and documents the public may see through the API.

An image or document is public when a live, unrestricted page uses it. The
reference index is built from the database row of each page, which for a
published page holds its live content (drafts live in revisions), so a file
used only in an unpublished draft stays out of the API.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex


def used_on_live_pages(queryset):
    model = queryset.model
    live_page_ids = (
        Page.objects.live().public().annotate(pk_str=Cast("pk", CharField())).values("pk_str")
    )
    referenced = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=live_page_ids,
        to_content_type=ContentType.objects.get_for_model(model),
    ).values("to_object_id")
    return queryset.annotate(pk_str=Cast("pk", CharField())).filter(pk_str__in=referenced)
