"""Matching two editions: carried identity first, then similarity per field of action."""

from concepts.comparison.matching import MATCH_THRESHOLD, Item, match, similarity


def measure(key, title, text="", **attrs):
    return Item("measure", key, title, text, attrs)


def goal(key, title, *measures, text=""):
    item = Item("goal", key, title, text, {"indicators": ""})
    for m in measures:
        m.parent = item
        item.children.append(m)
    return item


def area(key, topic, *goals):
    item = Item("field", key, topic.title(), "", topic=topic)
    for g in goals:
        g.parent = item
        item.children.append(g)
    return item


def test_a_carried_identity_matches_however_much_the_title_changed():
    old = [area("f1", "sprache", goal("g1", "Sprachkurse", measure("m1", "Kursübersicht")))]
    new = [area("f1", "sprache", goal("g1", "Etwas ganz anderes", measure("m1", "Neu")))]
    matching = match(old, new)
    assert matching.pairs == {"f1": "f1", "g1": "g1", "m1": "m1"}
    assert matching.how["m1"] == "identity"


def test_a_measure_under_another_goal_keeps_its_identity_so_it_counts_as_moved():
    from concepts.comparison.results import _build_children

    m = measure("m1", "Sprachcafé im Rathaus")
    old = [area("f1", "sprache", goal("g1", "Begegnung", m), goal("g2", "Kurse"))]
    moved = measure("m1", "Sprachcafé im Rathaus")
    new = [area("f1", "sprache", goal("g1", "Begegnung"), goal("g2", "Kurse", moved))]
    matching = match(old, new)
    assert matching.pairs["m1"] == "m1"
    index = {i.key: i for a in old for g in a.children for i in [a, g, *g.children]}
    changes = _build_children(old[0], new[0], matching, index, "goal")
    kurse = next(c for c in changes if c.key == "g2")
    assert [c.moved_from for c in kurse.children] == ["Begegnung"]
    begegnung = next(c for c in changes if c.key == "g1")
    assert begegnung.children == [], "a moved measure is not also shown as dropped"


def test_separately_entered_editions_match_by_field_of_action_and_similar_titles():
    old = [
        area(
            "a",
            "sprache",
            goal("x1", "Sprachkurse für Erwachsene leichter zugänglich machen"),
            goal("x2", "Sport im Verein fördern"),
        )
    ]
    new = [
        area(
            "b",
            "sprache",
            goal("y1", "Sprachkurse für Erwachsene schneller zugänglich machen"),
            goal("y2", "Mehrsprachigkeit als Stärke nutzen"),
        )
    ]
    matching = match(old, new)
    assert matching.pairs["a"] == "b"
    assert matching.pairs["x1"] == "y1"
    assert matching.how["y1"] == "similarity"
    assert "x2" not in matching.pairs, "below the threshold an item is new, not changed"


def test_the_threshold_decides_between_changed_and_new():
    a = Item("goal", "1", "Elterncafés an Grundschulen")
    b = Item("goal", "2", "Elternbegleitung an Grundschulen")
    c = Item("goal", "3", "Wohnungslosigkeit vermeiden")
    assert similarity(a, b) >= MATCH_THRESHOLD
    assert similarity(a, c) < MATCH_THRESHOLD
    old = [area("f", "bildung", goal("1", a.title))]
    new = [area("g", "bildung", goal("2", b.title))]
    assert match(old, new).pairs.get("1") == "2"
    assert match(old, new, threshold=0.99).pairs.get("1") is None


def test_an_entirely_new_field_of_action_matches_nothing():
    old = [area("f1", "sprache", goal("g1", "Sprachkurse"))]
    new = [
        area("f1", "sprache", goal("g1", "Sprachkurse")),
        area("f2", "wohnen", goal("g2", "Sprachkurse")),
    ]
    matching = match(old, new)
    assert "f2" not in matching.reverse
    assert "g2" not in matching.reverse, "similar titles in another field are not matched"


def test_an_unchanged_goal_with_a_changed_measure_is_not_folded_away():
    from concepts.comparison.results import compare

    class Edition:
        def __init__(self, fields):
            self.fields, self.pk, self.title, self.year = fields, 1, "x", 2020
            self.mission_statement = self.guiding_goals = ""
            self.structure = ()

    import concepts.comparison.results as results

    old = [area("f", "sprache", goal("g", "Kurse", measure("m", "Sprachcafé", status="geplant")))]
    new = [area("f", "sprache", goal("g", "Kurse", measure("m", "Sprachcafé", status="laufend")))]
    original = results.items_of
    results.items_of = lambda edition: edition.fields
    try:
        comparison = compare(Edition(old), Edition(new))
    finally:
        results.items_of = original
    kurse = comparison.fields[0].children[0]
    assert kurse.status == "unchanged" and not kurse.untouched
    assert comparison.fields[0].shown_children == [kurse]
    assert kurse.shown_children[0].attributes == [("Stand", "geplant", "laufend")]
