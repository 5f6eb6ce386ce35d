"""What a search reads of its candidates: their words and facts from the
word list's rows, and, for the hits a page shows, the specific pages and
their texts (cached per published revision)."""

from django.core.cache import cache

from . import word_list
from .results import BODY, LEAD, TITLE

# A word's marks: in which parts of a page it is (search.engine.score).
IN_TITLE, IN_LEAD, IN_BODY = 1, 2, 4
_MISSING = object()


def word_marks(words):
    """{folded word: marks} of a page's {part: folded words}: what the word
    list keeps of it (PageWords.marks)."""
    found = {}
    for part, flag in ((TITLE, IN_TITLE), (LEAD, IN_LEAD), (BODY, IN_BODY)):
        for word in words.get(part) or ():
            found[word] = found.get(word, 0) | flag
    return found


def marks(page_marks, keys):
    """{folded word: marks} of `keys` among a page's word marks."""
    return {key: page_marks[key] for key in keys if key in page_marks}


def prepared_words(pages, keys):
    """{pk: (marks of `keys`, length, field names, facts)} for the candidate
    pages: as the candidates brought them along (search.candidates), else
    from their rows in the word list (one query); a page without a row
    (content that arrived without publishing) from its texts."""
    from .models import PageWords

    found, asked = {}, []
    for page in pages:
        row = getattr(page, "search_row", _MISSING)
        if row is _MISSING:
            asked.append(page.pk)
        elif row is not None:
            found[page.pk] = row
    for row in (
        PageWords.objects.filter(page_id__in=asked).only(
            "page_id", "marks", "length", "fields", "facts"
        )
        if asked
        else []
    ):
        if row.marks:
            found[row.page_id] = (marks(row.marks, keys), row.length, row.fields, row.facts)
    from .engine import specific_in_order

    missing = specific_in_order([page for page in pages if page.pk not in found])
    if missing:
        for page in missing:
            texts, fields, words = prepared_texts([page])[page.pk]
            length = sum(len(t) for t in texts.values())
            found[page.pk] = (
                marks(word_marks(words), keys),
                length,
                fields,
                word_list.page_facts(page),
            )
    return found


def prepare_display(hits):
    """The texts of the hits a page shows (the excerpt), in one cache round
    trip. Title, address, type and date come from the base page and the
    facts kept with its words; the specific pages are read (one query per
    page type) only for hits whose texts are not cached yet (published since)."""
    from .engine import specific_in_order

    waiting = [hit for hit in hits if hit.texts is None]
    if not waiting:
        return
    keys = {hit.page.pk: texts_key(hit.page) for hit in waiting}
    found = cache.get_many(list(keys.values()))
    missing = [hit for hit in waiting if keys[hit.page.pk] not in found]
    if missing:
        pages = [hit.page for hit in missing if hit.facts is not None]
        specific = {page.pk: page for page in specific_in_order(pages)}
        for hit in missing:
            if hit.page.pk in specific:
                hit.page = specific[hit.page.pk]
                hit.facts = None
        prepared = prepared_texts([hit.page for hit in missing])
        for hit in missing:
            hit.texts = prepared[hit.page.pk][0]
    for hit in waiting:
        if hit.texts is None:
            hit.texts = found[keys[hit.page.pk]][0]


def texts_key(page):
    """The cache key of a page's texts: per published revision."""
    return f"weltoffen:search-texts:2:{page.pk}:{page.live_revision_id}"


def prepared_texts(pages):
    """{pk: (texts, field names, folded words per part)} for the candidate
    pages. Reading a page's texts parses its StreamFields (with their chooser
    blocks) and relations, and folding its words is most of the ranking's
    work, so both are kept in the cache per published revision: a search
    reads them all in one cache round trip, and only a page published since
    the last search is read from the database."""
    from .engine import field_names, page_texts, word_sets

    keys = {page.pk: texts_key(page) for page in pages}
    found = cache.get_many(list(keys.values()))
    missing = [page for page in pages if keys[page.pk] not in found]
    if missing:
        from django.db.models import prefetch_related_objects

        by_model = {}
        for page in missing:
            by_model.setdefault(type(page), []).append(page)
        for model, group in by_model.items():
            relation = getattr(model, "fields_of_action", None)
            if relation is not None and hasattr(relation, "rel"):  # a many-to-many
                prefetch_related_objects(group, "fields_of_action")
        fresh = {}
        for page in missing:
            texts = page_texts(page)
            fresh[keys[page.pk]] = (texts, field_names(page), word_sets(texts))
        cache.set_many(fresh, 60 * 60 * 24)
        found.update(fresh)
    return {page.pk: found[keys[page.pk]] for page in pages}
