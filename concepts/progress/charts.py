"""Server-rendered SVG charts: the geometry here, the markup in one template
(templates/concepts/progress/chart.html).

Why templates and not pygal: the charts must be mirrored for Arabic and Persian,
carry the same localized numbers as their tables, tell states apart by pattern
and label as well as colour, and stay within a CSP without inline styles or
scripts. Computing plain coordinates here and writing them with presentation
attributes does all of that in about 200 lines; pygal would need its styles,
scripts and legends switched off or overridden and still knows no right-to-left.

Every drawing is a dict of primitives (rects, lines, polylines, circles,
texts) with final coordinates, mirrored here for right-to-left, so the template
has no logic. Colours on white have a contrast of at least 3:1 (the lightest,
#8a4b00, about 5.9:1).
"""

import math

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from .data import format_number

WIDTH = 640
INK = "#1a1a1a"
STATUS_STYLE = {
    # status: (pattern kind, colour)
    "planned": ("dots", "#4a4a4a"),
    "started": ("diagonal", "#1d4f91"),
    "done": ("solid", "#1d6b3a"),
    "postponed": ("horizontal", "#8a4b00"),
    "abandoned": ("cross", "#6b1d1d"),
}


class Drawing(dict):
    """A chart: size, patterns and primitives, mirrored for right-to-left when asked."""

    def __init__(self, ident, title, desc, height, rtl):
        super().__init__(
            id=ident,
            title=title,
            desc=desc,
            width=WIDTH,
            height=height,
            patterns=[],
            rects=[],
            lines=[],
            polylines=[],
            circles=[],
            texts=[],
        )
        self.rtl = rtl

    def x(self, x, w=0):
        return round(WIDTH - x - w, 1) if self.rtl else round(x, 1)

    def pattern(self, kind, colour):
        ident = f"{self['id']}-{kind}"
        if all(p["id"] != ident for p in self["patterns"]):
            self["patterns"].append({"id": ident, "kind": kind, "colour": colour})
        return "none" if kind == "solid" else f"url(#{ident})"

    def rect(self, x, y, w, h, fill, stroke=INK):
        self["rects"].append(
            {"x": self.x(x, w), "y": y, "w": round(w, 1), "h": h, "fill": fill, "stroke": stroke}
        )

    def text(self, x, y, text, anchor="start", size=13, weight="normal", fill=INK, value=False):
        if self.rtl and anchor != "middle":
            anchor = "end" if anchor == "start" else "start"
        self["texts"].append(
            {
                "x": self.x(x),
                "y": y,
                "text": text,
                "anchor": anchor,
                "size": size,
                "weight": weight,
                "fill": fill,
                "value": value,
            }
        )

    def label(self, x, y, text):
        """A number on a bar, on a white ground so that it reads on any pattern."""
        w = 8 + 7.5 * len(text)
        self.rect(x - w / 2, y - 13, w, 18, "#ffffff", stroke="none")
        self.text(x, y, text, anchor="middle", weight="bold", value=True)


def nice_step(raw):
    """A step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`: axis labels a reader
    can take in at a glance."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(power * f for f in (1, 2, 2.5, 5, 10) if power * f >= raw)


def fill_for(drawing, status):
    kind, colour = STATUS_STYLE[status]
    ref = drawing.pattern(kind, colour)
    return colour if ref == "none" else ref


def status_chart(progress, rtl=False, ident="status"):
    """One bar per field of action and one for all: the share of measures per status."""
    rows = [(str(f.field), f.counts()) for f in progress.fields]
    rows.append((_("Alle Handlungsfelder"), progress.totals()))
    height = 60 + 52 * len(rows)
    d = Drawing(
        f"chart-{ident}",
        _("Stand der Maßnahmen je Handlungsfeld"),
        _(
            "Balken je Handlungsfeld, geteilt nach dem Stand der Maßnahmen; jeder Stand hat "
            "sein eigenes Muster, die Zahl steht im Balken. Dieselben Zahlen stehen in der "
            "Tabelle."
        ),
        height,
        rtl,
    )
    # The legend: pattern, then the status in words.
    x = 0
    for status, label, _n in rows[-1][1]:
        d.rect(x, 4, 18, 18, fill_for(d, status))
        d.text(x + 24, 18, label)
        x += 34 + 8 * len(label)
    y = 46
    for name, counts in rows:
        total = sum(n for _s, _l, n in counts)
        d.text(0, y, f"{name} ({format_number(total)})", weight="bold")
        x = 0
        for status, _label, n in counts:
            if not n:
                continue
            w = (WIDTH - 2) * n / total
            d.rect(x + 1, y + 6, w, 24, fill_for(d, status))
            if w >= 22:
                d.label(x + 1 + w / 2, y + 24, format_number(n))
            x += w
        y += 52
    return d


def indicator_chart(series, rtl=False, ident="indicator"):
    """The values of one indicator over the years as a line, its target as a dashed line."""
    left, right, top, bottom, height = 64, 24, 24, 40, 260
    years = [p[0] for p in series.points] + ([series.target_year] if series.target_year else [])
    values = [float(p[1]) for p in series.points] + (
        [float(series.target_value)] if series.target_value is not None else []
    )
    first, last = min(years), max(years)
    low, step = min(0.0, min(values)), nice_step((max(values) - min(0.0, min(values))) / 4)
    high = low + step * 5 if max(values) >= low + step * 4 else low + step * 4
    unit = f" {series.unit}" if series.unit else ""
    d = Drawing(
        f"chart-{ident}",
        series.name,
        _(
            "Liniendiagramm der Werte über die Jahre, mit dem Zielwert als gestrichelter Linie. "
            "Dieselben Zahlen stehen in der Tabelle."
        ),
        height,
        rtl,
    )

    def px(year):
        span = (last - first) or 1
        return left + (WIDTH - left - right) * (year - first) / span

    def py(value):
        return round(top + (height - top - bottom) * (1 - (float(value) - low) / (high - low)), 1)

    for n in range(round((high - low) / step) + 1):
        value = low + step * n
        d["lines"].append(
            {
                "x1": d.x(left),
                "x2": d.x(WIDTH - right),
                "y1": py(value),
                "y2": py(value),
                "stroke": "#8c8c8c",
                "dash": "2 4",
                "width": 1,
            }
        )
        d.text(left - 8, py(value) + 4, format_number(round(value, 2)), anchor="end", size=12)
    for year in sorted(set(years)):
        d.text(px(year), height - 14, str(year), anchor="middle", size=12)
    if series.target_value is not None:
        y = py(series.target_value)
        d["lines"].append(
            {
                "x1": d.x(left),
                "x2": d.x(WIDTH - right),
                "y1": y,
                "y2": y,
                "stroke": "#8a4b00",
                "dash": "8 5",
                "width": 2,
            }
        )
        target = pgettext("indicator: the target value to reach", "Zielwert")
        d.text(
            left + 6,
            y - 6,
            f"{target}: {format_number(series.target_value)}{unit}",
            fill="#8a4b00",
            weight="bold",
        )
    points = [(px(year), py(value)) for year, value, _note in series.points]
    d["polylines"].append(
        {"points": " ".join(f"{d.x(x)},{y}" for x, y in points), "stroke": "#1d4f91", "width": 3}
    )
    for (x, y), (_year, value, _note) in zip(points, series.points, strict=True):
        d["circles"].append({"cx": d.x(x), "cy": y, "r": 5, "fill": "#1d4f91"})
        d.label(x, y - 10, format_number(value))
    return d


def selbstcheck_chart(selbstcheck, rtl=False, ident="selbstcheck"):
    """Per field of action the first rating (hatched) and the latest (solid), from 1 to 5."""
    rows, scale = selbstcheck["rows"], selbstcheck["scale"]
    repeat = selbstcheck["latest"].pk != selbstcheck["first"].pk
    per_row = 84 if repeat else 58
    height = 40 + per_row * len(rows)
    d = Drawing(
        f"chart-{ident}",
        _("Selbstcheck: Einschätzung je Handlungsfeld"),
        _(
            "Balken je Handlungsfeld auf einer Skala von 1 bis 5: die erste Einschätzung "
            "schraffiert, die Wiederholung gefüllt, jeweils mit der Zahl daneben. Dieselben "
            "Zahlen stehen in der Tabelle."
        ),
        height,
        rtl,
    )
    hatched = d.pattern("diagonal", "#1d4f91")
    bar_width = WIDTH - 120
    first_label = _("Erster Selbstcheck")
    latest_label = _("Wiederholung")
    d.rect(0, 4, 18, 18, hatched)
    d.text(24, 18, first_label)
    if repeat:
        d.rect(200, 4, 18, 18, "#1d4f91")
        d.text(224, 18, latest_label)
    y = 52
    for row in rows:
        d.text(0, y, str(row["field"]), weight="bold")
        bars = [("first", hatched)] + ([("latest", "#1d4f91")] if repeat else [])
        for n, (key, fill) in enumerate(bars):
            value = row[key]
            top = y + 6 + n * 26
            if value is None:
                d.text(0, top + 16, "–")
                continue
            w = bar_width * value / scale
            d.rect(0, top, w, 20, fill)
            d.text(w + 8, top + 15, format_number(value), weight="bold", value=True)
        y += per_row
    return d
