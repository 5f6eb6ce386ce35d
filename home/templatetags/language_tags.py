"""The language switcher, hreflang links and locale-aware dates (home/languages/)."""

from functools import lru_cache

from django import template
from django.template.defaultfilters import date as date_filter
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import pgettext

from core.cache import site_id_for
from core.fragments import fragment
from core.i18n import BIDI, DEFAULT, LANGUAGE_NAMES
from home.languages.offered import live_translations, offered_for_request

register = template.Library()

OG_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "tr": "tr_TR",
    "ar": "ar_AR",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "fa": "fa_IR",
}


def _page(context):
    from wagtail.models import Page

    page = context.get("page")
    return page if isinstance(page, Page) else None


def _versions(context):
    """{code: (page id, url, full url)} of the live translations of the
    current page: the same for every reader of the site, so a fragment."""
    request = context.get("request")
    page = _page(context)
    if request is None or page is None:
        return {}

    def build():
        return {
            code: (found.pk, found.get_url(request), found.get_full_url(request))
            for code, found in live_translations(page, request).items()
        }

    offered = tuple(offered_for_request(request))
    return fragment(request, site_id_for(request), "versions", (page.pk, offered), build)


def _translated(full_path, current, code):
    """translate_url() of an address: its path resolved once per language
    and process (seven resolves for each search cost a millisecond), the
    query string kept as it is."""
    path, mark, query = full_path.partition("?")
    return _translated_path(path, current, code) + mark + query


@lru_cache(maxsize=1024)
def _translated_path(path, current, code):
    # `current`: the active language, which translate_url resolves the path in
    return translate_url(path, code)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Every language the municipality offers, each named in its own language.

    On a page: its live translations link to the translation; an offered
    language without one links to the "not yet translated" notice in that
    language, which offers the German original. Elsewhere (search, notices):
    the same address in the other language."""
    request = context.get("request")
    if request is None:
        return {"items": []}
    current = translation.get_language()
    page = _page(context)
    offered = tuple(offered_for_request(request))

    def build():
        versions = _versions(context)
        items = []
        for code in offered:
            available = True
            if page is not None:
                target = versions.get(code)
                if target is not None:
                    url = target[1]
                else:
                    available = False
                    original = versions[DEFAULT][0] if DEFAULT in versions else page.pk
                    with translation.override(code):
                        url = reverse("not_translated", kwargs={"page_id": original})
            else:
                url = _translated(request.get_full_path(), current, code)
            items.append(
                {
                    "code": code,
                    "name": LANGUAGE_NAMES[code],
                    "dir": "rtl" if code in BIDI else "ltr",
                    "url": url,
                    "current": code == current,
                    "available": available,
                }
            )
        return items

    if page is None:  # the address of this request in each language
        items = build()
    else:  # a page's: the same for every reader of it in this language
        items = fragment(
            request, site_id_for(request), "switcher", (page.pk, current, offered), build
        )
    return {"items": items if len(items) > 1 else []}


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate" hreflang> for every live translation, plus x-default."""
    versions = _versions(context)
    if len(versions) < 2:
        return {"links": []}
    links = [(code, found[2]) for code, found in versions.items()]
    if DEFAULT in versions:
        links.append(("x-default", versions[DEFAULT][2]))
    return {"links": links}


@register.simple_tag
def og_locale():
    return OG_LOCALES.get(translation.get_language(), "de_DE")


# German formats as written in the templates; other languages use their own
# Django format (day, month and year in the order and script the locale uses).
LOCALE_FORMATS = {
    "j. F Y": "DATE_FORMAT",
    "l, j. F Y": "DATE_FORMAT",
    "j. F Y, H:i": "DATETIME_FORMAT",
    "l, j. F Y, H:i": "DATETIME_FORMAT",
    "H:i": "TIME_FORMAT",
}


@register.filter(expects_localtime=True)
def ldate(value, german_format):
    """``{{ value|ldate:"j. F Y" }}``: that format in German, the locale's own elsewhere."""
    if translation.get_language() in (None, DEFAULT):
        return date_filter(value, german_format)
    return date_filter(value, LOCALE_FORMATS.get(german_format, german_format))


@register.filter(expects_localtime=True)
def clock(value):
    """``{{ value|clock }}``: a time of day, "18:30 Uhr" in German; elsewhere the
    locale's own time format and whatever the catalogue puts around it
    ("6:30 p.m.", "18:30", "6:30 م")."""
    if not value:
        return ""
    return pgettext("time of day; German appends “Uhr”", "%(time)s Uhr") % {
        "time": ldate(value, "H:i")
    }


@register.filter(expects_localtime=True)
def ldatetime(value, german_date_format="j. F Y"):
    """``{{ value|ldatetime:"l, j. F Y" }}``: date and time of day as one
    translatable pattern ("Dienstag, 14. Mai 2024, 18:30 Uhr"; "May 14, 2024,
    6:30 p.m."); the date part goes through ``ldate``."""
    if not value:
        return ""
    return pgettext("date and time of day; German appends “Uhr”", "%(date)s, %(time)s Uhr") % {
        "date": ldate(value, german_date_format),
        "time": ldate(value, "H:i"),
    }


@register.filter(expects_localtime=True)
def ldatetime_start(value, german_date_format="j. F Y"):
    """Like ``ldatetime``, but for the start of a time span whose pattern adds
    "Uhr" after the end time ("Dienstag, 14. Mai 2024, 18:30")."""
    if not value:
        return ""
    return pgettext("start date and time of a span; the end time follows", "%(date)s, %(time)s") % {
        "date": ldate(value, german_date_format),
        "time": ldate(value, "H:i"),
    }
