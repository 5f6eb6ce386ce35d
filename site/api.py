"""Read-only API (Wagtail API v2): live pages of the requesting site, and the
images and documents those pages use."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.visibility import used_on_live_pages


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    body_fields = [*ImagesAPIViewSet.body_fields, "credit", "description"]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit"]

    def get_queryset(self):
        return used_on_live_pages(super().get_queryset())


class PublicDocumentsAPIViewSet(DocumentsAPIViewSet):
    def get_queryset(self):
        return used_on_live_pages(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
