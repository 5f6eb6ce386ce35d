"""Template tags for progress: the charts in the reader's language and direction, the
numbers as the tables show them, a measure's current status."""

from django import template
from django.utils.translation import get_language_bidi

from concepts.progress import charts
from concepts.progress.data import format_number

register = template.Library()


@register.filter
def progress_number(value):
    """``{{ value|progress_number }}``: the number exactly as the chart labels it."""
    return format_number(value)


@register.simple_tag
def status_chart(progress, ident="status"):
    return charts.status_chart(progress, rtl=get_language_bidi(), ident=ident)


@register.simple_tag
def indicator_chart(series, ident, number):
    return charts.indicator_chart(series, rtl=get_language_bidi(), ident=f"{ident}-{number}")


@register.simple_tag
def selbstcheck_chart(selbstcheck, ident="selbstcheck"):
    return charts.selbstcheck_chart(selbstcheck, rtl=get_language_bidi(), ident=ident)


@register.simple_tag
def measure_progress(progress, key):
    """The measure with its history, by its block id, or None."""
    for field in progress.fields if progress else ():
        for measure in field.measures:
            if measure.key == key:
                return measure
    return None


@register.simple_tag
def field_series(progress, field):
    """The indicators of one field of action (compared by translation key)."""
    key = getattr(field, "translation_key", None)
    return [
        s
        for s in (progress.indicators if progress else ())
        if s.field and s.field.translation_key == key
    ]
