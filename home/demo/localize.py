"""Putting the demo translations (home/demo/translations.py) into wagtail-localize."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from . import translations as data


def translate_page(page, language, lookup=data.text):
    """Translate one page through a PO round trip; returns the translated page.

    Idempotent: an existing translation is left alone, so editors' later
    changes survive another run of the loader."""
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    if (
        existing is not None
        and Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=locale
        ).exists()
    ):
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        translated = lookup(entry.msgid, language)
        if translated is not None:
            entry.msgstr = translated
    translation.import_po(po)
    # wagtail-localize publishes on commit; publish at once instead, so that a
    # parent's revision is never published after its children were added
    # (which would reset its child counter) and so that it works inside tests.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    return type(translated).objects.get(pk=translated.pk)


def find(site, path):
    page = site.root_page.specific
    for slug in [part for part in path.split("/") if part]:
        page = page.get_children().get(slug=slug).specific
    return page


@transaction.atomic
def build_translations():
    sites = {site.hostname: site for site in Site.objects.all()}
    for hostname, path, languages in data.PAGES:
        site = sites.get(hostname)
        if site is None:
            continue
        page = find(site, path)
        for language in languages:
            translate_page(page, language)
    make_one_translation_outdated()


def make_one_translation_outdated():
    """Change the German source of one translated page after translating it,
    so the translation report has something to flag (once)."""
    hostname, path = data.OUTDATED
    site = Site.objects.filter(hostname=hostname).first()
    if site is None:
        return
    page = find(site, path)
    if page.summary == data.OUTDATED_SUMMARY:
        return
    page.summary = data.OUTDATED_SUMMARY
    revision = page.save_revision()
    revision.publish()
    # Make sure the change is later than the last sync, even on fast machines.
    TranslationSource.objects.filter(object_id=page.translation_key).update(
        last_updated_at=timezone.now() - timedelta(minutes=1)
    )
