"""Putting the demo translations (demo/translations/) into wagtail-localize."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from . import translations as data


class MissingDemoTranslation(Exception):
    """A German string of a demo page has no translation in the catalogues
    (demo/translations/<language>.po)."""


def fill_po(po, language, lookup=data.text, strict_label=None):
    """Fill the msgstr of every entry the catalogues know; with `strict_label`
    (a description of the object), a missing string raises MissingDemoTranslation."""
    for entry in po:
        translated = lookup(entry.msgid, language)
        if translated is not None:
            entry.msgstr = translated
        elif strict_label is not None:
            raise MissingDemoTranslation(
                f"{strict_label} [{language}]: no translation for {entry.msgid!r} "
                f"in demo/translations/{language}.po"
            )


def translate_page(page, language, lookup=data.text, strict=False):
    """Translate one page through a PO round trip; returns the translated page.

    Idempotent: an existing translation is left alone, so editors' later
    changes survive another run of the loader. With `strict`, a string
    without a translation in the catalogues raises MissingDemoTranslation
    (naming the page, the language and the German string) instead of
    falling back to German."""
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
    fill_po(po, language, lookup, f"page {page.title!r} ({page.url_path})" if strict else None)
    translation.import_po(po)
    # wagtail-localize publishes on commit; publish at once instead, so that a
    # parent's revision is never published after its children were added
    # (which would reset its child counter) and so that it works inside tests.
    translation.save_target(publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish()
    return type(translated).objects.get(pk=translated.pk)


def translate_people(page, language, lookup=data.text):
    """Translate the people a page links to (press contact, contact blocks)
    before the page, so that the translated page links to them and their role
    reads in the page's language. Names and phone numbers stay as they are,
    except an office's name, which the catalogues give under "Person.name: …"
    (e.g. "Person.name: Pressestelle")."""
    from home.models import Person

    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    for segment in source.relatedobjectsegment_set.select_related("object"):
        related = segment.object
        if not issubclass(related.content_type.model_class(), Person):
            continue
        if related.has_translation(locale):
            continue
        person = related.get_instance(source.locale)
        person_source, _created = TranslationSource.get_or_create_from_instance(person)
        translation, _created = Translation.objects.get_or_create(
            source=person_source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        for entry in po:
            if entry.msgctxt == "name":
                translated = lookup(f"Person.name: {entry.msgid}", language) or entry.msgid
            elif entry.msgctxt == "phone":
                translated = entry.msgid
            else:
                translated = lookup(entry.msgid, language)
            if translated is not None:
                entry.msgstr = translated
        translation.import_po(po)
        translation.save_target()


def find(site, path):
    page = site.root_page.specific
    for slug in [part for part in path.split("/") if part]:
        page = page.get_children().get(slug=slug).specific
    return page


def content_languages():
    """Every content language but German, in the order of the settings."""
    return [
        code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE
    ]


def translate_snippet(instance, language, lookup=data.text, strict=False):
    """Translate one snippet (a field of action) through the same PO round trip.

    Idempotent like translate_page: an existing translation is left alone."""
    locale = Locale.objects.get(language_code=language)
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    fill_po(po, language, lookup, f"{instance._meta.label} {instance}" if strict else None)
    translation.import_po(po)
    translation.save_target()
    return instance.get_translation(locale)


def translate_fields_of_action(strict=False):
    """The shared fields of action in every content language. Runs before the
    pages: wagtail-localize points a translated page's references to a field
    of action (e.g. in the concept structure) to the field's translation only
    if that already exists in the target locale."""
    from concepts.models import FieldOfAction

    languages = [
        code for code in content_languages() if Locale.objects.filter(language_code=code).exists()
    ]
    for field in FieldOfAction.objects.filter(locale=Locale.get_default()):
        for language in languages:
            translate_snippet(field, language, strict=strict)


def missing_translations(pages=None, fields=True):
    """What the catalogues lack: (hostname, path, language, German string)
    for every translatable string of the demo pages (rows like data.PAGES,
    default all of them) and, with `fields`, of the shared fields of action
    (hostname "", path "handlungsfeld/<slug>", every content language).
    Reads the segments the way wagtail-localize extracts them; writes nothing."""
    from concepts.models import FieldOfAction

    objects = []
    sites = {site.hostname: site for site in Site.objects.all()}
    for hostname, path, languages in data.PAGES if pages is None else pages:
        if hostname in sites:
            objects.append((hostname, path, languages, find(sites[hostname], path)))
    if fields:
        for field in FieldOfAction.objects.filter(locale=Locale.get_default()):
            objects.append(("", f"handlungsfeld/{field.slug}", content_languages(), field))
    missing = []
    for hostname, path, languages, instance in objects:
        strings = []
        for segment in extract_segments(instance):
            if isinstance(segment, StringSegmentValue) and segment.string.data not in strings:
                strings.append(segment.string.data)
        for language in languages:
            missing += [
                (hostname, path, language, german)
                for german in strings
                if not data.text(german, language)
            ]
    return missing


@transaction.atomic
def build_translations(strict=False):
    translate_fields_of_action(strict=strict)
    sites = {site.hostname: site for site in Site.objects.all()}
    for hostname, path, languages in data.PAGES:
        site = sites.get(hostname)
        if site is None:
            continue
        page = find(site, path)
        for language in languages:
            translate_people(page, language)
            translate_page(page, language, strict=strict)
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
