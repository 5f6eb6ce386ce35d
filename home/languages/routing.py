"""The reader's language on every request: the choice on arrival at "/", the
remembered choice, old addresses without a prefix and the "not yet
translated" notice.
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
from wagtail.models import Page, Site

from core.i18n import DEFAULT, LANGUAGE_NAMES, READER_VIEWS, remember_language

from .offered import live_translations, offered_for_request, offered_languages


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
            remember_language(request, response, translation.get_language())
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name not in READER_VIEWS - {"wagtail_serve"}:
            return None
        code = translation.get_language_from_path(request.path_info)
        if code and code not in offered_for_request(request):
            raise Http404
        return None
