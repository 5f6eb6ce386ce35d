"""The word list the search expands German word forms from (search.models.Word).

A query term is looked up with one indexed query: words with the same
folded form or stem, and, for stems of five letters or more, words that
begin with the stem or whose folded form or stem ends with it (a prefix of
the reversed columns). The candidates are then weighed by
``german.relation`` exactly as before, so what a search finds does not
depend on how the words are stored; only the whole vocabulary is never read.

The list is maintained per page: ``refresh(page ids)`` reads the live,
public pages among them and compares their words with what they
contributed last time (PageWords); ``rebuild()`` starts from scratch.
"""

from datetime import date, datetime

from django.db import connections, router, transaction
from django.db.models import F, Q
from wagtail.models import Page

from . import german

MAX_WORD = 100  # longer "words" are addresses or codes, not something people type
MAX_CANDIDATES = 2000  # per lookup; a bound, not a ranking
SUGGESTION_CANDIDATES = 5000


def _after(prefix):
    """The first string after every string that starts with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _starts(column, prefix):
    """`column` starts with `prefix`, as a range the column's index answers."""
    return Q(**{f"{column}__gte": prefix, f"{column}__lt": _after(prefix)})


def forms(word):
    """The columns of a Word for a lower-case word."""
    key = german.fold(word)
    stem = german.stem(key)
    return {"key": key, "stem": stem, "key_reversed": key[::-1], "stem_reversed": stem[::-1]}


def expand(terms):
    """{term: {word: weight}} for the words of a query, from one query.

    The statement is written out rather than built with the ORM: composing
    and compiling Q objects for each search cost a millisecond, more than
    the indexed query itself."""
    from .models import Word

    conditions, params = [], []
    for term in terms:
        for sql, values in _lookup_sql(term):
            conditions.append(sql)
            params.extend(values)
    found = []
    if conditions:
        connection = connections[router.db_for_read(Word)]
        table = connection.ops.quote_name(Word._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f'SELECT "word" FROM {table} WHERE "pages" > 0 AND ('
                + " OR ".join(conditions)
                + ") LIMIT %s",
                [*params, MAX_CANDIDATES * max(len(terms), 1)],
            )
            found = [word for (word,) in cursor.fetchall()]
    # sorted, so that equal weights and lengths keep one order on every run
    found.sort()
    return {term: german.expand(term, found) for term in terms}


def _lookup_sql(term):
    """[(SQL, params)]: the conditions of which a word that may relate to a
    query term meets one: the same folded form or stem, and for stems of
    five letters or more (german.relation) a prefix of the folded form or
    of either reversed column, each a range its index answers."""
    term_key = german.fold(term)
    term_stem = german.stem(term_key)
    if not term_stem:
        return []
    if len(term_stem) < 5:
        return [('"key" = %s', [term_key]), ('"stem" = %s', [term_stem])]
    backwards = term_stem[::-1]
    return [
        (f'("{column}" >= %s AND "{column}" < %s)', [prefix, _after(prefix)])
        for column, prefix in (
            ("key", term_stem),
            ("key_reversed", backwards),
            ("stem_reversed", backwards),
        )
    ]


def known(words):
    """The ones of `words` that are in the word list."""
    from .models import Word

    return set(Word.objects.filter(word__in=words, pages__gt=0).values_list("word", flat=True))


def near(term):
    """Words a misspelt term may have meant: the ones beginning with its first
    two letters (a typo at the very start is not corrected)."""
    from .models import Word

    key = german.fold(term)[:2]
    if not key:
        return []
    return list(
        Word.objects.filter(_starts("key", key), pages__gt=0)
        .order_by("word")
        .values_list("word", flat=True)[:SUGGESTION_CANDIDATES]
    )


# --- Maintenance ---------------------------------------------------------------------


def page_words(page, texts=None):
    """The set of lower-case words of a specific page's search texts."""
    from .engine import page_texts

    found = set()
    for text in (texts or page_texts(page)).values():
        found.update(
            w.lower()
            for w in german.words(text)
            if not w.isdigit() and len(german.fold(w)) <= MAX_WORD
        )
    return found


def page_row(page):
    """The PageWords row of a live, public specific page (not saved)."""
    from .engine import field_names, page_texts, word_sets
    from .models import PageWords
    from .prepared import word_marks

    texts = page_texts(page)
    return PageWords(
        page_id=page.pk,
        words=sorted(page_words(page, texts)),
        marks=dict(sorted(word_marks(word_sets(texts)).items())),
        length=sum(len(t) for t in texts.values()),
        fields=field_names(page),
        facts=page_facts(page),
    )


def page_date(page):
    """The date a hit shows: a release's date, an event's start, else the last publication."""
    for name in ("date", "start"):
        value = getattr(page, name, None)
        if value:
            return value
    return page.last_published_at or page.first_published_at


def page_facts(page):
    """What the ranking and the facets need of a specific page besides its words."""
    value = page_date(page)
    return {
        "date": value.isoformat() if value else None,
        "year": getattr(page, "year", None),
        "status": getattr(page, "status", None),
    }


def fact_date(value):
    """The date or time stored by page_facts, back as the object it was."""
    if not value:
        return None
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def _readable(page_ids):
    """{page id: specific page} of the live, public pages among `page_ids`."""
    pages = Page.objects.filter(pk__in=page_ids).live().public().specific(defer=False)
    return {page.pk: page for page in pages}


def _count(changes):
    """Applies {word: +n/-n} to the word list."""
    from .models import Word

    added = [w for w, n in changes.items() if n > 0]
    existing = set(Word.objects.filter(word__in=added).values_list("word", flat=True))
    Word.objects.bulk_create(
        [Word(word=w, pages=0, **forms(w)) for w in added if w not in existing],
        ignore_conflicts=True,
    )
    for delta in {n for n in changes.values() if n}:
        words = [w for w, n in changes.items() if n == delta]
        for start in range(0, len(words), 500):
            Word.objects.filter(word__in=words[start : start + 500]).update(
                pages=F("pages") + delta
            )
    Word.objects.filter(pages__lte=0).delete()


def refresh(page_ids):
    """Brings the word list and the pages' rows up to date for these pages
    (published, changed, unpublished, deleted or restricted): a page that is
    not live and public contributes nothing and has no row."""
    from .models import PageWords

    page_ids = sorted(set(page_ids))
    with transaction.atomic():
        before = {
            row.page_id: set(row.words)
            for row in PageWords.objects.select_for_update().filter(page_id__in=page_ids)
        }
        readable = _readable(page_ids)
        changes = {}
        for page_id in page_ids:
            old = before.get(page_id, set())
            row = page_row(readable[page_id]) if page_id in readable else None
            new = set(row.words) if row else set()
            for word in new - old:
                changes[word] = changes.get(word, 0) + 1
            for word in old - new:
                changes[word] = changes.get(word, 0) - 1
            PageWords.objects.filter(page_id=page_id).delete()
            if row is not None:
                row.save(force_insert=True)
        _count(changes)


def rebuild(chunk_size=200):
    """The word list from scratch: every live, public page. Returns the number of words."""
    from .models import PageWords, Word

    counts, rows = {}, []
    pages = Page.objects.live().public().specific(defer=False).iterator(chunk_size=chunk_size)
    for page in pages:
        row = page_row(page)
        rows.append(row)
        for word in row.words:
            counts[word] = counts.get(word, 0) + 1
    with transaction.atomic():
        PageWords.objects.all().delete()
        Word.objects.all().delete()
        PageWords.objects.bulk_create(rows, batch_size=500)
        Word.objects.bulk_create(
            [Word(word=w, pages=n, **forms(w)) for w, n in counts.items()], batch_size=1000
        )
    return len(counts)
