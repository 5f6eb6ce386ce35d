"""The sections of a concept edition that people comment on.

A section is identified by a key that stays the same from one revision to the
next: the fixed keys "leitbild" and "leitziele" for the two rich-text parts,
and the StreamField/ListBlock id of each field of action, goal and measure.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

MISSION = "leitbild"
GUIDING_GOALS = "leitziele"


@dataclass
class Section:
    key: str
    kind: str  # "mission", "guiding_goals", "field", "goal", "measure"
    title: str
    value: object = None
    children: list = field(default_factory=list)
    parent: "Section | None" = None

    @property
    def kind_label(self):
        return {
            "mission": _("Leitbild"),
            "guiding_goals": _("Leitziele"),
            "field": _("Handlungsfeld"),
            "goal": _("Ziel"),
            "measure": _("Maßnahme"),
        }[self.kind]

    @property
    def label(self):
        """A self-contained name, e.g. "Ziel: Sprachkurse … (Handlungsfeld Sprache)"."""
        if self.kind in ("mission", "guiding_goals"):
            return str(self.title)
        text = f"{self.kind_label}: {self.title}"
        if self.parent is not None and self.parent.kind == "field":
            text += f" ({self.parent.title})"
        return text


def section_tree(page):
    """The top-level sections of an edition (a page or a revision's page object)."""
    top = []
    if page.mission_statement:
        top.append(Section(MISSION, "mission", _("Leitbild"), page.mission_statement))
    if page.guiding_goals:
        top.append(Section(GUIDING_GOALS, "guiding_goals", _("Leitziele"), page.guiding_goals))
    for block in page.structure:
        value = block.value
        foa = value.get("field_of_action")
        area = Section(block.id, "field", foa.name if foa else "–", value)
        for goal in value["goals"].bound_blocks:
            g = Section(goal.id, "goal", goal.value["title"], goal.value, parent=area)
            for measure in goal.value["measures"].bound_blocks:
                g.children.append(
                    Section(measure.id, "measure", measure.value["title"], measure.value, parent=g)
                )
            area.children.append(g)
        top.append(area)
    return top


def flatten(sections):
    for section in sections:
        yield section
        yield from flatten(section.children)


def sections_by_key(page):
    return {section.key: section for section in flatten(section_tree(page))}
