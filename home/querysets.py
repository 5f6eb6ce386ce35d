"""One place that decides what the public may see."""

from wagtail.models import PageManager, PageQuerySet


class PublicPageQuerySet(PageQuerySet):
    def visible(self):
        """Live pages without view restrictions: the only ones any public channel shows."""
        return self.live().public()

    def visible_under(self, root):
        return self.visible().descendant_of(root)


PublicPageManager = PageManager.from_queryset(PublicPageQuerySet)
