"""The project's addresses: admin, documents, sitemap, API, reader pages per language."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from concepts.comparison.api import comparison_api
from core.health import health
from home import video_views
from home.history import MunicipalLogEntriesView
from home.languages import routing, sitemap

from .api import api_router

urlpatterns = [
    # The site history within the own municipality (home/history.py), in
    # front of Wagtail's own view of the same addresses.
    path("admin/reports/site-history/", MunicipalLogEntriesView.as_view()),
    path(
        "admin/reports/site-history/results/",
        MunicipalLogEntriesView.as_view(results_only=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap.sitemap_index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap.sitemap, name="sitemap-section"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("api/v2/comparisons/<int:pk>/", comparison_api, name="comparison_api"),
    path("api/v2/", api_router.urls),
    # Sign-language videos (home/video_views.py): one file for every language.
    path("gebaerdensprache/video/<int:video_id>/", video_views.stream, name="dgs_video"),
    path(
        "gebaerdensprache/video/<int:video_id>/download/",
        video_views.download,
        name="dgs_video_download",
    ),
    path(
        "gebaerdensprache/video/<int:video_id>/untertitel.vtt",
        video_views.captions,
        name="dgs_video_captions",
    ),
    # For load balancers and monitoring (core/health.py): never cached.
    path("health/", health, name="health"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Images straight from MEDIA_ROOT, where no web server in front does it: the
# development server (DEBUG) and `make serve` (SERVE_MEDIA_LOCALLY=true), on
# this machine only. Only the two image folders, as the proxy in production
# does: documents keep going through Wagtail's serve view (/documents/…), which
# checks that a live page uses them, so /media/documents/ answers 404 here too.
if settings.DEBUG or settings.SERVE_MEDIA_LOCALLY:
    _media = settings.MEDIA_URL.lstrip("/")
    # Each folder is its own document root, so "images/../documents/…" cannot
    # climb out of it.
    urlpatterns += [
        re_path(
            rf"^{_media}{folder}/(?P<path>.+)$",
            serve_file,
            {"document_root": settings.MEDIA_ROOT / folder},
        )
        for folder in ("images", "original_images")
    ]

# What a reader sees: every page under its language prefix, German (the
# source language) included: /de/presse/…, /en/press/…, /ar/presse/…. "/"
# sends a reader to their language, and an old unprefixed address to its
# German page (home.languages.routing.LanguageMiddleware). Admin, documents, sitemap,
# robots.txt and the API stay unprefixed.
urlpatterns += i18n_patterns(
    path("suche/", include("search.urls")),
    path("beteiligung/", include("consultation.urls")),
    path("nicht-uebersetzt/<int:page_id>/", routing.not_translated, name="not_translated"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A database that does not answer: the last good copy or a 503 (core/unavailable.py).
handler500 = "core.unavailable.server_error"
