"""Press releases and the documentation of workshops, conferences and dialogue events.

One module per subject; everything is importable from ``news.models`` as
Django and the migrations expect.
"""

from .common import PAGE_SIZE, FieldsOfActionPageForm, paginate, related_pages
from .events import EventContributor, EventIndexPage, EventPage, EventQuerySet
from .releases import NewsIndexPage, PressReleasePage, PressReleaseQuerySet

__all__ = [
    "PAGE_SIZE",
    "EventContributor",
    "EventIndexPage",
    "EventPage",
    "EventQuerySet",
    "FieldsOfActionPageForm",
    "NewsIndexPage",
    "PressReleasePage",
    "PressReleaseQuerySet",
    "paginate",
    "related_pages",
]
