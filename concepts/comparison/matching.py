"""Which field, goal and measure of one edition is which in another.

First by carried identity: the StreamField and ListBlock ids, which a
Fortschreibung (concepts/fortschreibung.py), a translation and every revision
keep. Editions entered separately (like a 2009 edition typed in years later)
have ids of their own; their items are matched per field of action by the
similarity of titles and texts, and below the threshold an item counts as new.
"""

from dataclasses import dataclass, field

from ..blocks import MEASURE_STATUS
from .text import plain_text

# Trigram Dice similarity of title and text from which two items are taken
# to be the same one, reworded. Tuned on the demo: rewordings of one measure
# score 0.55–0.9, unrelated measures of one field of action below 0.35.
MATCH_THRESHOLD = 0.5


@dataclass
class Item:
    """A field of action, goal or measure of one edition, reduced to what is compared."""

    kind: str  # "field", "goal", "measure"
    key: str  # the block id: the carried identity
    title: str
    text: str = ""
    attrs: dict = field(default_factory=dict)
    topic: str = ""  # fields only: the field of action, the same in every language
    parent: "Item | None" = None
    children: list = field(default_factory=list)

    @property
    def words(self):
        return f"{self.title} {self.text}"


def _indicators(goal):
    lines = []
    for indicator in goal.get("indicators") or []:
        values = " → ".join(v for v in (indicator.get("baseline"), indicator.get("target")) if v)
        lines.append(f"{indicator.get('name')}: {values}" if values else indicator.get("name"))
    return "; ".join(lines)


def items_of(page):
    """The fields of action of an edition (a page or a revision's page) as Items."""
    status = dict(MEASURE_STATUS)
    fields = []
    for block in page.structure:
        value = block.value
        foa = value.get("field_of_action")
        area = Item(
            "field",
            block.id,
            foa.name if foa else "–",
            plain_text(value.get("introduction")),
            topic=str(foa.translation_key) if foa else "",
        )
        for goal in value["goals"].bound_blocks:
            g = Item(
                "goal",
                goal.id,
                goal.value["title"],
                goal.value.get("description") or "",
                attrs={"indicators": _indicators(goal.value)},
                parent=area,
            )
            for measure in goal.value["measures"].bound_blocks:
                m = measure.value
                attrs = {
                    name: m.get(name) or "" for name in ("responsible", "partners", "timeframe")
                }
                attrs["status"] = str(status.get(m.get("status"), m.get("status") or ""))
                attrs["budget"] = m.get("budget") or ""
                g.children.append(
                    Item(
                        "measure",
                        measure.id,
                        m["title"],
                        m.get("description") or "",
                        attrs,
                        parent=g,
                    )
                )
            area.children.append(g)
        fields.append(area)
    return fields


def trigrams(text):
    words = " ".join(text.lower().split())
    padded = f"  {words} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a, b):
    """Dice coefficient of the character trigrams of two items' title and text (0–1)."""
    if a.title.strip().lower() == b.title.strip().lower():
        return 1.0
    x, y = trigrams(a.words), trigrams(b.words)
    if not x or not y:
        return 0.0
    return 2 * len(x & y) / (len(x) + len(y))


@dataclass
class Matching:
    """Pairs old item key → new item key, and how each pair was found."""

    pairs: dict = field(default_factory=dict)  # old key -> new key
    how: dict = field(default_factory=dict)  # new key -> "identity" | "similarity"
    scores: dict = field(default_factory=dict)  # new key -> similarity

    def add(self, old, new, how, score=1.0):
        self.pairs[old.key] = new.key
        self.how[new.key] = how
        self.scores[new.key] = round(score, 2)

    @property
    def reverse(self):
        return {new: old for old, new in self.pairs.items()}


def _by_identity(olds, news, matching):
    index = {item.key: item for item in news}
    for old in olds:
        if old.key in index:
            matching.add(old, index[old.key], "identity")


def _by_similarity(olds, news, matching, threshold):
    taken_old, taken_new = set(matching.pairs), set(matching.reverse)
    candidates = sorted(
        (
            (similarity(old, new), i, j, old, new)
            for i, old in enumerate(olds)
            if old.key not in taken_old
            for j, new in enumerate(news)
            if new.key not in taken_new
        ),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    for score, _i, _j, old, new in candidates:
        if score < threshold:
            break
        if old.key in taken_old or new.key in taken_new:
            continue
        matching.add(old, new, "similarity", score)
        taken_old.add(old.key)
        taken_new.add(new.key)


def _descendants(fields, kind):
    goals = [goal for area in fields for goal in area.children]
    return goals if kind == "goal" else [m for goal in goals for m in goal.children]


def match(old_fields, new_fields, threshold=MATCH_THRESHOLD):
    """Match two editions' items: identity everywhere first, then per field by
    field of action (fields) or similarity (goals and measures, within a pair
    of matched fields, so a measure found in another goal counts as moved)."""
    matching = Matching()
    _by_identity(old_fields, new_fields, matching)
    taken = set(matching.pairs)
    by_topic = {area.topic: area for area in new_fields if area.key not in matching.reverse}
    for old in old_fields:
        new = by_topic.pop(old.topic, None) if old.key not in taken and old.topic else None
        if new is not None:
            matching.add(old, new, "similarity")
    for kind in ("goal", "measure"):
        _by_identity(_descendants(old_fields, kind), _descendants(new_fields, kind), matching)
        new_index = {area.key: area for area in new_fields}
        for old_area in old_fields:
            new_area = new_index.get(matching.pairs.get(old_area.key))
            if new_area is not None:
                _by_similarity(
                    _descendants([old_area], kind),
                    _descendants([new_area], kind),
                    matching,
                    threshold,
                )
    return matching
