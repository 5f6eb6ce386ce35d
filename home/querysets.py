"""One place that decides what the public may see."""

from wagtail.models import PageManager, PageQuerySet


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
