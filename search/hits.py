"""A ranked page of a search (search.engine.run) and what the results page
shows of it."""

from datetime import datetime
from functools import lru_cache

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language

from . import candidates, word_list
from .prepared import prepared_texts
from .results import excerpt

_KINDS = {}  # (model, language) -> the translated name of the page type


def kind_name(model):
    """The name of a page type in the active language."""
    key = (model, get_language())
    if key not in _KINDS:  # translating a name per hit was a tenth of the ranking
        _KINDS[key] = str(model._meta.verbose_name)
    return _KINDS[key]


class Hit:
    """A ranked page. Ranking, facets and filters read what the candidate
    brought along (its words' marks, facts, type, language); the Page is made
    from the candidate when first asked for (``page``), which is for the hits
    a reader sees: making 300 Page objects for each search was a fifth of it."""

    __slots__ = (
        "_page",
        "score",
        "site",
        "texts",
        "marks",
        "folded",
        "length",
        "promoted",
        "model",
        "facts",
        "label",
        "fields",
        "municipality",
        "_date",
    )

    def __init__(
        self,
        page,  # a Page, or a search.candidates.Candidate
        score=0.0,
        *,
        site=None,
        texts=None,
        marks=None,
        folded=None,
        length=0,
        model=None,
        facts=None,
        label="",
        fields=(),
        municipality="",
    ):
        self._page, self.score, self.site, self.texts = page, score, site, texts
        self.marks, self.folded, self.length, self.model = marks, folded, length, model
        self.facts, self.label, self.fields, self.municipality = facts, label, fields, municipality
        self.promoted = False
        self._date = None  # (the date,) once read

    def __getstate__(self):
        return {name: getattr(self, name) for name in self.__slots__}

    def __setstate__(self, state):
        for name, value in state.items():
            setattr(self, name, value)

    @property
    def page(self):
        if isinstance(self._page, candidates.Candidate):
            self._page = self._page.page()
        return self._page

    @page.setter
    def page(self, page):
        self._page = page

    @property
    def pk(self):
        return self._page.pk

    @property
    def kind(self):
        return self.label or kind_name(self.model or type(self.page))

    @property
    def date(self):  # read for each hit shown, parsed once
        if self._date is None:
            if self.facts is not None:
                self._date = (word_list.fact_date(self.facts.get("date")),)
            else:
                self._date = (word_list.page_date(self.page),)
        return self._date[0]

    @property
    def day(self):
        """The calendar day of the date here (a time in the site's time
        zone), which the template formats without converting it again."""
        value = self.date
        if isinstance(value, datetime):
            return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
        return value

    @property
    def day_label(self):
        """The day as a reader reads it („7. Dezember 2026“ in German)."""
        day = self.day
        return _day_label(day, get_language()) if day else ""

    @property
    def year(self):  # read for the facets of every hit: no date parsed
        if self.facts is None:
            year = getattr(self.page, "year", None)
            return year or (self.date.year if self.date else None)
        kept = self.facts.get("year")
        if kept:
            return kept
        date = self.facts.get("date")
        return int(date[:4]) if date else None  # ISO 8601 as page_facts writes it

    @property
    def status(self):
        if self.facts is not None:
            return self.facts.get("status")
        return getattr(self.page, "status", None)

    @property
    def language(self):
        return self._page.locale.language_code

    @property
    def fields_of_action(self):
        return self.fields

    @property
    def matched(self):
        """{folded word: weight} of the query's words the page has."""
        matched, marks = {}, self.marks or {}
        for expanded in self.folded or ():
            for key, weight in expanded:
                if marks.get(key):
                    matched[key] = max(matched.get(key, 0), weight)
        return matched

    @property
    def excerpt(self):
        if self.texts is None:
            self.texts = prepared_texts([self.page])[self.page.pk][0]
        return excerpt(self.texts, self.matched)


@lru_cache(maxsize=4096)
def _day_label(day, language):
    """A day in the active language, formatted as the date filter does; the
    ten hits of a page mostly share a few days and always the language."""
    return date_format(day, "j. F Y")
