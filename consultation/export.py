"""CSV files of a consultation: the office's full export and the public report.

Both open in spreadsheet programs as UTF-8 (with a byte order mark) and
separate columns with semicolons, as German spreadsheet programs expect.
Cells that start like a formula are prefixed with an apostrophe, so that a
comment can never run as a formula in the office's spreadsheet.
"""

import csv
import io

from django.db.models import Count
from django.utils import timezone

from .sections import flatten, section_tree

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _when(value):
    return timezone.localtime(value).strftime("%d.%m.%Y %H:%M") if value else ""


def _rows(consultation, include_hidden, public):
    sections = {s.key: s.label for s in flatten(section_tree(consultation.draft))}
    result = {}
    if consultation.result_page_id:
        result = {s.key: s.label for s in flatten(section_tree(consultation.result_page))}
    comments = consultation.comments.annotate(report_count=Count("reports"))
    for c in comments.order_by("created_at", "pk"):
        if c.is_hidden and not include_hidden:
            continue
        hidden_text = f"[ausgeblendet: {c.hidden_reason}]"
        row = [
            c.receipt,
            _when(c.created_at),
            c.get_kind_display(),
            sections.get(c.section_key, c.section_label),
            c.get_category_display(),
            c.public_author if not c.is_hidden else "",
            c.as_board and "ja" or "nein",
            c.language,
            hidden_text if (c.is_hidden and public) else c.text,
            c.get_decision_display(),
            c.justification,
            result.get(c.changed_section_key, ""),
        ]
        if not public:
            row += [
                c.get_status_display(),
                c.hidden_reason,
                "ja" if c.highlighted else "nein",
                c.report_count,
                _when(c.answered_at),
            ]
        yield [safe(cell) for cell in row]


HEADER = [
    "Eingangsnummer",
    "Eingegangen am",
    "Art",
    "Abschnitt",
    "Kategorie",
    "Verfasst von",
    "Beirat",
    "Sprache",
    "Text",
    "Entscheidung",
    "Begründung",
    "Geänderter Abschnitt der neuen Ausgabe",
]
OFFICE_HEADER = [
    *HEADER,
    "Status",
    "Grund für das Ausblenden",
    "Hervorgehoben",
    "Meldungen",
    "Beantwortet am",
]


def _csv(header, rows):
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def comments_xlsx(consultation, include_hidden=False):
    """The office's export as an Excel workbook (openpyxl comes with Wagtail).

    Every cell is written as text, so nothing a participant typed runs as a formula."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kommentare"
    for row in [OFFICE_HEADER, *_rows(consultation, include_hidden, public=False)]:
        sheet.append([str(cell).removeprefix("'") for cell in row])
    for row in sheet.iter_rows():
        for cell in row:
            cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def comments_csv(consultation, include_hidden=False):
    """The office's export: all comments with status and answers; hidden ones only on request."""
    return _csv(OFFICE_HEADER, _rows(consultation, include_hidden, public=False))


def report_csv(consultation):
    """The published report: every comment, hidden ones with the reason instead of the text."""
    return _csv(HEADER, _rows(consultation, include_hidden=True, public=True))
