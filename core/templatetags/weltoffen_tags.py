"""Template tags every template may use: JSON-LD, figures with credit, durations."""

import json

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext

register = template.Library()

_JSON_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


@register.filter
def jsonld(data):
    """A JSON-LD script element; the JSON is escaped so content cannot close the tag."""
    payload = json.dumps(data, ensure_ascii=False, default=str).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.inclusion_tag("includes/figure.html")
def figure(image, caption="", sizes="(min-width: 60rem) 48rem, 100vw", eager=False):
    """An image with its caption and photo credit, as responsive WebP with JPEG fallback."""
    return {"image": image, "caption": caption, "sizes": sizes, "eager": eager}


@register.filter
def duration_label(delta):
    """'4,5 Stunden' for a timedelta, in the reader's language and number format."""
    if not delta:
        return ""
    hours = delta.total_seconds() / 3600
    if hours >= 24:
        days = round(hours / 24)
        return ngettext("%(count)s Tag", "%(count)s Tage", days) % {"count": days}
    rounded = round(hours, 1)
    number = number_format(rounded, decimal_pos=0 if rounded == int(rounded) else 1)
    # Plural by the whole number of hours; "1,5 Stunden" is plural in German too.
    count = int(rounded) if rounded == int(rounded) else 2
    return ngettext("%(count)s Stunde", "%(count)s Stunden", count) % {"count": number}
