"""Which languages a municipality offers, and which translations of a page readers get."""

from django.conf import settings
from wagtail.models import Locale, Page, Site

from core.cache import site_id_for
from core.fragments import fragment
from core.i18n import DEFAULT, TRANSLATION_LANGUAGES
from core.visibility import public
from home.models import MunicipalitySettings


def ensure_locales():
    """A wagtail Locale for every content language (idempotent)."""
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def offered_languages(site):
    """The language codes a municipality offers, German first."""
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
        request._weltoffen_offered = fragment(
            request,
            site_id_for(request),
            "offered",
            (),
            lambda: offered_languages(Site.find_for_request(request)),
        )
    return request._weltoffen_offered


def live_translations(page, request=None, offered=None):
    """{language code: live, public page} for every translation of `page`
    (itself included) in a language the municipality offers, in the order of
    settings.LANGUAGES."""
    if offered is None:
        offered = offered_for_request(request) if request is not None else [DEFAULT]
    pages = public(Page.objects.filter(translation_key=page.translation_key).live())
    pages = pages.select_related("locale")
    found = {p.locale.language_code: p for p in pages}
    return {
        code: found[code] for code, _name in settings.LANGUAGES if code in found and code in offered
    }
