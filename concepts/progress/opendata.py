"""Every chart's data as CSV and JSON (tablib), with the municipality's data licence.

Both formats are made from the same rows, which come from data.py, so the
downloads hold exactly the numbers the charts and tables show.
"""

import tablib
from django.conf import settings
from django.utils.translation import gettext as _

DEFAULT_LICENCE = (
    "Datenlizenz Deutschland – Namensnennung – 2.0",
    "https://www.govdata.de/dl-de/by-2-0",
)

MEASURE_HEADERS = ["handlungsfeld", "ziel", "massnahme", "stand", "datum", "anmerkung"]
INDICATOR_HEADERS = [
    "handlungsfeld",
    "kennzahl",
    "einheit",
    "jahr",
    "wert",
    "anmerkung",
    "richtung",
    "zielwert",
    "zieljahr",
    "quelle",
]
SELBSTCHECK_HEADERS = ["handlungsfeld", "datum", "einschaetzung", "skala_bis"]


def licence_of(page, request=None):
    """(name, address) of the licence the page's municipality gives its data; with a
    request, from the settings the request has already loaded."""
    from home.models import MunicipalitySettings

    if request is not None:
        found = MunicipalitySettings.for_request(request)
    else:
        site = page.get_site()
        found = MunicipalitySettings.for_site(site) if site else None
    if found is None or not found.data_licence:
        return DEFAULT_LICENCE
    return found.data_licence, found.data_licence_url or DEFAULT_LICENCE[1]


def _number(value):
    return None if value is None else float(value)


def datasets(progress):
    """The three tables of a page's data: measures, indicator values, Selbstcheck."""
    measures = tablib.Dataset(headers=MEASURE_HEADERS, title="massnahmen")
    for field in progress.fields:
        for m in field.measures:
            measures.append(
                [
                    str(field.field),
                    m.goal,
                    m.title,
                    m.status,
                    m.date.isoformat() if m.date else "",
                    m.note,
                ]
            )
    indicators = tablib.Dataset(headers=INDICATOR_HEADERS, title="kennzahlen")
    for s in progress.indicators:
        for year, value, note in s.points:
            indicators.append(
                [
                    str(s.field or ""),
                    s.name,
                    s.unit,
                    year,
                    _number(value),
                    note,
                    s.direction,
                    _number(s.target_value),
                    s.target_year or "",
                    s.source,
                ]
            )
    selbstcheck = tablib.Dataset(headers=SELBSTCHECK_HEADERS, title="selbstcheck")
    check = progress.selbstcheck
    if check:
        for key, page in (("first", check["first"]), ("latest", check["latest"])):
            for row in check["rows"]:
                if row[key] is not None:
                    selbstcheck.append(
                        [str(row["field"]), page.date.isoformat(), row[key], check["scale"]]
                    )
    return measures, indicators, selbstcheck


def as_csv(progress, page, request=None):
    """One CSV file: the three tables one below the other would not parse, so each row
    says which table it belongs to (``tabelle``), then the licence in every row."""
    name, url = licence_of(page, request)
    headers = ["tabelle", *sorted({h for d in datasets(progress) for h in d.headers}), "lizenz"]
    combined = tablib.Dataset(headers=headers)
    for dataset in datasets(progress):
        for row in dataset.dict:
            combined.append(
                [dataset.title, *(row.get(h, "") for h in headers[1:-1]), f"{name} ({url})"]
            )
    return combined.export("csv")


def as_dict(progress, page, request=None):
    """The JSON document (and the API's ``progress`` field)."""
    name, url = licence_of(page, request)
    measures, indicators, selbstcheck = datasets(progress)
    if request is not None and getattr(request, "LANGUAGE_CODE", None):
        language = request.LANGUAGE_CODE  # the page's language, as its address says
    else:
        language = page.locale.language_code if page.locale_id else settings.LANGUAGE_CODE
    return {
        "lizenz": {"name": name, "url": url},
        "quelle": page.full_url if page.url_path else "",
        "stand": progress.as_of.isoformat() if progress.as_of else None,
        "sprache": language,
        "hinweis": _(
            "Die Einschätzungen des Selbstchecks sind eine Selbsteinschätzung der Kommune."
        ),
        "massnahmen": measures.dict,
        "kennzahlen": indicators.dict,
        "selbstcheck": selbstcheck.dict,
    }
