"""PO files for translation agencies: a section out, the translated files back in.

An editor downloads one ZIP with a PO file per page of a section (the page and,
if asked, every page below it) for one language, sends it to an agency, and
uploads what comes back: the ZIP, or single PO files. Each PO file carries
wagtail-localize's translation ID, so a file finds its page however it was
renamed. Imported strings land in wagtail-localize's translation editor and
are saved as a draft of the translated page: the translation is published
through the usual review, never by the upload itself.
"""

import io
import zipfile
from dataclasses import dataclass, field

import polib
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from core.i18n import DEFAULT

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
MAX_FILES = 300
TOOL_NAME = "PO-Datei"


def section_pages(section, user, include_subpages=True):
    """The German pages of a section the user may edit, in tree order."""
    pages = (
        Page.objects.descendant_of(section, inclusive=True)
        if include_subpages
        else Page.objects.filter(pk=section.pk)
    )
    pages = pages.filter(locale=section.locale).order_by("path").specific()
    return [page for page in pages if page.permissions_for_user(user).can_edit()]


def file_name(page, section, language):
    """`en/presse/eine-meldung.po`: the page's path below the municipality's
    home page, so that an agency sees what belongs together."""
    home = page.get_site().root_page if page.get_site() else section
    relative = page.url_path[len(home.url_path) :].strip("/")
    return f"{language}/{relative or 'startseite'}.po"


def export_section(section, language, user, include_subpages=True):
    """A ZIP (bytes) with one PO file per page; creates wagtail-localize's
    translation records where they do not exist yet, and brings the source
    texts up to date with the latest German revision."""
    locale = Locale.objects.get(language_code=language)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for page in section_pages(section, user, include_subpages):
            source, _created = TranslationSource.update_or_create_from_instance(page)
            translation, _created = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            po = translation.export_po()
            po.metadata["X-Weltoffen-Page"] = page.title
            archive.writestr(file_name(page, section, language), str(po))
    return buffer.getvalue()


@dataclass
class ImportResult:
    name: str
    page: Page | None = None
    language: str = ""
    translated: int = 0
    total: int = 0
    error: str = ""
    warnings: list = field(default_factory=list)


def read_upload(upload):
    """[(name, text)] of the PO files in an uploaded .po or .zip file; raises
    ValidationError with a message for the editor on anything else."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("Die Datei ist größer als 5 MB."))
    data = upload.read()
    name = upload.name or "upload"
    if name.lower().endswith(".po"):
        return [(name, _decode(name, data))]
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValidationError(
            _("Bitte eine PO-Datei oder ein ZIP-Archiv mit PO-Dateien hochladen.")
        )
    files = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        po_members = [m for m in members if m.filename.lower().endswith(".po")]
        if not po_members:
            raise ValidationError(_("Das ZIP-Archiv enthält keine PO-Dateien."))
        if len(po_members) > MAX_FILES:
            raise ValidationError(_("Das ZIP-Archiv enthält zu viele Dateien."))
        if sum(m.file_size for m in po_members) > MAX_UNPACKED_BYTES:
            raise ValidationError(_("Das ZIP-Archiv ist entpackt größer als 20 MB."))
        for member in po_members:
            files.append((member.filename, _decode(member.filename, archive.read(member))))
    return files


def _decode(name, data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("%(name)s ist nicht in UTF-8 gespeichert.") % {"name": name}
        ) from error


def import_files(files, user):
    """Imports each PO file into its translation and saves a draft of the
    translated page. One bad file does not stop the others."""
    return [_import_one(name, text, user) for name, text in files]


def _import_one(name, text, user):
    result = ImportResult(name=name)
    try:
        po = polib.pofile(text)
    except (OSError, ValueError):
        result.error = _("Keine lesbare PO-Datei.")
        return result
    translation_id = po.metadata.get("X-WagtailLocalize-TranslationID", "")
    translation = (
        Translation.objects.filter(uuid=translation_id)
        .select_related("source", "target_locale")
        .first()
        if _is_uuid(translation_id)
        else None
    )
    if translation is None:
        result.error = _("Die Datei gehört zu keiner Übersetzung dieser Website.")
        return result
    source_page = translation.source.get_source_instance()
    result.page = source_page
    result.language = translation.target_locale.language_code
    if not isinstance(source_page, Page) or not source_page.permissions_for_user(user).can_edit():
        result.page = None
        result.error = _("Sie dürfen diese Seite nicht bearbeiten.")
        return result
    entries = [entry for entry in po if not entry.obsolete]
    result.total = len(entries)
    result.translated = sum(1 for entry in entries if entry.msgstr)
    with transaction.atomic():
        result.warnings = translation.import_po(po, user=user, tool_name=TOOL_NAME)
        translation.save_target(user=user, publish=False)
    return result


def _is_uuid(value):
    import uuid

    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# --- Admin view -------------------------------------------------------------------


def section_choices(user):
    """Home pages and their sections (German) that the user may edit, per site."""
    from wagtail.models import Site

    choices = []
    for site in Site.objects.select_related("root_page").order_by("-is_default_site", "hostname"):
        home = site.root_page
        candidates = [home, *home.get_children().filter(locale__language_code=DEFAULT)]
        for page in candidates:
            if page.locale.language_code == DEFAULT and page.permissions_for_user(user).can_edit():
                label = site.site_name or site.hostname
                title = page.title if page.pk != home.pk else _("Startseite")
                choices.append((str(page.pk), f"{label} – {title}"))
    return choices


def exchange_view(request):
    from django.contrib import messages
    from django.http import HttpResponse
    from django.template.response import TemplateResponse

    sections = section_choices(request.user)
    export_form = TranslationExportForm(sections=sections)
    import_form = TranslationImportForm()
    results = None
    if request.method == "POST" and "export" in request.POST:
        export_form = TranslationExportForm(request.POST, sections=sections)
        if export_form.is_valid():
            section = Page.objects.get(pk=export_form.cleaned_data["section"]).specific
            language = export_form.cleaned_data["language"]
            data = export_section(
                section, language, request.user, export_form.cleaned_data["include_subpages"]
            )
            response = HttpResponse(data, content_type="application/zip")
            filename = f"uebersetzung-{section.slug}-{language}.zip"
            response["Content-Disposition"] = f'attachment; filename="{filename}"'
            return response
    elif request.method == "POST":
        import_form = TranslationImportForm(request.POST, request.FILES)
        if import_form.is_valid():
            results = import_files(import_form.cleaned_data["files"], request.user)
            imported = [r for r in results if not r.error]
            if imported:
                messages.success(
                    request,
                    _("%(count)s Übersetzung(en) als Entwurf gespeichert.")
                    % {"count": len(imported)},
                )
            if len(imported) < len(results):
                messages.error(request, _("Nicht alle Dateien konnten übernommen werden."))
    return TemplateResponse(
        request,
        "home/admin/translation_exchange.html",
        {
            "export_form": export_form,
            "import_form": import_form,
            "results": results,
            "page_title": _("Übersetzungen austauschen (PO-Dateien)"),
            "header_title": _("Übersetzungen austauschen (PO-Dateien)"),
        },
    )


# --- The admin's forms -------------------------------------------------------


class TranslationExportForm(forms.Form):
    """Admin: which section to send to a translation agency, in which language."""

    section = forms.ChoiceField(label=gettext_lazy("Bereich"))
    language = forms.ChoiceField(label=gettext_lazy("Zielsprache"))
    include_subpages = forms.BooleanField(
        label=gettext_lazy("Mit allen Unterseiten"), required=False, initial=True
    )

    def __init__(self, *args, sections=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = sections
        self.fields["language"].choices = [
            (code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
        ]


class TranslationImportForm(forms.Form):
    """Admin: PO files back from the agency (one .po, or a ZIP of them)."""

    upload = forms.FileField(
        label=gettext_lazy("PO-Datei oder ZIP-Archiv"),
        help_text=gettext_lazy("Höchstens 5 MB. Die Übersetzungen werden als Entwurf gespeichert."),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if upload is not None:
            try:
                cleaned["files"] = read_upload(upload)
            except ValidationError as error:
                self.add_error("upload", error)
        return cleaned
