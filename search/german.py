"""A small German morphology for search: folding, a light stemmer, compound parts.

The database backends match whole tokens (SQLite FTS5 without any stemming,
PostgreSQL with one text-search configuration), so "Sprachkurse" does not find
"Sprachkurs" and "Konzept" never finds "Integrationskonzept". Instead of
changing the index, the search expands every word of a query into the words
of the indexed vocabulary that share its stem or contain it as a compound
part; the backend then looks for any of them.
"""

import re

WORD = re.compile(r"\w+", re.UNICODE)

# Replaced one after the other (no replacement holds another's letter): a
# str.translate table with a multi-letter "ss" maps letter by letter in
# Python, twenty times slower on a sentence (the excerpt folds sentences).
_FOLD = (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("á", "a"))
_TYPED_UMLAUT = re.compile(r"(?<=[a-z])(ae|oe|ue)")

# Inflection and derivation endings, longest first. "-innen"/"-in" are the
# feminine forms (Migrantin, Migrantinnen), the rest plural and case endings.
_SUFFIXES = ("innen", "ern", "em", "en", "er", "es", "in", "e", "n", "s")
_MIN_STEM = 4

# Words people type around the words they mean; they are dropped from queries
# of more than one word so that "wo gibt es einen Sprachkurs" still finds it.
_STOPWORDS = """
    aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis
    da dann das dass dem den der des die dies diese diesem diesen dieser dieses
    du ein eine einem einen einer eines er es etwas fur gibt hat hier ich ihr im
    in ist ja kann man mit nach nicht noch nur ob oder sich sie sind so uber um
    und uns von vom vor wann war was welche welcher welches wer wie wir wird wo
    zu zum zur
"""
STOPWORDS = frozenset(_STOPWORDS.split())


def fold(word):
    """Lower case without umlauts and accents; "Büro", "Buero" and "buro" fold alike."""
    word = _TYPED_UMLAUT.sub(lambda m: m.group(0)[0], word.lower())
    if not word.isascii():
        for letter, plain in _FOLD:
            word = word.replace(letter, plain)
    return word


def stem(word):
    """A light stem of a folded word: at most two endings cut, never below four letters.

    Sprachkurs, Sprachkurse, Sprachkursen -> sprachkur; Migrantin,
    Migrantinnen, Migranten -> migrant. Equal stems are what counts, not
    linguistically correct ones.
    """
    for _round in range(2):
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


def words(text):
    return WORD.findall(text or "")


def query_terms(query):
    """The words of a query worth searching for, in order, without repeats."""
    found = []
    for word in words(query):
        if word.lower() not in found:
            found.append(word.lower())
    meaningful = [w for w in found if fold(w) not in STOPWORDS]
    return meaningful or found


EXACT, FORM, PART = 1.0, 0.8, 0.5


def relation(term_key, term_stem, word):
    """How `word` (from the vocabulary) relates to a query term: EXACT, FORM, PART or 0."""
    key = fold(word)
    if key == term_key:
        return EXACT
    word_stem = stem(key)
    if word_stem == term_stem:
        return FORM
    # Compound parts: the term as the head (Integrations|konzept) or the
    # modifier (Sprach|kurs) of a longer word. Five letters at least, so that
    # short words do not hit everything that happens to contain them.
    if len(term_stem) >= 5 and len(key) > len(term_stem):
        if word_stem.endswith(term_stem) or key.endswith(term_stem):
            return PART
        if key.startswith(term_stem):
            return PART
    return 0


def expand(term, vocabulary, limit=40):
    """{vocabulary word: weight} for one query term, the term itself always included."""
    term_key = fold(term)
    term_stem = stem(term_key)
    found = {term: EXACT}
    for word in vocabulary:
        weight = relation(term_key, term_stem, word)
        if weight:
            found[word] = max(found.get(word, 0), weight)
    ranked = sorted(found.items(), key=lambda item: (-item[1], len(item[0])))
    return dict(ranked[:limit])
