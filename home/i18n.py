"""The reader's languages: which ones a municipality offers, the choice on
arrival at "/", the remembered choice, the "not yet translated" notice and
the multilingual sitemap.

German (``settings.LANGUAGE_CODE``) is the source language of every page and
is always offered; the others are translations made with wagtail-localize.
"""

from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import is_valid_path
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import trans_real
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page, Site

DEFAULT = settings.LANGUAGE_CODE
LANGUAGE_NAMES = dict(settings.LANGUAGES)  # each in its own language and script
TRANSLATION_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != DEFAULT]
BIDI = set(settings.LANGUAGES_BIDI) if hasattr(settings, "LANGUAGES_BIDI") else set()
BIDI |= {"ar", "fa", "he", "ur"}


def ensure_locales():
    """A wagtail Locale for every content language (idempotent)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def offered_languages(site):
    """The language codes a municipality offers, German first."""
    from .models import MunicipalitySettings

    if site is None:
        return [DEFAULT]
    cache = getattr(site, "_weltoffen_offered", None)
    if cache is None:
        chosen = MunicipalitySettings.for_site(site).languages or []
        cache = [DEFAULT, *[code for code in TRANSLATION_LANGUAGES if code in chosen]]
        site._weltoffen_offered = cache
    return cache


def offered_for_request(request):
    if not hasattr(request, "_weltoffen_offered"):
        request._weltoffen_offered = offered_languages(Site.find_for_request(request))
    return request._weltoffen_offered


def live_translations(page, request=None, offered=None):
    """{language code: live, public page} for every translation of `page`
    (itself included) in a language the municipality offers, in the order of
    settings.LANGUAGES."""
    if offered is None:
        offered = offered_for_request(request) if request is not None else [DEFAULT]
    pages = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .public()
        .select_related("locale")
    )
    found = {p.locale.language_code: p for p in pages}
    return {
        code: found[code] for code, _name in settings.LANGUAGES if code in found and code in offered
    }


def localized_instances(objects, locale, select_related=()):
    """Translatable snippets (people, organisations) in `locale` (a Locale or
    its id), in the given order, with one query per model. wagtail-localize
    copies a page's inline rows (contacts, contributors) unchanged, so they
    point at the German snippets; this is how their translated roles reach
    readers. An object without a translation stays as it is."""
    locale_id = getattr(locale, "pk", locale)
    objects = [obj for obj in objects if obj is not None]
    by_model = {}
    for obj in objects:
        if obj.locale_id != locale_id:
            by_model.setdefault(type(obj), set()).add(obj.translation_key)
    found = {}
    for model, keys in by_model.items():
        queryset = model.objects.filter(translation_key__in=keys, locale_id=locale_id)
        for obj in queryset.select_related(*select_related):
            found[(model, obj.translation_key)] = obj
    return [found.get((type(obj), obj.translation_key), obj) for obj in objects]


def best_language(request, offered):
    """The remembered language if offered, else the best match of the
    browser's Accept-Language among the offered ones, else German."""
    remembered = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if remembered in offered:
        return remembered
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for accepted, _quality in trans_real.parse_accept_lang_header(header):
        if accepted == "*":
            break
        code = accepted.lower().split("-")[0]
        if code in offered:
            return code
    return DEFAULT


def first_visit_redirect(request):
    """Where `/` sends a reader: the home page in their language (remembered,
    else the browser's) if the municipality offers it and it is translated,
    else the German home page."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    offered = offered_languages(site)
    code = best_language(request, offered)
    homes = live_translations(site.root_page, offered=offered)
    home = homes.get(code) or homes.get(DEFAULT)
    if home is None:
        return None
    response = HttpResponseRedirect(home.get_url(request))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def german_address(request):
    """For an address without a language prefix that only exists with one
    (a bookmark from before the prefixes, a link typed by hand): the same
    address under /de/, else None."""
    path = request.path_info
    if translation.get_language_from_path(path) or is_valid_path(path):
        return None
    prefixed = f"/{DEFAULT}{path}"
    with translation.override(DEFAULT):
        if not is_valid_path(prefixed):
            if not settings.APPEND_SLASH or not is_valid_path(f"{prefixed}/"):
                return None
            prefixed += "/"
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{prefixed}?{query}" if query else prefixed)


def not_translated(request, page_id):
    """Told in the reader's language that a page has no translation yet, with a
    link to the German original (where the language switcher sends them)."""
    site = Site.find_for_request(request)
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    originals = live_translations(page, offered=[DEFAULT])
    original = originals.get(DEFAULT)
    if original is None or site is None or not original.path.startswith(site.root_page.path):
        raise Http404
    language = translation.get_language()
    existing = live_translations(page, request).get(language)
    if existing is not None:
        return HttpResponseRedirect(existing.get_url(request))
    return TemplateResponse(
        request,
        "home/not_translated.html",
        {
            "original": original.specific,
            "language_name": LANGUAGE_NAMES.get(language, language),
            "robots_noindex": True,
        },
    )


READER_VIEWS = {"wagtail_serve", "search", "not_translated"}


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, without its guess for a "not found" address that has no
    language prefix: Django would send it to the browser's language, where the
    page has another address. Reader addresses without a prefix are sent to
    German by LanguageMiddleware; what is left (the API, documents) answers
    404 itself."""

    def process_response(self, request, response):
        if response.status_code == 404 and not translation.get_language_from_path(
            request.path_info
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)


class LanguageMiddleware:
    """Sends a reader arriving at `/` to their language (see first_visit_redirect)
    and an unprefixed old address to its German page; answers 404 for the
    reader views in a language the municipality does not offer (pages: see
    the before_serve_page hook in wagtail_hooks); and remembers the language
    of the last page read (cookie), so that a reader who chose German by
    reading a German page stays there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            redirect = (
                first_visit_redirect(request)
                if request.path_info == "/"
                else german_address(request)
            )
            if redirect is not None:
                return redirect
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if (
            request.method == "GET"
            and response.status_code == 200
            and match is not None
            and match.url_name in READER_VIEWS
        ):
            code = translation.get_language()
            if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != code:
                response.set_cookie(
                    settings.LANGUAGE_COOKIE_NAME,
                    code,
                    max_age=settings.LANGUAGE_COOKIE_AGE,
                    samesite=settings.LANGUAGE_COOKIE_SAMESITE,
                    secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
                    httponly=True,
                )
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name not in READER_VIEWS - {"wagtail_serve"}:
            return None
        code = translation.get_language_from_path(request.path_info)
        if code and code not in offered_for_request(request):
            raise Http404
        return None


# --- Sitemap ------------------------------------------------------------------


class MultilingualSitemap(WagtailSitemap):
    """Every live page of the municipality in every offered language, each
    with its alternates (hreflang, plus x-default for the German original).
    Wagtail's own sitemap only walks the default-locale tree."""

    def items(self):
        site = self.get_wagtail_site()
        self._offered = offered_languages(site)
        roots = live_translations(site.root_page, offered=self._offered).values()
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        return (
            pages.live()
            .public()
            .filter(locale__language_code__in=self._offered)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        by_location = {}
        keys = {item.translation_key for item in self.paginator.page(page).object_list}
        # The language versions of the whole sitemap page in a few queries (in
        # chunks, for the databases that limit the parameters of one query).
        found, ordered = {}, sorted(keys)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            versions = Page.objects.filter(translation_key__in=chunk).live().public()
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


def sitemap(request):
    return wagtail_sitemap(request, {"wagtail": MultilingualSitemap(request)})


# --- Translation report (admin) --------------------------------------------------


def translation_report(site):
    """Per offered translation language: the municipality's live German pages
    that have no translation, and those whose German source changed after the
    translation was last synchronised (wagtail-localize's TranslationSource)."""
    from wagtail_localize.models import Translation

    pages = list(Page.objects.descendant_of(site.root_page, inclusive=True).live().order_by("path"))
    keys = [p.translation_key for p in pages]
    synced = {
        (t.source.object_id, t.target_locale.language_code): t.source.last_updated_at
        for t in Translation.objects.filter(source__object_id__in=keys).select_related(
            "source", "target_locale"
        )
    }
    report = {}
    for code in offered_languages(site)[1:]:
        translated = set(
            Page.objects.filter(translation_key__in=keys, locale__language_code=code).values_list(
                "translation_key", flat=True
            )
        )
        untranslated, outdated = [], []
        for page in pages:
            if page.translation_key not in translated:
                untranslated.append(page)
                continue
            last_sync = synced.get((page.translation_key, code))
            changed = page.last_published_at
            if last_sync is not None and changed is not None and changed > last_sync:
                outdated.append(page)
        report[code] = {
            "name": LANGUAGE_NAMES[code],
            "untranslated": untranslated,
            "outdated": outdated,
        }
    return report


def translation_report_view(request):
    """Admin: the report for every municipality (sites the user can see)."""
    sites = Site.objects.select_related("root_page").order_by("-is_default_site", "hostname")
    return TemplateResponse(
        request,
        "home/admin/translation_report.html",
        {
            "sites": [(site, translation_report(site)) for site in sites],
            "page_title": "Übersetzungsstand",
            "header_title": "Übersetzungsstand",
        },
    )
