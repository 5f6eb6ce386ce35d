"""The word diff: changed words in <ins>/<del>, each labelled for screen readers."""

from concepts.comparison.text import plain_text, word_diff


def test_changed_words_are_marked_with_a_visually_hidden_label():
    html = word_diff(
        "Kurse mit Kinderbetreuung an einem Standort",
        "Kurse mit Kinderbetreuung an zwei Standorten",
    )
    assert '<del><span class="wo-visually-hidden">gestrichen: </span>einem Standort</del>' in html
    assert '<ins><span class="wo-visually-hidden">eingefügt: </span>zwei Standorten</ins>' in html
    assert html.startswith("Kurse mit Kinderbetreuung an ")


def test_a_rewritten_sentence_is_struck_as_a_whole_not_in_fragments():
    html = word_diff("Kinder bekommen Förderung.", "Wohnen in allen Stadtteilen verbessern.")
    assert html.count("<del>") == 1 and html.count("<ins>") == 1


def test_the_diff_escapes_text_and_keeps_paragraphs():
    html = word_diff("Erste Zeile\nA <b>", "Erste Zeile\nA <i>")
    assert "<i>" not in html and "&lt;" in html and "&gt;" in html
    assert "Erste Zeile<br>" in html


def test_rich_text_becomes_one_line_per_paragraph():
    assert plain_text("<p>Eins</p><ul><li>Zwei</li><li>Drei</li></ul>") == "Eins\nZwei\nDrei"
