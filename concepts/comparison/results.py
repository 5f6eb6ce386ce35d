"""The structured result of comparing two editions: per field of action what is
new, dropped, changed or unchanged, with the changed words and attributes.

Computed once per pair of revisions and language, then kept in the cache: a
published revision never changes, so neither does its comparison.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from .matching import items_of, match
from .text import plain_text, word_diff

CACHE_VERSION = 1
CACHE_SECONDS = 60 * 60 * 24 * 7
STATUSES = ("new", "dropped", "changed", "unchanged")


def attribute_labels():
    return {
        "responsible": _("Verantwortlich"),
        "partners": _("Partner"),
        "timeframe": pgettext("period in which a measure is carried out", "Zeitraum"),
        "status": pgettext("progress of a measure: planned, in progress, implemented", "Stand"),
        "budget": _("Budget"),
        "indicators": _("Indikatoren"),
    }


@dataclass
class Change:
    """One field of action, goal or measure and what became of it."""

    kind: str
    status: str  # one of STATUSES
    key: str  # the block id in the newer edition (the older one if dropped)
    title: str
    title_html: str
    text_html: str = ""
    before: dict = field(default_factory=dict)  # the older item, for the API
    after: dict = field(default_factory=dict)
    attributes: list = field(default_factory=list)  # (label, before, after)
    moved_from: str = ""  # the goal or field the item stood under before
    matched_by: str = ""  # "identity" or "similarity"
    children: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)  # fields: status -> number of goals and measures

    @property
    def moved(self):
        return bool(self.moved_from)

    @property
    def untouched(self):
        """Unchanged, and so is everything below it."""
        return self.status == "unchanged" and all(child.untouched for child in self.children)

    @property
    def shown_children(self):
        return [child for child in self.children if not child.untouched]

    @property
    def folded_children(self):
        """Untouched goals or measures: folded away on the page."""
        return [child for child in self.children if child.untouched]


@dataclass
class TextChange:
    """The Leitbild or the Leitziele, compared word by word."""

    key: str
    title: str
    status: str
    html: str


@dataclass
class Comparison:
    older: dict  # pk, title, year
    newer: dict
    texts: list
    fields: list

    @property
    def totals(self):
        total = Counter()
        for area in self.fields:
            total.update(area.counts)
        return {status: total.get(status, 0) for status in STATUSES}

    def changes(self):
        """Every change, depth first."""

        def walk(changes):
            for change in changes:
                yield change
                yield from walk(change.children)

        return walk(self.fields)


def _snapshot(item):
    if item is None:
        return {}
    return {"id": item.key, "title": item.title, "text": item.text, **item.attrs}


def _change(old, new, how=""):
    labels = attribute_labels()
    item = new or old
    if old is None or new is None:
        status = "new" if old is None else "dropped"
        attributes = [
            (labels[name], "" if new else value, value if new else "")
            for name, value in item.attrs.items()
            if value
        ]
        return Change(
            item.kind,
            status,
            item.key,
            item.title,
            escape(item.title),
            escape(item.text),
            before=_snapshot(old),
            after=_snapshot(new),
            attributes=attributes,
        )
    attributes = [
        (labels[name], old.attrs.get(name, ""), value)
        for name, value in new.attrs.items()
        if (old.attrs.get(name) or "") != (value or "")
    ]
    same = old.title == new.title and old.text == new.text and not attributes
    return Change(
        item.kind,
        "unchanged" if same else "changed",
        new.key,
        new.title,
        word_diff(old.title, new.title) if old.title != new.title else escape(new.title),
        word_diff(old.text, new.text) if old.text != new.text else escape(new.text),
        before=_snapshot(old),
        after=_snapshot(new),
        attributes=attributes,
        matched_by=how,
    )


def _build_children(old_parent, new_parent, matching, old_index, level):
    """The changes of the goals (or measures) under a pair of matched parents."""
    reverse = matching.reverse
    children = []
    for new in new_parent.children if new_parent else []:
        old = old_index.get(reverse.get(new.key))
        change = _change(old, new, matching.how.get(new.key, ""))
        if old is not None and matching.pairs.get(old.parent.key) != new_parent.key:
            change.moved_from = old.parent.title
            change.status = "changed"
        if level == "goal":
            change.children = _build_children(old, new, matching, old_index, "measure")
        children.append(change)
    for old in old_parent.children if old_parent else []:
        if old.key not in matching.pairs:
            change = _change(old, None)
            if level == "goal":
                change.children = _build_children(old, None, matching, old_index, "measure")
            children.append(change)
    return children


def _count(area):
    counts = Counter()
    for goal in area.children:
        counts[goal.status] += 1
        counts.update(measure.status for measure in goal.children)
    return {status: counts.get(status, 0) for status in STATUSES}


def _text_change(key, title, before, after):
    before, after = plain_text(before), plain_text(after)
    if not before and not after:
        return None
    status = (
        "new"
        if not before
        else "dropped"
        if not after
        else ("unchanged" if before == after else "changed")
    )
    if status == "changed":
        html = word_diff(before, after)
    else:
        html = mark_safe(escape(after or before).replace("\n", "<br>"))
    return TextChange(key, title, status, html)


def _edition(page):
    return {"id": page.pk, "title": page.title, "year": page.year}


def compare(older, newer):
    """Compare two editions (pages or revisions' pages) in the active language."""
    old_fields, new_fields = items_of(older), items_of(newer)
    matching = match(old_fields, new_fields)
    old_index = {}
    for area in old_fields:
        old_index[area.key] = area
        for goal in area.children:
            old_index[goal.key] = goal
            old_index.update((measure.key, measure) for measure in goal.children)
    fields = []
    for new in new_fields:
        old = old_index.get(matching.reverse.get(new.key))
        change = _change(old, new, matching.how.get(new.key, ""))
        change.children = _build_children(old, new, matching, old_index, "goal")
        fields.append(change)
    for old in old_fields:
        if old.key not in matching.pairs:
            change = _change(old, None)
            change.children = _build_children(old, None, matching, old_index, "goal")
            fields.append(change)
    for change in fields:
        change.counts = _count(change)
        if change.status == "unchanged" and any(c != "unchanged" for c in _statuses(change)):
            change.status = "changed"
    texts = [
        _text_change("leitbild", _("Leitbild"), older.mission_statement, newer.mission_statement),
        _text_change("leitziele", _("Leitziele"), older.guiding_goals, newer.guiding_goals),
    ]
    return Comparison(_edition(older), _edition(newer), [t for t in texts if t], fields)


def _statuses(area):
    for goal in area.children:
        yield goal.status
        yield from (measure.status for measure in goal.children)


def cached_comparison(older, newer, older_revision_id, newer_revision_id):
    """`compare`, kept per pair of revisions and language."""
    if not (older_revision_id and newer_revision_id):
        return compare(older, newer)
    key = (
        f"weltoffen:comparison:{CACHE_VERSION}:{older_revision_id}:{newer_revision_id}:"
        f"{get_language()}"
    )
    result = cache.get(key)
    if result is None:
        result = compare(older, newer)
        cache.set(key, result, CACHE_SECONDS)
    return result
