"""The multilingual sitemap: every live page with its language versions.

``/sitemap.xml`` is a sitemap index; it names the sections
``/sitemap-pages.xml``, ``/sitemap-pages.xml?p=2``, … of at most
:attr:`MultilingualSitemap.limit` addresses each, so that no answer grows
with the number of pages."""

from django.conf import settings
from django.db.models import Max
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps.views import index as wagtail_index
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from core.i18n import DEFAULT
from core.visibility import public

from .offered import live_translations, offered_languages


class MultilingualSitemap(WagtailSitemap):
    """Every live page of the municipality in every offered language, each
    with its alternates (hreflang, plus x-default for the German original).
    Wagtail's own sitemap only walks the default-locale tree."""

    limit = 1000  # addresses per section

    def get_latest_lastmod(self):
        """The newest publication, in one query (Django's default reads every page)."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def items(self):
        site = self.get_wagtail_site()
        self._offered = offered_languages(site)
        roots = live_translations(site.root_page, offered=self._offered).values()
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return public(pages.live()).filter(locale__language_code__in=self._offered).order_by("path")

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        by_location = {}
        keys = {item.translation_key for item in self.paginator.page(page).object_list}
        # The language versions of the whole sitemap page in a few queries (in
        # chunks, for the databases that limit the parameters of one query).
        found, ordered = {}, sorted(keys)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            versions = public(Page.objects.filter(translation_key__in=chunk).live())
            for version in versions.select_related("locale"):
                by_code = found.setdefault(version.translation_key, {})
                by_code[version.locale.language_code] = version
        for key in keys:
            versions = {
                code: found[key][code]
                for code, _name in settings.LANGUAGES
                if code in found.get(key, {}) and code in self._offered
            }
            if len(versions) < 2:
                continue
            links = [
                {"lang_code": code, "location": p.get_full_url(self.request)}
                for code, p in versions.items()
            ]
            if DEFAULT in versions:
                default_url = versions[DEFAULT].get_full_url(self.request)
                links.append({"lang_code": "x-default", "location": default_url})
            for link in links:
                by_location[link["location"]] = links
        for url_info in urls:
            url_info["alternates"] = by_location.get(url_info["location"], [])
        return urls


SECTIONS = {"pages": MultilingualSitemap}


def sitemap_index(request):
    """``/sitemap.xml``: the index of the sections."""
    return wagtail_index(request, SECTIONS, sitemap_url_name="sitemap-section")


def sitemap(request, section):
    """``/sitemap-<section>.xml?p=N``: one section of the sitemap."""
    return wagtail_sitemap(request, SECTIONS, section=section)
