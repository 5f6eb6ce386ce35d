"""What readers searched for, per municipality and day, with the number of hits."""

from django.db import IntegrityError, connections, models, router, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def _logged(query):
    """A query as the log keeps it: in lower case, spaces collapsed."""
    return " ".join(query.lower().split())[:200]


# SearchLog.add on PostgreSQL: the day's row of the query in Wagtail's
# statistics and in the log, each `n` more; how many rows each changed.
_COUNT_BOTH = (
    'WITH d AS (UPDATE "{daily}" d SET "hits" = d."hits" + %s FROM "{queries}" q '
    'WHERE d."query_id" = q."id" AND q."query_string" = %s AND d."date" = %s RETURNING 1), '
    's AS (UPDATE "{log}" SET "searches" = "searches" + %s, "hits" = %s WHERE "site_id" = %s '
    'AND "query" = %s AND "language" = %s AND "day" = %s RETURNING 1) '
    "SELECT (SELECT count(*) FROM d), (SELECT count(*) FROM s)"
)


class SearchLog(models.Model):
    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("Kommune"), on_delete=models.CASCADE, related_name="+"
    )
    query = models.CharField(_("Suchbegriff"), max_length=200)
    language = models.CharField(_("Sprache"), max_length=10)
    day = models.DateField(_("Tag"), default=timezone.localdate)
    searches = models.PositiveIntegerField(_("Suchen"), default=0)
    hits = models.PositiveIntegerField(_("Treffer (zuletzt)"), default=0)

    class Meta:
        verbose_name = _("Suchanfrage")
        verbose_name_plural = _("Suchanfragen")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "query", "language", "day"], name="search_log_once_a_day"
            )
        ]
        indexes = [models.Index(fields=["site", "hits", "day"])]

    def __str__(self):
        return self.query

    @classmethod
    def add(cls, site_id, query, language, hits, n, today, day):
        """`n` more searches of `query` (as typed): hits on Wagtail's day
        `today` in its statistics of the query (they guide the editors'
        promotions), and on the log's `day`, with the `hits` of the last.
        Once both rows of the day exist, PostgreSQL counts both in one
        statement; the day's first searches of a query create them. Called
        by search.counting with a process's searches of a few seconds."""
        from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
        from wagtail.search.utils import normalise_query_string

        normalised = normalise_query_string(query)
        connection = connections[router.db_for_write(cls)]
        counted_daily = counted_log = 0
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    _COUNT_BOTH.format(
                        daily=QueryDailyHits._meta.db_table,
                        queries=Query._meta.db_table,
                        log=cls._meta.db_table,
                    ),
                    [n, normalised, today, n, hits, site_id, _logged(query), language, day],
                )
                counted_daily, counted_log = cursor.fetchone()
        if not counted_daily:
            daily, _created = QueryDailyHits.objects.get_or_create(
                query=Query.get(query), date=today
            )
            QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + n)
        if not counted_log:
            cls.record(site_id, query, language, hits, n=n, day=day)

    @classmethod
    def record(cls, site, query, language, hits, n=1, day=None):
        """Counts `n` searches (of the day, or today); the query is stored in
        lower case, as typed otherwise. `site`: a Site or its id."""
        query = _logged(query)
        if not query or site is None:
            return
        key = {
            "site_id": getattr(site, "pk", site),
            "query": query,
            "language": language,
            "day": day or timezone.localdate(),
        }
        if not cls.objects.filter(**key).update(searches=F("searches") + n, hits=hits):
            try:
                with transaction.atomic():
                    cls.objects.create(**key, searches=n, hits=hits)
            except IntegrityError:  # a parallel request created it first, or the row is refused
                if not cls.objects.filter(**key).update(searches=F("searches") + n, hits=hits):
                    raise


class Word(models.Model):
    """A word of the live, public pages (lower case, as written), with the
    forms the search looks a query term up by: folded, stemmed and both
    reversed, so that a compound's head ("…konzept") is a prefix lookup too.
    Kept up to date by search.tasks.refresh_word_list; never holds a word that
    only a draft or a restricted page contains."""

    word = models.CharField(max_length=100, unique=True)
    key = models.CharField(max_length=100, db_index=True)
    stem = models.CharField(max_length=100, db_index=True)
    key_reversed = models.CharField(max_length=100, db_index=True)
    stem_reversed = models.CharField(max_length=100, db_index=True)
    pages = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("Wort der Suche")
        verbose_name_plural = _("Wörter der Suche")

    def __str__(self):
        return self.word


class PageWords(models.Model):
    """The words a page contributed to the word list when it was last read,
    so that unpublishing or deleting it takes back exactly those, and what
    the ranking reads of it. A plain
    page number, not a relation: the row must outlive a deleted page until
    the background task has taken its words back."""

    page_id = models.PositiveIntegerField(primary_key=True)
    words = models.JSONField(default=list)
    # What the ranking needs of the page, so that a search reads it in one
    # query instead of parsing the candidates' StreamFields: each folded word
    # with the parts it is in (search.prepared.word_marks: 1 title, 2 lead,
    # 4 body; an object, so that PostgreSQL finds a word by its key), the
    # length of its text, its fields of action.
    marks = models.JSONField(default=dict)
    length = models.PositiveIntegerField(default=0)
    fields = models.JSONField(default=list)
    facts = models.JSONField(default=dict)  # date, year, status (search.word_list.page_facts)

    class Meta:
        verbose_name = _("Wörter einer Seite")
        verbose_name_plural = _("Wörter der Seiten")

    def __str__(self):
        return f"{self.page_id}: {len(self.words)}"
