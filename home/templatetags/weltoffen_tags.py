import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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
    """'4,5 Stunden' for a timedelta."""
    if not delta:
        return ""
    hours = delta.total_seconds() / 3600
    if hours >= 24:
        days = round(hours / 24)
        return f"{days} Tag" if days == 1 else f"{days} Tage"
    text = f"{hours:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} Stunde" if text == "1" else f"{text} Stunden"
