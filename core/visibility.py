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
from django.db.models import BigIntegerField, CharField, Q
from django.db.models.functions import Cast
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction, ReferenceIndex

_RESTRICTED = [None, ()]  # (purge version, sections) of this process


def restricted_sections(version=None):
    """(path, depth) of every page with a view restriction.

    Wagtail's ``public()`` reads them with a query each time a listing is
    built; they change rarely, so they are kept in the page cache's store
    under its global purge version (a restriction saved or deleted bumps it,
    core/cache.py) and in this process while that version holds."""
    from . import cache as page_cache

    version = version or page_cache.recent_versions(None)[0]
    if not version:  # the shared cache does not answer: read them, keep nothing
        return tuple(PageViewRestriction.objects.values_list("page__path", "page__depth"))
    if _RESTRICTED[0] == version:
        return _RESTRICTED[1]
    store = page_cache._cache()
    key = f"{page_cache.KEY_PREFIX}:restricted:{version}"
    sections = store.get(key)
    if sections is None:
        sections = tuple(
            PageViewRestriction.objects.values_list("page__path", "page__depth").distinct()
        )
        store.set(key, sections, None)
    _RESTRICTED[:] = [version, sections]
    return sections


def restriction_free(page):
    """True when no view restriction applies to `page`: Wagtail's rule (the
    page, its ancestors, and the pages they are aliases of; two queries per
    page served), asked once per page and address under the global purge
    version, which every restriction saved or deleted bumps. A move changes
    the address, so a page moved into a restricted section is asked again."""
    from . import cache as page_cache

    version = page_cache.recent_versions(None)[0]
    if not restricted_sections(version):
        return True  # none anywhere
    if not version or page.pk is None:
        return False  # the shared cache does not answer: ask the database
    store = page_cache._cache()
    key = f"{page_cache.KEY_PREFIX}:free:{page.pk}:{page.path}:{version}"
    free = store.get(key)
    if free is None:
        free = not Page.get_view_restrictions(page).exists()
        store.set(key, free, page_cache._timeout())
    return free


def private_q():
    """Pages in a restricted section (Wagtail's ``private_q``, without its query)."""
    private = Q()
    for path, depth in restricted_sections():
        private |= Q(path__startswith=path, depth__gte=depth)
    return private if private else Q(pk__in=[])


def public(pages):
    """`pages` (any page queryset) without those in restricted sections."""
    return pages.exclude(private_q())


class PublicPageQuerySet(PageQuerySet):
    def public(self):
        """Pages outside every restricted section (Wagtail's rule, without its query)."""
        return public(self)

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
