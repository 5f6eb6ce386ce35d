"""The postings on PostgreSQL: each word of each search index entry with its
two ranks, so that a search looks its words up instead of ranking every
matching page (search.candidates).

Wagtail ranks a candidate with ``ts_rank(weights, vector, word)`` per query
word, on its title and on its body: at 10,000 pages a common word matches
1,700 pages of a municipality and those 14,000 calls were three quarters of
the candidates' statement. The rank of one word in one vector depends on
nothing but the two, so it is computed once, when the entry is written:
one row per word an entry holds (title or body), with the ranks
``ts_rank`` gives for it (``real``, so the ranking's arithmetic stays
exactly Wagtail's: same candidates, same order).

A trigger on Wagtail's index table keeps the rows in step with every insert,
update, delete and truncate, however the entry was written (publishing,
``update_index``, a deleted page). The weights of the ranks come from the
boosts of the search fields (modelsearch); they are written to
``search_posting_weights`` after each ``migrate`` and, when they changed,
every row is computed again. A search whose weights do not match, or whose
words are not single words (a phrase), ranks as before (``candidates``).
SQLite has no postings: its search is Wagtail's.
"""

from django.db import connections

POSTINGS = "search_posting"
WEIGHTS = "search_posting_weights"

# The rows of the entries `ids` (an integer array); a word as a tsquery of
# that one lexeme (quoted as tsquery input reads it back unchanged), so its
# rank is the one ts_rank gives the same word parsed from a search. Entries
# of objects without an integer key (none are pages) have no postings.
_ADD = f"""
CREATE OR REPLACE FUNCTION search_posting_add(ids integer[]) RETURNS void LANGUAGE sql AS $$
INSERT INTO {POSTINGS}
    (entry_id, lexeme, page_id, content_type_id, title_norm, title_rank, body_rank)
SELECT e.id, x.lexeme, e.object_id::integer, e.content_type_id, e.title_norm,
       ts_rank(w.weights, e.title, x.q), ts_rank(w.weights, e.body, x.q)
FROM wagtailsearch_indexentry e
CROSS JOIN (SELECT weights FROM {WEIGHTS} LIMIT 1) w
CROSS JOIN LATERAL (
    SELECT l AS lexeme,
           ('''' || replace(replace(l, '\\', '\\\\'), '''', '''''') || '''')::tsquery AS q
    FROM (SELECT unnest(tsvector_to_array(e.title))
          UNION SELECT unnest(tsvector_to_array(e.body))) s(l)
) x
WHERE e.id = ANY(ids) AND e.object_id ~ '^[0-9]{{1,9}}$'
$$;
"""

# New words, a new type or object: the entry's rows again; a new title norm
# only (Wagtail writes it after each batch of entries): the norm.
_FOLLOW = f"""
CREATE OR REPLACE FUNCTION search_posting_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.title = OLD.title AND NEW.body = OLD.body
       AND NEW.object_id = OLD.object_id AND NEW.content_type_id = OLD.content_type_id THEN
        IF NEW.title_norm IS DISTINCT FROM OLD.title_norm THEN
            UPDATE {POSTINGS} SET title_norm = NEW.title_norm WHERE entry_id = NEW.id;
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {POSTINGS} WHERE entry_id = OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM search_posting_add(ARRAY[NEW.id]);
    END IF;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION search_posting_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {POSTINGS};
    RETURN NULL;
END
$$;
CREATE OR REPLACE TRIGGER search_posting_follow
    AFTER INSERT OR UPDATE OR DELETE ON wagtailsearch_indexentry
    FOR EACH ROW EXECUTE FUNCTION search_posting_follow();
CREATE OR REPLACE TRIGGER search_posting_truncate
    AFTER TRUNCATE ON wagtailsearch_indexentry
    FOR EACH STATEMENT EXECUTE FUNCTION search_posting_truncate();
"""

# A search reads the rows of its words (the lexeme), covering the columns
# it ranks with, so that PostgreSQL answers from the index alone. Every
# statement may find its object there already: the tables are not Django's
# models, and a tool that drops Django's tables and migrates again (the
# upgrade test, django-test-migrations) leaves them; their rows, from an
# earlier life of the index, go, and are written again after migrate.
CREATE = (
    f"""
CREATE TABLE IF NOT EXISTS {POSTINGS} (
    entry_id integer NOT NULL,
    lexeme text NOT NULL,
    page_id integer NOT NULL,
    content_type_id integer NOT NULL,
    title_norm double precision NOT NULL,
    title_rank real NOT NULL,
    body_rank real NOT NULL
);
CREATE INDEX IF NOT EXISTS search_posting_lexeme ON {POSTINGS} (lexeme)
    INCLUDE (page_id, content_type_id, title_rank, body_rank, title_norm);
CREATE INDEX IF NOT EXISTS search_posting_entry ON {POSTINGS} (entry_id);
CREATE TABLE IF NOT EXISTS {WEIGHTS} (weights real[] NOT NULL);
TRUNCATE {POSTINGS}, {WEIGHTS};
"""
    + _ADD
    + _FOLLOW
)

DROP = f"""
DROP TRIGGER IF EXISTS search_posting_truncate ON wagtailsearch_indexentry;
DROP TRIGGER IF EXISTS search_posting_follow ON wagtailsearch_indexentry;
DROP FUNCTION IF EXISTS search_posting_truncate();
DROP FUNCTION IF EXISTS search_posting_follow();
DROP FUNCTION IF EXISTS search_posting_add(integer[]);
DROP TABLE IF EXISTS {WEIGHTS};
DROP TABLE IF EXISTS {POSTINGS};
"""


def weights():
    """The weights Wagtail's ranks use now (``{d,c,b,a}``, as ts_rank takes them)."""
    from modelsearch.backends.database.postgres.weights import get_sql_weights

    return get_sql_weights()


def sync_weights(using="default", **kwargs):
    """After ``migrate``: the current weights written, and on a change every
    posting computed again (the ranks depend on them). Returns whether the
    postings were rebuilt."""
    connection = connections[using]
    if connection.vendor != "postgresql":
        return False
    current = weights()
    if current == "{}":  # not set up (modelsearch sets them when ready, on PostgreSQL)
        return False
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [WEIGHTS])
        if not cursor.fetchone()[0]:
            return False  # migrated backwards past the postings
        cursor.execute(f"SELECT bool_and(weights = %s::real[]) FROM {WEIGHTS}", [current])
        if cursor.fetchone()[0]:
            return False
        cursor.execute(f"DELETE FROM {WEIGHTS}")
        cursor.execute(f"INSERT INTO {WEIGHTS} (weights) VALUES (%s::real[])", [current])
        cursor.execute(f"TRUNCATE {POSTINGS}")
        cursor.execute("SELECT search_posting_add(ARRAY(SELECT id FROM wagtailsearch_indexentry))")
    return True
