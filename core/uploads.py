"""Checks on uploaded images and documents, on top of Wagtail's own.

Images (``CheckedImageField``, used by ``home.forms.CreditedImageForm``):

* Wagtail recognises the format, checks extension, file size and pixel count,
  but a file whose header is fine and whose data is cut off (an aborted upload,
  a damaged camera card) makes the image library raise ``OSError`` inside the
  form field. Wagtail does not catch that, so the editor got a 500. Here every
  decoding error becomes a form error.
* The pixel count is read from the file header *before* anything is decoded,
  so an image that declares more than WAGTAILIMAGES_MAX_IMAGE_PIXELS is refused
  without allocating memory for it. (Wagtail decodes first and counts after.)
* Every frame is then decoded completely and PNG checksums are verified, so
  whatever is accepted can later be turned into renditions for the public site.

Documents (``check_document``, used by ``home.forms.CheckedDocumentForm``):
the extension alone decides nothing. A ``.pdf`` must start with ``%PDF-``,
end with the ``%%EOF`` marker (within the last kilobyte, as PDF readers
accept it) and open in pypdf with every page of its page tree readable, so
that a file cut off by an aborted upload or damaged on the way is refused
before citizens download it. pypdf reads the uploaded file where it lies
(memory or Django's temporary file) and only the parts it needs; page contents
are not decoded. Office and OpenDocument files must be ZIP archives, and text
formats must not contain HTML, SVG or script markup: served from our own
origin such a file would be stored cross-site scripting.
"""

import warnings
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageSequence
from pypdf import PdfReader
from wagtail.images.fields import WagtailImageField

MESSAGES = {
    "invalid_image": _(
        "Diese Datei ist kein gültiges Bild. Bitte laden Sie ein Foto oder eine Grafik "
        "im Format JPEG, PNG oder WebP hoch."
    ),
    "damaged_image": _(
        "Das Bild ist beschädigt oder unvollständig (zum Beispiel nach einem "
        "abgebrochenen Hochladen) und kann nicht angezeigt werden. Bitte öffnen Sie es "
        "in einem Bildprogramm, speichern Sie es neu und laden Sie es noch einmal hoch."
    ),
    "too_many_pixels": _(
        "Das Bild ist zu groß: Es hat mehr als %(max_pixels)s Pixel. Bitte verkleinern "
        "Sie es, zum Beispiel auf höchstens 6000 × 4000 Pixel, und laden Sie es erneut hoch."
    ),
    "svg": _(
        "SVG-Grafiken können aus Sicherheitsgründen nicht als Bild hochgeladen werden, "
        "weil sie Programmcode enthalten können. Bitte laden Sie die Grafik als PNG hoch."
    ),
    "pdf": _(
        "Diese Datei ist kein PDF-Dokument, obwohl sie auf „.pdf“ endet. Bitte laden Sie "
        "das Original-PDF hoch."
    ),
    "damaged_pdf": _(
        "Das PDF-Dokument ist beschädigt oder unvollständig (zum Beispiel nach einem "
        "abgebrochenen Hochladen) und lässt sich nicht öffnen. Bitte speichern Sie es "
        "aus dem Originalprogramm neu und laden Sie es noch einmal hoch."
    ),
    "office": _(
        "Diese Datei ist kein gültiges %(format)s-Dokument, obwohl sie auf „.%(extension)s“ "
        "endet. Bitte laden Sie die Originaldatei hoch."
    ),
    "markup": _(
        "Diese Datei enthält HTML-, SVG- oder Skript-Code. Solche Dateien können "
        "aus Sicherheitsgründen nicht als Dokument veröffentlicht werden. Bitte laden "
        "Sie den Inhalt als PDF hoch."
    ),
}


def _pixel_limit():
    return getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)


def _format_pixels(number):
    return f"{number:,}".replace(",", ".")


def _too_many_pixels(limit):
    return ValidationError(
        MESSAGES["too_many_pixels"] % {"max_pixels": _format_pixels(limit)},
        code="file_too_many_pixels",
    )


def _open_source(data):
    """A file object positioned at the start, for an UploadedFile or Wagtail's variant."""
    source = data.temporary_file_path() if hasattr(data, "temporary_file_path") else data
    if hasattr(data, "seek"):
        data.seek(0)
    return source


def check_declared_pixels(data):
    """Refuse an image whose header declares too many pixels, without decoding it."""
    limit = _pixel_limit()
    if limit is None or data is None:
        return
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(_open_source(data)) as image:
                width, height = image.size
                frames = getattr(image, "n_frames", 1) or 1
    except PILImage.DecompressionBombError:
        raise _too_many_pixels(limit) from None
    except Exception:  # noqa: BLE001 - not an image Pillow knows: Wagtail reports that
        return
    finally:
        if hasattr(data, "seek"):
            data.seek(0)
    if width * height * frames > limit:
        raise _too_many_pixels(limit)


def check_image_decodes(data):
    """Decode every frame completely; refuse files that are damaged or cut off."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(_open_source(data)) as image:
                image.verify()  # structure and checksums (PNG CRCs)
            with PILImage.open(_open_source(data)) as image:
                for frame in ImageSequence.Iterator(image):
                    frame.load()
    except (PILImage.DecompressionBombWarning, PILImage.DecompressionBombError):
        raise _too_many_pixels(_pixel_limit() or PILImage.MAX_IMAGE_PIXELS) from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds for broken data
        raise ValidationError(MESSAGES["damaged_image"], code="invalid_image") from exc
    finally:
        if hasattr(data, "seek"):
            data.seek(0)


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with German messages and the checks described above."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.error_messages["invalid_image"] = MESSAGES["invalid_image"]

    def to_python(self, data):
        name = getattr(data, "name", "") or ""
        if PurePath(name).suffix.lower() in {".svg", ".svgz"}:
            raise ValidationError(MESSAGES["svg"], code="invalid_image_extension")
        check_declared_pixels(data)
        try:
            f = super().to_python(data)
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. OSError("image file is truncated")
            raise ValidationError(MESSAGES["damaged_image"], code="invalid_image") from exc
        if f is not None:
            if getattr(f, "image", None) is not None and f.image.format_name == "svg":
                raise ValidationError(MESSAGES["svg"], code="invalid_image_known_format")
            check_image_decodes(data)
        return f


# --- Documents ---------------------------------------------------------------

ZIP_FORMATS = {
    "docx": "Word",
    "xlsx": "Excel",
    "odt": "OpenDocument-Text",
    "ods": "OpenDocument-Tabellen",
}
TEXT_FORMATS = {"txt", "csv"}
MARKUP_SIGNS = (
    b"<script",
    b"<html",
    b"<!doctype",
    b"<svg",
    b"<iframe",
    b"<object",
    b"<embed",
    b"<body",
    b"<?xml",
    b"javascript:",
)
SNIFF_BYTES = 64 * 1024
# PDF readers look for the end-of-file marker in the last kilobyte.
PDF_TAIL_BYTES = 1024


def _damaged_pdf():
    return ValidationError(MESSAGES["damaged_pdf"], code="damaged_pdf")


def check_pdf(upload):
    """Refuse a PDF that is cut off or whose structure pypdf cannot read."""
    upload.seek(0, 2)
    size = upload.tell()
    upload.seek(max(0, size - PDF_TAIL_BYTES))
    tail = upload.read(PDF_TAIL_BYTES)
    upload.seek(0)
    if b"%%EOF" not in tail:
        raise _damaged_pdf()
    try:
        reader = PdfReader(upload, strict=False)
        if reader.is_encrypted:
            # Locked against copying, not against reading: the usual case for
            # official PDFs. Its pages cannot be walked without the key.
            return
        pages = reader.pages
        if len(pages) == 0:
            raise _damaged_pdf()
        for page in pages:
            page.mediabox  # noqa: B018 - resolves the page's dictionary and its inheritance
    except ValidationError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for broken files
        raise _damaged_pdf() from exc
    finally:
        upload.seek(0)


def check_document(upload):
    """Raise ValidationError if the content does not fit the file's extension."""
    extension = PurePath(upload.name or "").suffix.lower().lstrip(".")
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    if extension == "pdf":
        if not head.startswith(b"%PDF-"):
            raise ValidationError(MESSAGES["pdf"], code="invalid_pdf")
        check_pdf(upload)
    elif extension in ZIP_FORMATS:
        if not head.startswith(b"PK\x03\x04"):
            raise ValidationError(
                MESSAGES["office"] % {"format": ZIP_FORMATS[extension], "extension": extension},
                code="invalid_office_document",
            )
    elif extension in TEXT_FORMATS:
        lowered = head.lower()
        # UTF-16 text would hide tags between zero bytes.
        squeezed = lowered.replace(b"\x00", b"")
        if any(sign in squeezed for sign in MARKUP_SIGNS):
            raise ValidationError(MESSAGES["markup"], code="markup_in_document")
