"""The multilingual sitemap: every live page with its language versions.

``/sitemap.xml`` is a sitemap index; it names the sections
``/sitemap-pages.xml``, ``/sitemap-pages.xml?p=2``, … of at most
:attr:`MultilingualSitemap.limit` addresses each, so that no answer grows
with the number of pages."""

from functools import partial

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Max
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps.views import index as wagtail_index
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from core.cache import PageCacheMiddleware, site_id_for
from core.fragments import fragment
from core.i18n import DEFAULT
from core.pages import url_below
from core.visibility import public

from .offered import live_translations, offered_languages


class MultilingualSitemap(WagtailSitemap):
    """Every live page of the municipality in every offered language, each
    with its alternates (hreflang, plus x-default for the German original).
    Wagtail's own sitemap only walks the default-locale tree.

    A section costs the same however large the site grows: at most
    :attr:`limit` addresses, read as plain rows (no page instances), their
    addresses composed from the language roots' addresses (no URL lookup per
    page), their language versions in one more query."""

    # Addresses per section: small enough to answer in a few milliseconds
    # (and to be full already for a municipality of a few hundred pages, so
    # that the first section costs the same at any size), large enough that
    # the index stays short (5,000 addresses: 25 sections).
    limit = 200

    def get_latest_lastmod(self):
        """The newest publication, in one query (Django's default reads every page)."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _roots(self):
        if not hasattr(self, "_root_pages"):
            site = self.get_wagtail_site()
            self._offered = offered_languages(site)
            self._root_pages = live_translations(site.root_page, offered=self._offered)
        return self._root_pages

    def items(self):
        pages = Page.objects.none()
        for root in self._roots().values():
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return public(pages.live()).filter(locale__language_code__in=self._offered).order_by("path")

    def _locate(self, url_path):
        """The full address of the page at `url_path`, from the address of the
        language root it lies under (None outside this municipality)."""
        for root_path, root_url in self._prefixes:
            if url_path.startswith(root_path):
                return url_below(root_url, url_path[len(root_path) :])
        return None

    def _urls(self, page, protocol, domain):
        roots = self._roots()
        # Longest first: a language root never hides a deeper one.
        self._prefixes = sorted(
            ((root.url_path, root.get_full_url(self.request)) for root in roots.values()),
            key=lambda pair: -len(pair[0]),
        )
        rows = list(
            Paginator(self.items(), self.limit)
            .page(page)
            .object_list.values(
                "translation_key", "url_path", "last_published_at", "latest_revision_created_at"
            )
        )
        found = {}  # translation key -> {language code: address}
        keys = sorted({row["translation_key"] for row in rows})
        for start in range(0, len(keys), 500):  # databases that limit the parameters
            versions = public(Page.objects.filter(translation_key__in=keys[start : start + 500]))
            for version in versions.live().values(
                "translation_key", "url_path", "locale__language_code"
            ):
                code = version["locale__language_code"]
                location = self._locate(version["url_path"])
                if code in self._offered and location is not None:
                    found.setdefault(version["translation_key"], {})[code] = location
        urls, last_mods = [], set()
        for row in rows:
            location = self._locate(row["url_path"])
            if location is None:
                continue
            lastmod = row["last_published_at"] or row["latest_revision_created_at"]
            last_mods.add(lastmod)
            urls.append(
                {
                    "location": location,
                    "lastmod": lastmod,
                    "alternates": alternates(found.get(row["translation_key"], {})),
                }
            )
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def alternates(addresses):
    """hreflang links of one page from {language code: address}: every offered
    language version in the order of settings.LANGUAGES, and x-default for the
    German original; none for a page in one language only."""
    if len(addresses) < 2:
        return []
    links = [
        {"lang_code": code, "location": addresses[code]}
        for code, _name in settings.LANGUAGES
        if code in addresses
    ]
    if DEFAULT in addresses:
        links.append({"lang_code": "x-default", "location": addresses[DEFAULT]})
    return links


SECTIONS = {"pages": MultilingualSitemap}


def kept(request, name, parts, render):
    """The response of `render()`, kept as a fragment of the site until it
    publishes again (core/fragments.py): sitemaps have no language prefix, so
    the page cache never holds them, and crawlers ask for them often. The
    addresses in them depend on the host and scheme asked for, so do the keys."""
    parts = (*parts, MultilingualSitemap.limit, request.scheme, request.get_host())

    def build():
        response = render()
        response.render()
        return (response.status_code, list(response.items()), response.content)

    # (status, headers, body): the page cache's own frozen form, rebuilt by it
    return PageCacheMiddleware._rebuild(fragment(request, site_id_for(request), name, parts, build))


def sitemap_index(request):
    """``/sitemap.xml``: the index of the sections."""
    return kept(
        request,
        "sitemap-index",
        (),
        lambda: wagtail_index(request, SECTIONS, sitemap_url_name="sitemap-section"),
    )


def sitemap(request, section):
    """``/sitemap-<section>.xml?p=N``: one section of the sitemap. Only a
    section that exists is kept (Django answers 404 for any other ``p``),
    under its number, so ``p=02`` and ``p=2`` share it."""
    number = request.GET.get("p", "1")
    render = partial(wagtail_sitemap, request, SECTIONS, section=section)
    if section not in SECTIONS or not number.isascii() or not number.isdigit():
        return render()
    return kept(request, "sitemap-section", (section, int(number)), render)
