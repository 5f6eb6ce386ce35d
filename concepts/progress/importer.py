"""CSV import of indicator values into a report: every row checked, a German message
per bad row, and nothing saved unless every row is good.

The values go into a new draft revision of the report, so they appear nowhere until
someone previews and publishes it.
"""

from decimal import Decimal, InvalidOperation

import tablib
from django import forms
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import IndicatorValue, edition_items

MAX_BYTES = 512 * 1024
MAX_ROWS = 2000
REQUIRED = ("kennzahl", "jahr", "wert")


class ImportError_(Exception):
    """The file as a whole cannot be read: one message, nothing imported."""


class IndicatorImportForm(forms.Form):
    upload = forms.FileField(
        label=gettext_lazy("CSV-Datei"),
        help_text=gettext_lazy(
            "Spalten: kennzahl, jahr, wert, optional anmerkung; getrennt durch Komma oder "
            "Semikolon, in UTF-8. Der Name der Kennzahl wie in der Ausgabe."
        ),
    )


def read_rows(data):
    """The rows of a CSV file as dicts with lower-case headers."""
    if not data.strip():
        raise ImportError_(_("Die Datei ist leer."))
    if len(data) > MAX_BYTES:
        raise ImportError_(_("Die Datei ist größer als 512 KB."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportError_(_("Die Datei ist nicht in UTF-8 gespeichert.")) from error
    if "\x00" in text:
        raise ImportError_(_("Die Datei ist keine CSV-Datei."))
    first = text.splitlines()[0] if text.splitlines() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        dataset = tablib.Dataset().load(text, format="csv", delimiter=delimiter)
    except Exception as error:  # tablib raises several kinds for broken files
        raise ImportError_(_("Die Datei ist keine lesbare CSV-Datei.")) from error
    headers = [str(h or "").strip().lower() for h in dataset.headers or []]
    missing = [h for h in REQUIRED if h not in headers]
    if missing:
        raise ImportError_(
            _("Es fehlen die Spalten: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    if len(dataset) > MAX_ROWS:
        raise ImportError_(_("Die Datei hat mehr als %(max)s Zeilen.") % {"max": MAX_ROWS})
    if not len(dataset):
        raise ImportError_(_("Die Datei enthält keine Werte."))
    return [dict(zip(headers, row, strict=False)) for row in dataset]


def parse_number(text):
    """A number as Germans and machines write it: "31,5", "1.450", "1450.25"."""
    text = str(text or "").strip().replace("\u00a0", "").replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    value = Decimal(text)
    if not value.is_finite() or abs(value) >= Decimal("1e10"):
        raise InvalidOperation
    return value.quantize(Decimal("0.01"))


def check_rows(rows, edition):
    """(values, errors): the good rows as (indicator id, year, value, note), and one
    German message per bad row (line numbers as in the file, the header is line 1)."""
    names = {}
    for key, label in edition_items(edition, "indicators"):
        names.setdefault(label.split(" – ")[-1].strip().casefold(), key)
    values, errors, seen = [], [], {}
    for line, row in enumerate(rows, start=2):
        name = str(row.get("kennzahl") or "").strip()
        problems = []
        key = names.get(name.casefold())
        if not name:
            problems.append(_("Die Kennzahl fehlt."))
        elif key is None:
            problems.append(
                _("Die Kennzahl „%(name)s“ gibt es in dieser Ausgabe nicht.") % {"name": name[:80]}
            )
        year_text = str(row.get("jahr") or "").strip()
        year = int(year_text) if year_text.isdigit() and len(year_text) == 4 else None
        if year is None or not 1900 <= year <= 2100:
            problems.append(
                _("„%(year)s“ ist keine Jahreszahl zwischen 1900 und 2100.")
                % {"year": year_text[:20]}
            )
        try:
            value = parse_number(row.get("wert"))
        except (InvalidOperation, ValueError):
            value = None
            problems.append(
                _("„%(value)s“ ist keine Zahl.") % {"value": str(row.get("wert") or "")[:20]}
            )
        note = str(row.get("anmerkung") or "").strip()
        if len(note) > 200:
            problems.append(_("Die Anmerkung ist länger als 200 Zeichen."))
        if key and year and (key, year) in seen:
            problems.append(
                _("Kennzahl und Jahr stehen schon in Zeile %(line)s.") % {"line": seen[(key, year)]}
            )
        if problems:
            errors.append(
                _("Zeile %(line)s: %(problems)s") % {"line": line, "problems": " ".join(problems)}
            )
            continue
        seen[(key, year)] = line
        values.append((key, year, value, note))
    return values, errors


def import_values(report, data, user):
    """Import a CSV file into a new draft of `report`: (number of values, errors).
    With any error nothing is saved."""
    try:
        rows = read_rows(data)
    except ImportError_ as error:
        return 0, [str(error)]
    edition = report.get_parent().specific
    values, errors = check_rows(rows, edition)
    if errors:
        return 0, errors
    with transaction.atomic():
        draft = report.get_latest_revision_as_object()
        kept = {(v.indicator, v.year): v for v in draft.indicator_values.all()}
        for key, year, value, note in values:
            row = kept.get((key, year)) or IndicatorValue(indicator=key, year=year)
            row.value, row.note = value, note
            kept[(key, year)] = row
        draft.indicator_values = list(kept.values())
        draft.save_revision(user=user, log_action=True)
    return len(values), []
