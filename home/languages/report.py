"""The editors' translation report: which pages lack or lag behind a translation."""

from django.template.response import TemplateResponse
from wagtail.models import Page, Site

from core.i18n import LANGUAGE_NAMES

from .offered import offered_languages


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
