"""The one place that decides what the public may see.

A page is public when it is live and has no view restriction
(:class:`PublicPageQuerySet`, which every listing, feed, sitemap and search
uses).

An image or document is public when a live, unrestricted page uses it. The
reference index is built from the database row of each page, which for a
published page holds its live content (drafts live in revisions), so a file
used only in an unpublished draft stays out of the API.

The reference index stores object ids as text. The pages' ids are cast to text
inside the subquery, and the files' ids back to integers, so that the outer
filter is a plain ``pk__in``: the search backends can only combine a search
with filters on indexed fields (``id`` is one), never with a computed column.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import BigIntegerField, CharField
from django.db.models.functions import Cast
from wagtail.models import Page, PageManager, PageQuerySet, ReferenceIndex


class PublicPageQuerySet(PageQuerySet):
    def visible(self):
        """Live pages without view restrictions: the only ones any public channel shows."""
        return self.live().public()

    def visible_under(self, root):
        return self.visible().descendant_of(root)

    def with_teaser_images(self):
        """Teaser images and their renditions in two queries, not one per teaser."""
        return self.select_related("listing_image").prefetch_related("listing_image__renditions")


PublicPageManager = PageManager.from_queryset(PublicPageQuerySet)


def used_on_live_pages(queryset):
    """The images or documents of `queryset` that a public page uses."""
    model = queryset.model
    live_page_ids = (
        Page.objects.live().public().annotate(pk_str=Cast("pk", CharField())).values("pk_str")
    )
    referenced = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=live_page_ids,
        to_content_type=ContentType.objects.get_for_model(model),
    ).values_list(Cast("to_object_id", BigIntegerField()), flat=True)
    return queryset.filter(pk__in=referenced)
