"""Language facts and helpers every app shares.

German (``settings.LANGUAGE_CODE``) is the source language of every page;
the others are translations made with wagtail-localize.
"""

from django.conf import settings

DEFAULT = settings.LANGUAGE_CODE
LANGUAGE_NAMES = dict(settings.LANGUAGES)  # each in its own language and script
TRANSLATION_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != DEFAULT]
BIDI = set(settings.LANGUAGES_BIDI) if hasattr(settings, "LANGUAGES_BIDI") else set()
BIDI |= {"ar", "fa", "he", "ur"}
# The views whose page remembers its language in the reader's cookie
# (home.languages.routing.LanguageMiddleware, and hits of core/front_cache.py).
READER_VIEWS = frozenset({"wagtail_serve", "search", "not_translated"})


def remember_language(request, response, language):
    """Keep the page's language in the reader's cookie (reader views and the
    front cache's hits alike); True if the cookie had to be set."""
    if request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) == language:
        return False
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "SESSION_COOKIE_SECURE", False),
        httponly=True,
    )
    return True


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


def localized_fields(fields, locale):
    """The given translatable objects (fields of action) in `locale` (a Locale
    or its id), with one query for all of them.

    Keeps the order, drops a field that appears twice (in two languages) and
    keeps a field that has no translation in `locale` as it is. Pages link to
    the German fields (wagtail-localize copies many-to-many links unchanged),
    so this is how their names reach readers in their language."""
    result, seen = [], set()
    for field in localized_instances(fields, locale):
        if field.translation_key not in seen:
            seen.add(field.translation_key)
            result.append(field)
    return result
