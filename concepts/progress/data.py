"""The one place that builds the progress numbers.

Charts, tables, CSV, JSON and the API all render from what these functions
return, so they cannot disagree; and they read only live, public pages, so an
unpublished report, value or Selbstcheck appears nowhere.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils import formats
from django.utils.translation import gettext as _

from core.i18n import DEFAULT, localized_fields

# A measure's status in the edition itself (concepts/blocks.py), in the words
# of the reports, for measures without any update yet.
FROM_EDITION = {"planned": "planned", "running": "started", "done": "done", "paused": "postponed"}


def format_number(value):
    """A number as the reader's language writes it; the chart and the table both use it."""
    if value is None:
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 1 if value * 10 == int(value * 10) else 2
    return formats.number_format(value, places, use_l10n=True, force_grouping=True)


@dataclass
class Measure:
    key: str
    title: str
    goal: str
    status: str
    date: object = None
    note: str = ""
    history: list = field(default_factory=list)  # [(date, status, note, report)]

    @property
    def status_label(self):
        from .models import MeasureStatus

        return MeasureStatus(self.status).label


@dataclass
class FieldProgress:
    field: object
    measures: list

    def counts(self):
        """[(status, label, number)] in the order of the statuses, all of them."""
        from .models import MeasureStatus

        return [
            (s.value, s.label, sum(1 for m in self.measures if m.status == s.value))
            for s in MeasureStatus
        ]


@dataclass
class Series:
    key: str
    name: str
    field: object
    unit: str = ""
    source: str = ""
    definition: str = ""
    direction: str = "up"
    baseline_year: int = None
    baseline_value: Decimal = None
    target_year: int = None
    target_value: Decimal = None
    points: list = field(default_factory=list)  # [(year, value, note)] by year

    @property
    def trend(self):
        """The change from the first to the latest value, relative to the target."""
        if len(self.points) < 2:
            return ""
        first, last = self.points[0][1], self.points[-1][1]
        better = last > first if self.direction != "down" else last < first
        if self.target_value is not None:
            reached = (
                last >= self.target_value if self.direction != "down" else last <= self.target_value
            )
            if reached:
                return _("Ziel erreicht")
        if last == first:
            return _("unverändert")
        return _("entwickelt sich zum Ziel hin") if better else _("entwickelt sich vom Ziel weg")


@dataclass
class Progress:
    edition: object = None
    reports: list = field(default_factory=list)
    fields: list = field(default_factory=list)
    indicators: list = field(default_factory=list)
    selbstcheck: dict = None

    def totals(self):
        """The counts of all fields together, as ``FieldProgress.counts``."""
        return FieldProgress(None, [m for f in self.fields for m in f.measures]).counts()

    @property
    def as_of(self):
        return self.reports[-1].as_of if self.reports else None


def in_language(model, parent, order):
    """The live children of type `model` under every language version of `parent`, each
    in the parent's language where translated, else in German: one query under a
    German parent (the German children are all it shows), two under a translation."""
    if parent.locale.language_code == DEFAULT:
        below = Q(path__startswith=parent.path, depth=parent.depth + 1)
    else:
        versions = type(parent).objects.filter(translation_key=parent.translation_key)
        below = Q()
        for path, depth in versions.values_list("path", "depth"):
            below |= Q(path__startswith=path, depth=depth + 1)
    chosen = {}
    for page in model.objects.visible().filter(below).select_related("locale").order_by(*order):
        rank = 0 if page.locale_id == parent.locale_id else 1
        if rank and page.locale.language_code != DEFAULT:
            continue
        if page.translation_key not in chosen or rank < chosen[page.translation_key][0]:
            chosen[page.translation_key] = (rank, page)
    return [page for _rank, page in chosen.values()]


def published_reports(edition):
    """The live reports on an edition, oldest first, with their rows."""
    from .models import ProgressReportPage

    if not edition.numchild and edition.locale.language_code == DEFAULT:
        return []  # a German edition without children has no reports: no queries
    reports = in_language(ProgressReportPage, edition, ("as_of", "pk"))
    reports.sort(key=lambda r: (r.as_of, r.pk))
    prefetch_related_objects(reports, "status_updates", "indicator_values")
    return reports


def edition_progress(edition, localized=False, report=None):
    """Measures per field, indicators as series and the reports of one edition; with
    `report`, as that report sees it: the published reports up to its date and the
    report itself as it is (in a preview: its unpublished rows, before publishing)."""
    from concepts.models import localize_stream

    if not localized:
        localize_stream(edition.structure, edition.locale_id)
    reports = published_reports(edition)
    if report is not None:
        reports = [
            r
            for r in reports
            if r.translation_key != report.translation_key and r.as_of <= report.as_of
        ]
        reports = sorted([*reports, report], key=lambda r: (r.as_of, r.pk or 0))
    updates, values = {}, {}
    for report in reports:
        status_updates, indicator_values = rows_of(report)
        for update in status_updates:
            when = update.date or report.as_of
            updates.setdefault(update.measure, []).append(
                (when, update.status, update.note, report)
            )
        for value in indicator_values:
            # A later report may correct a year's value: the latest one counts.
            values.setdefault(value.indicator, {})[value.year] = (value.value, value.note)
    progress = Progress(edition=edition, reports=reports)
    for block in edition.structure:
        foa = block.value["field_of_action"]
        measures = []
        for goal in block.value["goals"]:
            for child in goal["measures"].bound_blocks:
                history = sorted(updates.get(child.id, []), key=lambda u: u[0])
                measure = Measure(
                    key=child.id,
                    title=child.value["title"],
                    goal=goal["title"],
                    status=FROM_EDITION.get(child.value.get("status"), "planned"),
                    history=history,
                )
                if history:
                    measure.date, measure.status, measure.note = history[-1][:3]
                measures.append(measure)
            for child in goal["indicators"].bound_blocks:
                progress.indicators.append(series_of(child, foa, values.get(child.id, {})))
        if measures:
            progress.fields.append(FieldProgress(foa, measures))
    return progress


def series_of(child, foa, values):
    ind = child.value
    points = {year: (value, note) for year, (value, note) in values.items()}
    by, bv = ind.get("baseline_year"), ind.get("baseline_value")
    if by and bv is not None and by not in points:
        points[by] = (Decimal(bv), _("Ausgangswert"))
    target = ind.get("target_value")
    return Series(
        key=child.id,
        name=ind["name"],
        field=foa,
        unit=ind.get("unit") or "",
        source=ind.get("source") or "",
        definition=ind.get("definition") or "",
        direction=ind.get("direction") or "up",
        baseline_year=by,
        baseline_value=Decimal(bv) if bv is not None else None,
        target_year=ind.get("target_year"),
        target_value=Decimal(target) if target is not None else None,
        points=[(year, *points[year]) for year in sorted(points)],
    )


def rows_of(report):
    """A report's status updates and indicator values, read once per object
    (prefetched for the published reports; in a preview, the unsaved rows)."""
    if "_progress_rows" not in report.__dict__:
        report._progress_rows = (
            list(report.status_updates.all()),
            list(report.indicator_values.all()),
        )
    return report._progress_rows


def report_progress(report):
    """What one report says: its updates and values with the names from its edition."""
    from concepts.models import ConceptEditionPage

    # The parent with its locale in one query (get_parent().specific takes three).
    edition = ConceptEditionPage.objects.select_related("locale").get(
        path=report.path[: -ConceptEditionPage.steplen]
    )
    progress = edition_progress(edition, report=report)
    measures = {m.key: m for f in progress.fields for m in f.measures}
    series = {s.key: s for s in progress.indicators}
    status_updates, indicator_values = rows_of(report)
    return {
        "edition": edition,
        "progress": progress,
        "updates": [
            (measures[u.measure], u.date or report.as_of, u.get_status_display(), u.note)
            for u in status_updates
            if u.measure in measures
        ],
        "values": [
            (series[v.indicator], v.year, v.value, v.note)
            for v in indicator_values
            if v.indicator in series
        ],
    }


def selbstcheck_progress(index, locale_id, current=None):
    """The live Selbstchecks under a concept section: all of them by date, and the
    rows of the first against the latest (or against `current`), per field."""
    from .models import SelbstcheckPage, SelbstcheckRating

    checks = in_language(SelbstcheckPage, index, ("date", "pk"))
    checks.sort(key=lambda c: (c.date, c.pk))
    prefetch_related_objects(
        checks,
        "workshop",
        Prefetch("ratings", SelbstcheckRating.objects.select_related("field_of_action")),
    )
    if not checks:
        return None
    first = checks[0]
    latest = checks[-1] if current is None else current
    # The page being read is one of `checks` unless previewed: the copy whose
    # ratings were read, with their fields of action.
    latest = next((c for c in checks if c.pk == latest.pk), latest)
    ratings = {}
    for check in {first, latest}:
        for rating in check.ratings.all():
            ratings.setdefault(rating.field_of_action, {})[check.pk] = rating
    ordered = sorted(ratings, key=lambda f: (f.sort_order, f.name))
    names = localized_fields(ordered, locale_id)
    rows = []
    for foa, shown in zip(ordered, names, strict=True):
        one, two = ratings[foa].get(first.pk), ratings[foa].get(latest.pk)
        rows.append(
            {
                "field": shown,
                "first": one.rating if one else None,
                "latest": two.rating if two and latest.pk != first.pk else None,
                "note": (two or one).note,
            }
        )
    return {"checks": checks, "first": first, "latest": latest, "rows": rows, "scale": 5}


def municipality_progress(overview):
    """The overview of a municipality: its current edition's progress and its Selbstcheck."""
    from wagtail.models import Page

    from concepts.models import ConceptEditionPage

    # The concept section with its locale in one query, not two.
    index = Page.objects.select_related("locale").get(
        path=overview.path[: -ConceptEditionPage.steplen]
    )
    # The current edition in the overview's language, else the German one.
    adopted = [
        e
        for e in in_language(ConceptEditionPage, index, ("-year",))
        if e.status == ConceptEditionPage.Status.ADOPTED
    ]
    edition = max(adopted, key=lambda e: e.year, default=None)
    progress = edition_progress(edition) if edition is not None else Progress()
    progress.selbstcheck = selbstcheck_progress(index, overview.locale_id)
    return progress
