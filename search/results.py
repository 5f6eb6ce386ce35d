"""What the search page shows around the hits: facets, filters, the spelling
suggestion and the excerpt with the matched words marked."""

import re
from functools import lru_cache
from itertools import chain

from django.utils.html import escape
from django.utils.safestring import mark_safe

from . import german

# The three weighted parts of a page's text (search.engine.page_texts).
TITLE, LEAD, BODY = "title", "lead", "body"


FACETS = ("typ", "handlungsfeld", "jahr", "sprache")


# The values of each facet for a hit: what the facets count and the
# filters keep.
FACET_VALUES = {
    "typ": lambda hit: (hit.kind,),
    "handlungsfeld": lambda hit: hit.fields_of_action,
    "jahr": lambda hit: (str(year),) if (year := hit.year) else (),
    "sprache": lambda hit: (hit.language,),
}


def facets(hits):
    """{facet: [(value, count)]}, most frequent first, for every hit."""
    counted = {}
    for name in FACETS:
        values_of, counts = FACET_VALUES[name], {}
        for hit in hits:
            for value in values_of(hit):
                counts[value] = counts.get(value, 0) + 1
        counted[name] = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return counted


def apply_filters(hits, filters):
    chosen = {name: value for name, value in filters.items() if name in FACETS and value}
    if not chosen:
        return hits
    return [
        hit
        for hit in hits
        if all(value in FACET_VALUES[name](hit) for name, value in chosen.items())
    ]


def suggest(terms):
    """A spelling suggestion built from the word list, or ""."""
    import difflib

    from . import word_list

    corrected, changed = [], False
    present = word_list.known(terms)
    for term in terms:
        if term in present:
            corrected.append(term)
            continue
        close = difflib.get_close_matches(term.lower(), word_list.near(term), n=1, cutoff=0.75)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(term)
    return " ".join(corrected) if changed else ""


_SENTENCE = re.compile(r"(?<=[.!?])\s+")
EXCERPT_LENGTH = 240


# Words fold alike wherever they occur: the excerpts of ten hits fold the
# words of ten sentences twice, mostly the same words.
_fold_word = lru_cache(maxsize=20000)(german.fold)


def excerpt(texts, matched):
    """The first sentence of lead or body with a matched word, words marked, escaped."""
    text = " ".join(t for t in (texts.get(LEAD, ""), texts.get(BODY, "")) if t)
    text = " ".join(text.split())
    if not text:
        return ""
    chosen = text[:EXCERPT_LENGTH]
    # Sentence by sentence from the start, so that a hit whose lead matches
    # reads no further (folding and splitting the whole text was half the
    # excerpt's time). A word folds to a part of its sentence folded, so a
    # sentence without a matched word as a part of it is passed over unsplit.
    start = 0
    for boundary in chain(_SENTENCE.finditer(text), (None,)) if matched else ():
        sentence = text[start : boundary.start() if boundary else len(text)]
        folded = german.fold(sentence)
        if any(key in folded for key in matched) and any(
            _fold_word(word) in matched for word in german.words(sentence)
        ):
            chosen = sentence
            break
        if boundary is None:
            break
        start = boundary.end()
    if len(chosen) > EXCERPT_LENGTH:
        chosen = chosen[:EXCERPT_LENGTH].rsplit(" ", 1)[0] + " …"
    out, last = [], 0
    for m in german.WORD.finditer(chosen):
        if _fold_word(m.group()) in matched:
            out.append(escape(chosen[last : m.start()]))
            out.append(f"<mark>{escape(m.group())}</mark>")
            last = m.end()
    out.append(escape(chosen[last:]))
    return mark_safe("".join(out))
