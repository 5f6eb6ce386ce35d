"""The candidates of a search on PostgreSQL: the same pages in the same order
as Wagtail's database backend (``pages.search(query, order_by_relevance=True)``),
from a query that costs a fraction of it.

Wagtail's query joins every page in scope to its index entry through a
condition on all page content types (a dozen index probes per page) and
writes ``to_tsquery(…)`` into the filter and the rank expression, where
PostgreSQL parses it again for every row: at 10,000 pages a common word
took 100–170 ms. Here the ranks come from the postings (search.postings:
each word of each index entry with the ranks ts_rank gives it, written with
the entry), so only the rows of the query's words are read; a process asks
PostgreSQL once for the lexeme of a word (``_lexemes``), and the statement
names the lexemes. Where the postings cannot answer (a word PostgreSQL makes
a phrase of, weights that changed since they were written), a second
statement ranks as Wagtail does, each word parsed once (an uncorrelated
subquery, evaluated once per statement): each page in scope finds its
entry by its own content type and id (one index probe), the match is
Wagtail's condition in an equivalent form that does not concatenate title
and body per page (``_Builder.match``), and the rank is Wagtail's expression. Both ways use
the same rank arithmetic and tie-break (page id descending), so the same
candidates in the same order (tests/test_search_word_list.py compares them).

Only the query shapes ``engine.backend_query`` builds are handled (PlainText
words, Or of words, And/Or of those); anything else returns None and the
caller asks Wagtail.
"""

import re
from functools import reduce

from django.db import connections
from django.db.models.base import ModelState
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from . import postings
from .models import PageWords


def _backend():
    backend = get_search_backend()
    module = type(backend).__module__
    if not module.startswith("modelsearch.backends.database.postgres"):
        return None
    return backend


def _words(query):
    """The PlainText leaves of a query of the shapes engine.backend_query builds."""
    if isinstance(query, PlainText):
        return [query]
    if isinstance(query, (And, Or)):
        found = []
        for sub in query.subqueries:
            leaves = _words(sub)
            if leaves is None:
                return None
            found.extend(leaves)
        return found
    return None


class _Builder:
    """SQL text for a query tree: each word a parameterised subquery, parsed once."""

    def __init__(self, compiler, sql_compiler, connection, config):
        self.compiler = compiler
        self.sql_compiler = sql_compiler
        self.connection = connection
        self.config = config
        self.words = {}  # query string -> (sql, params)

    def word(self, leaf):
        key = (leaf.query_string, leaf.operator)
        if key not in self.words:
            expression = self.compiler.build_tsquery(leaf, config=self.config)
            expression = expression.resolve_expression(self.sql_compiler.query)
            sql, params = expression.as_sql(self.sql_compiler, self.connection)
            self.words[key] = (f"(SELECT {sql})", list(params))
        return self.words[key]

    def tsquery(self, query):
        """The tsquery of a query (Wagtail: ``||`` for Or, ``&&`` for And)."""
        if isinstance(query, PlainText):
            return self.word(query)
        parts = [self.tsquery(sub) for sub in query.subqueries]
        joiner = " && " if isinstance(query, And) else " || "
        return (
            "(" + joiner.join(sql for sql, _ in parts) + ")",
            [p for _, params in parts for p in params],
        )

    def match(self, query):
        """Wagtail's condition ``(title || body) @@ query`` without building the
        concatenated vector for every page in scope (a third of the statement):
        for a query of groups of single words (engine.backend_query), a group
        matches the concatenation exactly when it matches title or body. A
        group whose words are all stop words is left out of the query by
        PostgreSQL (``&&``/``||`` drop empty operands), so it is left out here."""
        match, params = self.tsquery(query)
        whole = f"(SELECT {match})"
        single = all(
            len([t for t in re.split(r"[\s\-]+", leaf.query_string) if t]) == 1
            for leaf in _words(query)
        )
        if single and _only_or(query):
            found = f'(e."title" @@ {whole} OR e."body" @@ {whole})'
            return found, params * 2
        if not single or not isinstance(query, And) or not all(map(_only_or, query.subqueries)):
            return f'(e."title" || e."body") @@ {whole}', params
        conditions, each_params = [], []
        for group in query.subqueries:
            sql, each = self.tsquery(group)
            sql = f"(SELECT {sql})"
            conditions.append(f'(numnode({sql}) = 0 OR e."title" @@ {sql} OR e."body" @@ {sql})')
            each_params += each * 3
        return f"numnode({whole}) > 0 AND " + " AND ".join(conditions), params + each_params

    def rank(self, query, leaf):
        """Wagtail's rank of a query tree (build_tsrank), `leaf(word)` giving
        the SQL of one word's rank."""
        if isinstance(query, PlainText):
            return leaf(query)
        parts = [self.rank(sub, leaf) for sub in query.subqueries]
        params = [p for _, each in parts for p in each]
        if isinstance(query, And):
            return "(" + " * ".join(f"(1 + {sql})" for sql, _ in parts) + " - 1)", params
        total = reduce(lambda a, b: f"({a} + {b})", (sql for sql, _ in parts))
        return f"({total} / {len(parts) or 1})", params

    def ts_rank(self, vector):
        """A word's rank on one vector, as Wagtail computes it."""

        def leaf(word):
            sql, params = self.word(word)
            return f"ts_rank(%s::float4[], {vector}, {sql})", [self.compiler.sql_weights, *params]

        return leaf


def _only_or(query):
    """Words joined by Or only (however nested)."""
    if isinstance(query, PlainText):
        return True
    return isinstance(query, Or) and all(map(_only_or, query.subqueries))


def find(pages, query, limit, keys=None):
    """[Candidate] for the pages ``pages.search(query, order_by_relevance=True)[:limit]``
    finds on Wagtail's PostgreSQL backend, in its order, or None where this
    does not apply (another backend or database, another query shape). With
    `keys` (the folded words score() looks up), each carries its row of the
    word list (``search_row``, as search.prepared.prepared_words gives it)
    with those of its words only."""
    backend = _backend()
    connection = connections[pages.db]
    if backend is None or connection.vendor != "postgresql" or _words(query) is None:
        return None
    scope = pages.order_by()
    sql_compiler = scope.query.get_compiler(connection=connection)
    where = sql_compiler.compile(scope.query.where)
    if set(scope.query.alias_map) - {Page._meta.db_table}:
        return None  # the scope needs a join: leave it to Wagtail
    compiler = backend.query_compiler_class(pages, query, order_by_relevance=True)
    builder = _Builder(compiler, sql_compiler, connection, compiler.get_config(backend))
    table = connection.ops.quote_name(Page._meta.db_table)
    columns = ", ".join(f'{table}."{name}"' for name in COLUMNS)
    keys = sorted(keys or ())
    rows = None
    lexemes = _lexemes(builder, query)
    if lexemes is not None and _postable(query):
        sql, params = _posted(builder, query, table, columns, where, lexemes)
        rows = _fetch(connection, sql, [*params, limit], keys)
        if not rows and not _weights_current(builder):
            rows = None  # the postings are being computed again (search.postings)
    if rows is None:
        sql, params = _ranked(builder, query, table, columns, where)
        rows = _fetch(connection, sql, [*params, limit], keys)
    found, locales, db = [], {}, pages.db
    width, at_locale = len(COLUMNS), _AT["locale_id"]
    for row in rows:
        found_words, length, fields, date, year, status, language = row[width + 1 :]
        locale_id = row[at_locale]
        if locale_id not in locales:
            locales[locale_id] = Locale.from_db(db, ["id", "language_code"], [locale_id, language])
        candidate = Candidate(db, row[:width], locales[locale_id])
        if keys:
            if found_words is not None:
                facts = {"date": date, "year": year, "status": status}  # word_list.page_facts
                marks = dict(zip(keys, found_words, strict=True))  # search.prepared.marks
                candidate.search_row = (marks, length, fields, facts)
            else:  # no row in the word list (search.prepared reads the page)
                candidate.search_row = None
        found.append(candidate)
    return found


def _fetch(connection, ranked, params, keys):
    """The rows of a ranking statement (COLUMNS and the rank), each with its
    row of the word list (search.prepared) and its language: the ranking
    carries the few page columns a hit needs, so the ranked pages are not
    read again. Of a page's words only the query's are looked up (score()
    reads no other): for each of `keys`, in order, its marks (1 title,
    2 lead, 4 body; 0 where the page lacks it), found by their keys in the
    page's object of words."""
    found = ", ".join(['coalesce((w."marks"->>%s)::int, 0)'] * len(keys))
    sql = (
        'SELECT c.*, CASE WHEN w."marks" IS NULL OR w."marks" = \'{}\'::jsonb THEN NULL '
        f"ELSE ARRAY[{found}]::int[] END AS _words_found, "
        'w."length", ARRAY(SELECT jsonb_array_elements_text(w."fields")), '
        "w.\"facts\"->>'date', (w.\"facts\"->>'year')::int, w.\"facts\"->>'status', "
        'l."language_code" '
        f'FROM ({ranked}) c JOIN "wagtailcore_locale" l ON l."id" = c."locale_id" '
        f'LEFT JOIN "{PageWords._meta.db_table}" w ON w."page_id" = c."id" '
        'ORDER BY c.rank DESC, c."id" DESC'
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*keys, *params])
        return cursor.fetchall()


def _ranked(builder, query, table, columns, where):
    """(SQL, params) of Wagtail's ranking, the LIMIT's value left to add.
    Each page in scope looks up its own entry (the LATERAL … LIMIT 1 keeps
    PostgreSQL from reading the whole index instead when its statistics
    guess that few pages match; (content type, object id) is unique)."""
    title_rank, title_params = builder.rank(query, builder.ts_rank('e."title"'))
    body_rank, body_params = builder.rank(query, builder.ts_rank('e."body"'))
    match, match_params = builder.match(query)
    sql = (
        f'SELECT {columns}, (({title_rank}) * e."title_norm" + ({body_rank}) * 1.0) AS rank '
        f"FROM {table} CROSS JOIN LATERAL ("
        'SELECT "title", "body", "title_norm" FROM "wagtailsearch_indexentry" '
        f'WHERE "content_type_id" = {table}."content_type_id" '
        f'AND "object_id" = ({table}."id")::varchar(50) LIMIT 1) e '
        f"WHERE ({where[0]}) AND ({match}) "
        f'ORDER BY rank DESC, {table}."id" DESC LIMIT %s'
    )
    return sql, [*title_params, *body_params, *where[1], *match_params]


# The lexeme PostgreSQL makes of a word, per database, search configuration,
# word and operator: it depends on nothing else (the server's dictionaries),
# so each process asks once per word instead of each statement parsing
# every word again. "" for a word that makes none (a stop word), None for
# one that makes several (a phrase, which the postings cannot answer).
_LEXEMES = {}
_LEXEMES_KEPT = 20_000


def _lexemes(builder, query):
    """{(word, operator): lexeme, None for a stop word} of the query's words,
    or None where a word makes several."""
    settings = builder.connection.settings_dict
    where = (builder.connection.alias, settings["HOST"], settings["PORT"], settings["NAME"])
    place = (*where, str(builder.config))
    wanted = {(leaf.query_string, leaf.operator): leaf for leaf in _words(query)}
    missing = [leaf for key, leaf in wanted.items() if (*place, *key) not in _LEXEMES]
    if missing:
        selects, params = [], []
        for leaf in missing:
            sql, each = builder.word(leaf)
            selects.append(
                "(SELECT CASE WHEN numnode(s.q) = 0 THEN '' WHEN numnode(s.q) = 1 "
                f"THEN (tsvector_to_array(s.q::text::tsvector))[1] END FROM (SELECT {sql}) s(q))"
            )
            params += each
        with builder.connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(selects), params)
            row = cursor.fetchone()
        if len(_LEXEMES) > _LEXEMES_KEPT:
            _LEXEMES.clear()
        for leaf, lexeme in zip(missing, row, strict=True):
            _LEXEMES[(*place, leaf.query_string, leaf.operator)] = lexeme
    found = {key: _LEXEMES[(*place, *key)] for key in wanted}
    if any(lexeme is None for lexeme in found.values()):
        return None
    return {key: lexeme or None for key, lexeme in found.items()}


def _postable(query):
    """The query shapes of engine.backend_query: one group of words, or an AND of groups."""
    return _only_or(query) or (isinstance(query, And) and all(map(_only_or, query.subqueries)))


def _weights_current(builder):
    """Whether the postings hold the ranks of the current weights."""
    with builder.connection.cursor() as cursor:
        cursor.execute(_WEIGHTS_CURRENT, [builder.compiler.sql_weights])
        return cursor.fetchone()[0]


_WEIGHTS_CURRENT = (
    f'SELECT coalesce(bool_and(w."weights" = %s::float4[]), false) FROM "{postings.WEIGHTS}" w'
)


def _posted(builder, query, table, columns, where, lexemes):
    """(SQL, params) of the ranking from the postings (search.postings),
    the LIMIT's value left to add: no rows where they do not hold the
    current weights. A page is in when it has a posting of any word; for
    an AND, of a word of each group (a group of stop words only is left
    out, as PostgreSQL leaves it out)."""

    def posted_rank(column):
        """A word's rank from its posting: the rank ts_rank gave it when the
        entry was written, 0 where the entry lacks it (as ts_rank gives 0),
        ``real`` as ts_rank returns it."""

        def leaf(word):
            lexeme = lexemes[(word.query_string, word.operator)]
            return f'coalesce(max(p."{column}") FILTER (WHERE p."lexeme" = %s), 0)', [lexeme]

        return leaf

    def present(words):
        return sorted({lexemes[(w.query_string, w.operator)] for w in words} - {None})

    title_rank, title_params = builder.rank(query, posted_rank("title_rank"))
    body_rank, body_params = builder.rank(query, posted_rank("body_rank"))
    having, having_params = "", []
    if not _only_or(query):
        conditions = []
        for group in query.subqueries:
            found = present(_words(group))
            conditions.append('(bool_or(p."lexeme" = ANY(%s::text[])) OR %s)')
            having_params += [found, not found]
        having = "HAVING " + " AND ".join(conditions)
    sql = (
        f'SELECT {columns}, (({title_rank}) * max(p."title_norm") + ({body_rank}) * 1.0) AS rank '
        f'FROM "{postings.POSTINGS}" p JOIN {table} ON {table}."id" = p."page_id" '
        f'AND {table}."content_type_id" = p."content_type_id" '
        f'WHERE p."lexeme" = ANY(%s::text[]) AND ({where[0]}) AND ({_WEIGHTS_CURRENT}) '
        f'GROUP BY {table}."id" {having} ORDER BY rank DESC, {table}."id" DESC LIMIT %s'
    )
    params = [
        *title_params,
        *body_params,
        present(_words(query)),
        *where[1],
        builder.compiler.sql_weights,
        *having_params,
    ]
    return sql, params


# What a hit reads of its page (title, address, type, language, site,
# kept texts per revision); its date, year, status and fields come from the
# word list's row. A candidate carries these columns only: the rest of a
# page row (six timestamps and a UUID among them) cost a third of the
# rows' reading.
# Another column of a candidate would be read from the database when asked
# for (Django's deferred fields), so tests/test_queries.py would see it.
COLUMNS = (
    "id",
    "path",
    "locale_id",
    "live_revision_id",
    "title",
    "content_type_id",
    "url_path",
)
_AT = {name: at for at, name in enumerate(COLUMNS)}


class Candidate:
    """A page the search found, as the ranking reads it: its COLUMNS, its
    locale and (``search_row``) its row of the word list. The Page itself is
    made when first asked for (``page()``): only for the hits a reader sees,
    not for all the candidates the ranking and the facets go through."""

    __slots__ = ("db", "values", "locale", "search_row")

    def __init__(self, db, values, locale):
        self.db, self.values, self.locale = db, values, locale

    pk = property(lambda self: self.values[_AT["id"]])
    path = property(lambda self: self.values[_AT["path"]])
    title = property(lambda self: self.values[_AT["title"]])
    content_type_id = property(lambda self: self.values[_AT["content_type_id"]])

    def page(self):
        """The Page of these columns, as Django's from_db makes one with the
        others deferred, without running the constructors (modelcluster's
        walks every field of Page for each instance), and its locale as
        select_related would leave it. Page has no field that converts its
        database value and no post_init receiver."""
        page = Page.__new__(Page)
        page.__dict__.update(zip(COLUMNS, self.values, strict=True))
        page._state = ModelState()
        page._state.adding = False
        page._state.db = self.db
        page._state.fields_cache = {"locale": self.locale}
        return page
